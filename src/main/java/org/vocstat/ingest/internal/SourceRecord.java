package org.vocstat.ingest.internal;

import org.vocstat.validation.Rule;

/**
 * One data record of an export file as read: the line it starts on, the SHA-256 of its
 * exact bytes (without the final line terminator), its decoded text, and its fields, or
 * the structural fault that kept it from having any.
 */
public record SourceRecord(long lineNumber, byte[] lineSha256, String text, String[] fields, Rule fault) {

	public boolean structurallySound() {
		return fault == null;
	}

}
