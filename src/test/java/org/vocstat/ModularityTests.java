package org.vocstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules as declared in each {@code package-info.java}: no cycles, no dependency a
 * module did not declare, no use of another module's internals, each module's beans
 * defined in it, nothing depending on the tools, and module documentation that matches
 * the code.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(VocstatApplication.class);

	/**
	 * The committed module documentation, which {@code -Dmodules.docs.update=true}
	 * rewrites.
	 */
	static final Path COMMITTED_DOCS = Path.of("docs/modules");

	static final String REGENERATE = "./mvnw -B -q test -Dtest=ModularityTests -Dmodules.docs.update=true";

	@Test
	void modulesUseOnlyTheirDeclaredDependenciesThroughTheirApisWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void nothingButTheBenchmarkDependsOnATool() {
		// The benchmark generates its batch with the sample generator; both are tools,
		// and no module of the
		// application may depend on either.
		assertThat(dependentsOf("bench")).isEmpty();
		assertThat(dependentsOf("samples")).containsExactly("bench");
	}

	@Test
	void eachModuleDefinesTheBeansOfItsOwnTypesOnly() {
		assertThat(MODULES.stream()
			.flatMap(module -> module.getSpringBeans()
				.stream()
				.filter(bean -> bean.getFullyQualifiedTypeName().startsWith("org.vocstat."))
				.filter(bean -> !module.contains(bean.getType()))
				.map(bean -> module.getIdentifier() + " defines a bean of " + bean.getFullyQualifiedTypeName())))
			.isEmpty();
	}

	@Test
	void onlyTheRegistryWritesOrLooksUpTheBatchTable() throws IOException {
		// Joins in a report's or the ledger's SQL may read batch; a write or a lookup of
		// a batch's own columns goes
		// through delivery's BatchRegistry, so that the meaning of its columns
		// (loaded_at: current) lives in one place.
		Pattern direct = Pattern.compile("(INSERT INTO|UPDATE|DELETE FROM) batch\\b|FROM batch WHERE");
		Path sources = Path.of("src/main/java/org/vocstat");
		try (Stream<Path> files = Files.walk(sources)) {
			assertThat(files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> !file.startsWith(sources.resolve("delivery")))
				.filter(file -> direct.matcher(read(file)).find())
				.map(file -> sources.relativize(file).toString())).isEmpty();
		}
	}

	@Test
	void writesTheModuleDocumentationIntoTarget() throws IOException {
		Path folder = Path.of("target/spring-modulith-docs");
		document(folder);
		assertThat(folder.resolve("components.puml")).isNotEmptyFile();
		assertThat(MODULES.stream()).allSatisfy(module -> {
			assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).isNotEmptyFile();
			assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).isNotEmptyFile();
		});
	}

	@Test
	void committedModuleDocumentationMatchesTheCode() throws IOException {
		if (Boolean.getBoolean("modules.docs.update")) {
			document(COMMITTED_DOCS);
		}
		Path generated = Path.of("target/modules-docs-check");
		document(generated);
		Map<String, String> committed = contents(COMMITTED_DOCS);
		Map<String, String> current = contents(generated);
		Set<String> names = new TreeSet<>(committed.keySet());
		names.addAll(current.keySet());
		assertThat(names.stream().filter(name -> !Objects.equals(committed.get(name), current.get(name))))
			.as("%s is out of date with the modules (these files differ); regenerate it with %s and commit it",
					COMMITTED_DOCS, REGENERATE)
			.isEmpty();
	}

	private static List<String> dependentsOf(String tool) {
		return MODULES.stream()
			.filter(module -> module.getDirectDependencies(MODULES).containsModuleNamed(tool))
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)
			.sorted()
			.toList();
	}

	/**
	 * Component diagrams of all modules and of each, and each module's canvas (the
	 * Documenter cleans the folder).
	 */
	private static void document(Path folder) {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
	}

	/** Each file of {@code folder} by name, as its sorted lines. */
	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				files.forEach(file -> contents.put(file.getFileName().toString(), lines(file)));
			}
		}
		return contents;
	}

	/**
	 * A file's lines in sorted order: the Documenter writes a diagram's components and
	 * relations in an order that varies between JVMs, while what they say does not.
	 */
	private static String lines(Path file) {
		return read(file).lines().sorted().collect(Collectors.joining("\n"));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
