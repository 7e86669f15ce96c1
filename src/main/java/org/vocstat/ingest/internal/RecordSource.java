package org.vocstat.ingest.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * The records of one export file as ingest reads them, whatever the file is: a CSV file
 * ({@link RecordReader}) or a sheet of a workbook ({@link SheetRecords}). A record is
 * numbered by its line or sheet row; {@link #position()} is where a restart resumes.
 */
public interface RecordSource extends Closeable {

	/**
	 * The header cells, trimmed; null when the file is empty or was resumed past its
	 * header.
	 */
	String[] header();

	/** Sets how many fields a record must have: the header's count. */
	RecordSource expectFields(int fields);

	/** The next record, or null at the end of the file. */
	RawRecord nextRaw() throws IOException;

	/** Moves past the next record; false at the end of the file. */
	default boolean skip() throws IOException {
		return nextRaw() != null;
	}

	/** Blank lines or empty rows passed over since this source was opened or resumed. */
	long blankLines();

	/**
	 * Where a resumed source starts: a CSV file's byte offset, a sheet's last row
	 * consumed.
	 */
	long position();

	/** Number of the first line or row not yet consumed. */
	long nextLineNumber();

}
