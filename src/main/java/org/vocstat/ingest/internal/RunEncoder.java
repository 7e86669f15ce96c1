package org.vocstat.ingest.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.vocstat.validation.Finding;
import org.vocstat.validation.Rule;
import org.vocstat.validation.RowSchema;
import org.vocstat.validation.RowValidator;
import org.vocstat.validation.ValidationContext;
import org.vocstat.validation.Verdict;

/**
 * The ingest step's processor: decides and encodes runs of one file's records on the
 * worker threads of the step's task executor: each record's verdict (its structural
 * fault, any control character, the file's rules), accepted rows in binary COPY form for
 * staging with their lineage key, rejected ones in text COPY form for quarantine, masked.
 * Holds nothing a run changes, so the workers share it.
 */
final class RunEncoder {

	private final IngestFile file;

	private final RowValidator validator;

	private final ValidationContext context;

	private final QuarantineMasking masking;

	/** The staging table's columns in COPY order, and the binary form of each. */
	private final List<String> stagingColumns;

	private final List<CopyColumnType> stagingTypes;

	/** Each worker thread's decoder for this file. */
	private final ThreadLocal<RecordDecoder> decoders;

	RunEncoder(IngestFile file, RowValidator validator, ValidationContext context, QuarantineMasking masking,
			List<CopyColumnType> stagingTypes, Charset charset, int fieldCount) {
		this.decoders = ThreadLocal.withInitial(() -> new RecordDecoder(charset, fieldCount));
		this.file = file;
		this.validator = validator;
		this.context = context;
		this.masking = masking;
		this.stagingColumns = file.kind().schema().stagingColumns();
		this.stagingTypes = stagingTypes;
	}

	/**
	 * Decodes, validates and encodes a run of records for COPY, with this worker thread's
	 * decoder.
	 */
	EncodedRecords encode(RecordRun run) {
		RecordDecoder decoder = decoders.get();
		List<RawRecord> records = run.records();
		BinaryCopyEncoder staged = new BinaryCopyEncoder(stagingColumns, stagingTypes);
		CopyEncoder quarantined = new CopyEncoder();
		int warnedRows = 0;
		int quarantinedRows = 0;
		for (RawRecord raw : records) {
			SourceRecord record = raw.decode(decoder);
			Verdict verdict = verdictOn(record);
			if (verdict.accepted()) {
				warnedRows += verdict.warnings().isEmpty() ? 0 : 1;
				stage(record, verdict, staged);
			}
			else {
				quarantinedRows++;
				quarantine(record, verdict.findings(), quarantined);
			}
		}
		return new EncodedRecords(staged.drain(), quarantined.drain(), records.size(), warnedRows, quarantinedRows,
				run.endOfFile());
	}

	private Verdict verdictOn(SourceRecord record) {
		if (record.structurallySound()) {
			return validator.validate(record.fields(), context);
		}
		List<Finding> findings = new ArrayList<>();
		int control = ControlCharacters.indexIn(record.text());
		if (control >= 0) {
			int field = record.fields() == null ? 0 : ControlCharacters.firstField(record.fields());
			findings.add(new Finding(Rule.CONTROL_CHARACTER, field > 0 ? "field " + field : "",
					"holds the control character U+%04X".formatted((int) record.text().charAt(control))));
		}
		if (record.fault() == Rule.CONTROL_CHARACTER) {
			// Its fields are whole: the row lists every other rule it breaks too.
			findings.addAll(validator.validate(record.fields(), context).findings());
		}
		else {
			findings.add(new Finding(record.fault(), "", record.fault().description()));
		}
		return new Verdict(null, findings);
	}

	private void stage(SourceRecord record, Verdict verdict, BinaryCopyEncoder staged) {
		List<Finding> warnings = verdict.warnings();
		Object[] row = new Object[RowSchema.LINEAGE_COLUMNS.size() + verdict.values().length];
		row[0] = file.batchId();
		row[1] = file.fileId();
		row[2] = record.lineNumber();
		row[3] = record.lineSha256();
		row[4] = warnings.isEmpty() ? null
				: warnings.stream().map(f -> f.rule().name()).distinct().collect(Collectors.joining(";"));
		System.arraycopy(verdict.values(), 0, row, RowSchema.LINEAGE_COLUMNS.size(), verdict.values().length);
		staged.addRow(row);
	}

	private void quarantine(SourceRecord record, List<Finding> findings, CopyEncoder quarantined) {
		List<String> rules = findings.stream()
			.filter(f -> f.rule().severity() == Rule.Severity.REJECT)
			.map(f -> f.rule().name())
			.distinct()
			.toList();
		String message = findings.stream().map(Finding::render).collect(Collectors.joining("; "));
		quarantined.addRow(file.batchId(), file.fileId(), record.lineNumber(), record.lineSha256(), rules, message,
				masking.render(record.fields(), record.text()));
	}

	/**
	 * A run of records as a worker returns it: COPY rows for staging and for quarantine,
	 * how many of each, and whether the file ends after it.
	 */
	record EncodedRecords(byte[] staged, byte[] quarantined, int read, int warned, int quarantinedRows,
			boolean endOfFile) {
	}

}
