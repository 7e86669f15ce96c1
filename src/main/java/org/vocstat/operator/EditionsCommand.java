package org.vocstat.operator;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.vocstat.publication.Edition;
import org.vocstat.publication.Editions;

/** {@code vocstat editions}: every published edition. */
@Command(name = "editions", mixinStandardHelpOptions = true,
		description = "Lists the published editions: id, region, period, title, batch, the edition it replaces, who, when.")
class EditionsCommand implements Callable<Integer> {

	@ParentCommand
	private VocstatCommand root;

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
	private OutputFormat format;

	@Override
	public Integer call() {
		return Warehouse.run(root, warehouse -> {
			Editions editions = warehouse.get(Editions.class);
			new RecordPrinter(spec.commandLine().getOut()).print(editions.all()
				.stream()
				.map(e -> EditionLine.of(e, editions.figures(e.editionId()).size()))
				.toList(), EditionLine.class, format);
			return 0;
		});
	}

	/** One edition as listed. */
	record EditionLine(long edition, String region, String period, String title, long batch, String replaces,
			long figures, String publishedBy, String publishedAt, String override) {

		static EditionLine of(Edition e, long figures) {
			return new EditionLine(e.editionId(), e.region(), e.period(), e.title(), e.batchId(),
					e.replaces() == null ? "" : e.replaces().toString(), figures, e.publishedBy(),
					e.publishedAt().toString(), e.overrideReason() == null ? "" : e.overrideReason());
		}

	}

}
