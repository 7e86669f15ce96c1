package org.vocstat.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.vocstat.ingest.internal.RecordReader;
import org.vocstat.ingest.internal.SourceRecord;

/**
 * An export file read record by record exactly as ingest reads it, for tools outside the
 * load (the benchmark's clean copies): its header, then each record's text and whether it
 * is structurally sound.
 */
public final class ExportFileReader implements Closeable {

	private final RecordReader reader;

	private ExportFileReader(RecordReader reader) {
		this.reader = reader;
	}

	/** Opens a file of this kind in its system's encoding and reads its header. */
	public static ExportFileReader open(FileKind kind, Path file) throws IOException {
		RecordReader reader = RecordReader.open(file, kind.system().charset(), null);
		reader.expectFields(reader.header().length);
		return new ExportFileReader(reader);
	}

	/** The header fields, trimmed, with any BOM removed. */
	public String[] header() {
		return reader.header();
	}

	/** The next record, or null at the end of the file. */
	public ExportRecord next() throws IOException {
		SourceRecord record = reader.next();
		return record == null ? null : new ExportRecord(record.text(), record.structurallySound(),
				record.structurallySound() ? List.of(record.fields()) : null);
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

	/**
	 * One record as read: its decoded text without the line terminator, and whether it is
	 * structurally sound (it decodes, has no control characters, its quotes close and it
	 * has the header's number of fields); ingest quarantines the records that are not. A
	 * sound record's fields, or null.
	 */
	public record ExportRecord(String text, boolean structurallySound, List<String> fields) {
	}

}
