package org.vocstat.ingest.internal;

/**
 * A record as the reader delimits it: the bytes of a one-line record, left to be decoded
 * by whichever thread validates it, or a record spanning lines (or broken), which the
 * reader had to decode to find its extent.
 */
record RawRecord(long lineNumber, byte[] bytes, SourceRecord decoded) {

	static RawRecord line(long lineNumber, byte[] bytes) {
		return new RawRecord(lineNumber, bytes, null);
	}

	static RawRecord decoded(SourceRecord record) {
		return new RawRecord(record.lineNumber(), null, record);
	}

	SourceRecord decode(RecordDecoder decoder) {
		return decoded != null ? decoded : decoder.decode(lineNumber, bytes);
	}

}
