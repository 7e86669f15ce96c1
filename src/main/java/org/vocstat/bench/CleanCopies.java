package org.vocstat.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vocstat.ingest.ExportFileReader;
import org.vocstat.ingest.ExportFileReader.ExportRecord;
import org.vocstat.ingest.FileKind;

/**
 * Copies a batch's files for the COPY baseline, leaving out the few records that are
 * structurally broken (a quote never closed, a short row): PostgreSQL's COPY would stop
 * at them, while the pipeline quarantines them.
 */
final class CleanCopies {

	private CleanCopies() {
	}

	static long write(Path batch, Path target) {
		long dropped = 0;
		try {
			for (FileKind kind : FileKind.values()) {
				Path from = batch.resolve(kind.path());
				Path to = target.resolve(kind.path());
				Files.createDirectories(to.getParent());
				dropped += copy(kind, from, to);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot prepare the baseline copies in " + target, ex);
		}
		return dropped;
	}

	private static long copy(FileKind kind, Path from, Path to) throws IOException {
		long dropped = 0;
		byte[] newline = kind.system().folder().equals("sms") ? new byte[] { '\r', '\n' } : new byte[] { '\n' };
		try (ExportFileReader reader = ExportFileReader.open(kind, from);
				OutputStream out = Files.newOutputStream(to)) {
			out.write(String.join(",", reader.header()).getBytes(kind.system().charset()));
			out.write(newline);
			for (ExportRecord record = reader.next(); record != null; record = reader.next()) {
				if (!record.structurallySound()) {
					dropped++;
					continue;
				}
				out.write(record.text().getBytes(kind.system().charset()));
				out.write(newline);
			}
		}
		return dropped;
	}

}
