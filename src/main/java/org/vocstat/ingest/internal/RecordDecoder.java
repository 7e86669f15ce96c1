package org.vocstat.ingest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.security.MessageDigest;

import com.opencsv.RFC4180Parser;

import org.vocstat.validation.Rule;

/**
 * Turns the bytes of a record into a {@link SourceRecord}: its SHA-256, its text in the
 * file's charset, its fields, and the structural fault, if any. Holds a decoder, a parser
 * and a digest, none of them thread-safe: one per thread.
 */
final class RecordDecoder {

	private final CharsetDecoder decoder;

	private final RFC4180Parser parser = new RFC4180Parser();

	private final MessageDigest digest = RecordReader.sha256();

	private final int fieldCount;

	/**
	 * @param fieldCount the fields a record must have (the header's count), or 0 for any
	 * number
	 */
	RecordDecoder(Charset charset, int fieldCount) {
		this.decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.fieldCount = fieldCount;
	}

	/**
	 * A record read from one physical line (its quotes balance, so the line is the whole
	 * record).
	 */
	SourceRecord decode(long lineNumber, byte[] bytes) {
		String text;
		try {
			text = text(bytes);
		}
		catch (CharacterCodingException ex) {
			return new SourceRecord(lineNumber, hash(bytes), lenient(bytes), null, Rule.ENCODING);
		}
		String[] fields;
		try {
			fields = fields(text);
		}
		catch (IOException | RuntimeException ex) {
			return new SourceRecord(lineNumber, hash(bytes), text, null, Rule.CSV_QUOTE);
		}
		if (!fitsHeader(fields)) {
			return new SourceRecord(lineNumber, hash(bytes), text, fields, Rule.CSV_COLUMNS);
		}
		return new SourceRecord(lineNumber, hash(bytes), text, fields, controlFault(text));
	}

	/**
	 * {@link Rule#CONTROL_CHARACTER} for a record whose text holds a control character,
	 * else null: such a record keeps its fields, for the row's other findings and its
	 * masking, but never reaches staging.
	 */
	static Rule controlFault(String text) {
		return ControlCharacters.indexIn(text) >= 0 ? Rule.CONTROL_CHARACTER : null;
	}

	String text(byte[] bytes) throws CharacterCodingException {
		return decoder.reset().decode(ByteBuffer.wrap(bytes)).toString();
	}

	/**
	 * The text with undecodable bytes replaced, for a record that is kept only to be
	 * quarantined.
	 */
	String lenient(byte[] bytes) {
		return new String(bytes, decoder.charset());
	}

	String[] fields(String text) throws IOException {
		return parser.parseLine(text);
	}

	boolean fitsHeader(String[] fields) {
		return fieldCount <= 0 || fields.length == fieldCount;
	}

	byte[] hash(byte[] bytes) {
		return digest.digest(bytes);
	}

}
