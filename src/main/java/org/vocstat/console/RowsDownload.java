package org.vocstat.console;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.vocstat.indicator.Figure;
import org.vocstat.indicator.FigureQueries;
import org.vocstat.indicator.SourceRows;
import org.vocstat.indicator.TraceRow;
import org.vocstat.indicator.Tracer;

/**
 * All the source rows of a figure as CSV (UTF-8 with a BOM, for Excel), streamed as they
 * are read: a national figure's millions of rows start arriving at once and never sit in
 * memory.
 */
@Controller
@ConditionalOnWebApplication
class RowsDownload {

	private static final String HEADER = "role,period,measure,system,file,file_sha256,line,line_sha256,masked,counted";

	private final Tracer tracer;

	private final FigureQueries queries;

	private final SourceRows sourceRows;

	private final EditionFigureLookup editions;

	RowsDownload(Tracer tracer, FigureQueries queries, SourceRows sourceRows, EditionFigureLookup editions) {
		this.tracer = tracer;
		this.queries = queries;
		this.sourceRows = sourceRows;
		this.editions = editions;
	}

	@GetMapping("/figure/rows.csv")
	ResponseEntity<StreamingResponseBody> rows(@RequestParam String indicator, @RequestParam String scope,
			@RequestParam String period, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long edition) {
		// An edition's rows are those of the batch it froze, whatever is current now.
		Figure figure = edition != null ? editions.find(edition, indicator, scope, period).frozen()
				: new FigureRequest(indicator, scope, period, region).find(tracer, queries);
		String name = (indicator + "_" + scope + "_" + period).replaceAll("[^A-Za-z0-9._-]", "-") + ".csv";
		StreamingResponseBody body = out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			writer.write('\uFEFF');
			writer.write(HEADER + "\r\n");
			sourceRows.stream(figure, row -> write(writer, row));
			writer.flush();
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

	private static void write(Writer writer, TraceRow row) {
		try {
			String[] cells = { row.role(), row.period(), row.measure(), row.system(), row.file(), row.fileSha256(),
					Long.toString(row.line()), row.lineSha256(), row.masked(), row.counted() };
			for (int i = 0; i < cells.length; i++) {
				if (i > 0) {
					writer.write(',');
				}
				writer.write(quoted(cells[i]));
			}
			writer.write("\r\n");
		}
		catch (java.io.IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * RFC 4180 quoting where needed; a leading =, +, - or @ is kept from spreadsheets'
	 * formulas.
	 */
	private static String quoted(String cell) {
		if (cell == null) {
			return "";
		}
		String text = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
