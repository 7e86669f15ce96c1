package org.vocstat.samples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.operator.ConfigurationProblem;
import org.vocstat.operator.OptionValues;
import org.vocstat.operator.ToolCommand;

/**
 * {@code vocstat generate}: writes a deterministic synthetic export batch (no database
 * needed).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Writes a synthetic export batch in the layout and encodings of the export contract.",
				"Region 330400 at city scale reproduces the 嘉兴 2021/2022 sample batches exactly." })
public class GenerateCommand implements ToolCommand {

	@Spec
	private CommandSpec spec;

	@Option(names = "--region", defaultValue = "330400", description = "Region code (default ${DEFAULT-VALUE}).")
	private String region;

	@Option(names = "--year", required = true, description = "Academic year AY (the batch also carries CY AY+1).")
	private int year;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the batch into.")
	private Path out;

	@Option(names = "--seed", defaultValue = "0", description = "Random seed; 0 means the year (default).")
	private long seed;

	@Option(names = "--scale", defaultValue = "city",
			description = "city (default), province (~1M students), national (~18M) or a number of in-school students.")
	private String scale;

	@Option(names = "--plant-review-cases",
			description = "Plant four cases the review rules find (see docs/review.md) at the first four schools.")
	private boolean plantReviewCases;

	@Option(names = "--correct-schools", paramLabel = "N",
			description = "Write the region's corrected export: the last N schools (by code) report 1,000 more 纸质图书, exported a day later (docs/publication.md).")
	private Integer correctSchools;

	@Option(names = "--excel", split = ",", paramLabel = "FILE",
			description = "Files to write as workbooks with the spreadsheet pitfalls planted, e.g. sms/students,qrp/* (docs/export-contract.md).")
	private List<String> excel = List.of();

	@Option(names = "--excel-format", defaultValue = "xlsx",
			description = "xlsx (default, written streaming) or xls (at most 65,535 records a file).")
	private String excelFormat;

	@Override
	public Integer call() {
		OptionValues.region(region);
		OptionValues.academicYear(year, "--year");
		if (!excelFormat.equals("xlsx") && !excelFormat.equals("xls")) {
			throw new ConfigurationProblem("--excel-format must be xlsx or xls, not " + excelFormat, null);
		}
		if (correctSchools != null && correctSchools < 1) {
			throw new ConfigurationProblem("--correct-schools must be 1 or more, not " + correctSchools, null);
		}
		GenerationRequest request;
		try {
			request = new GenerationRequest(region, year, out, seed == 0 ? year : seed, Scale.parse(scale));
		}
		catch (IllegalArgumentException ex) {
			throw new ConfigurationProblem(ex.getMessage(), ex);
		}
		try {
			GenerationSummary summary = new SampleGenerator().generate(request);
			PrintWriter writer = spec.commandLine().getOut();
			writer.println(summary.render());
			if (plantReviewCases) {
				ReviewCases.plant(out).forEach(line -> writer.println("planted " + line));
			}
			if (correctSchools != null) {
				corrected().forEach(line -> writer.println("corrected " + line));
			}
			if (!excel.isEmpty()) {
				WorkbookExport.convert(out, excel, excelFormat).forEach(file -> writer.println(file.render()));
			}
			return 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the batch into " + out, ex);
		}
	}

	private List<String> corrected() throws IOException {
		try {
			return CorrectedExport.correct(out, correctSchools);
		}
		catch (IllegalArgumentException ex) {
			throw new ConfigurationProblem(ex.getMessage(), ex);
		}
	}

}
