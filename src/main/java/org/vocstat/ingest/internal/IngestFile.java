package org.vocstat.ingest.internal;

import java.nio.file.Path;

import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.HeaderAliases;
import org.vocstat.ingest.HeaderMapping;

/**
 * The registered file one ingest step works on: its batch and file ids, where it is, its
 * registered row count and SHA-256, and for a workbook the sheet read (null: the first).
 */
public record IngestFile(FileKind kind, long batchId, long fileId, Path path, long registeredRows, String sha256,
		HeaderAliases aliases, String sheet) {

	/**
	 * The file's path in its batch as messages name it: {@code sms/students.csv}, or
	 * {@code sms/students.xlsx} for a workbook.
	 */
	String shownPath() {
		return kind.system().folder() + "/" + path.getFileName();
	}

	HeaderMapping mapping(String[] header) {
		return HeaderMapping.resolve(kind, header, aliases);
	}

}
