package org.vocstat.ingest.internal;

import java.nio.file.Path;

import org.vocstat.ingest.FileKind;
import org.vocstat.ingest.HeaderAliases;
import org.vocstat.ingest.HeaderMapping;

/**
 * The registered file one ingest step works on: its batch and file ids, where it is, and
 * its registered row count and SHA-256.
 */
public record IngestFile(FileKind kind, long batchId, long fileId, Path path, long registeredRows, String sha256,
		HeaderAliases aliases) {

	HeaderMapping mapping(String[] header) {
		return HeaderMapping.resolve(kind, header, aliases);
	}

}
