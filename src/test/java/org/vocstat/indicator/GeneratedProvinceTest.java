package org.vocstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.pipeline.ExitCode;
import org.vocstat.pipeline.LoadOutcome;
import org.vocstat.reference.RegionLevel;
import org.vocstat.reference.RegionReference;
import org.vocstat.support.PostgresTest;
import org.vocstat.support.Warehouses;

/**
 * A province batch from the generator gives province, city (省属 included), county and
 * school figures, named, with every person counted once per unit they are open in: the
 * persons the generator planted open at schools of two cities or two counties, and its
 * transfers open at both schools at the statistics date, worked out from the files. And a
 * city's figures in it are those of the batch cut down to that city's schools.
 */
@PostgresTest
class GeneratedProvinceTest {

	@Autowired
	BatchLoader loader;

	@Autowired
	FigureStore store;

	@Autowired
	FigureQueries figures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyLevelIsThereByNameAndCountsEachPersonOncePerUnit(@TempDir Path folder) throws IOException {
		GeneratedProvince batch = GeneratedProvince.generate(folder.resolve("batch"));
		Warehouses.truncateAll(jdbc);
		LoadOutcome outcome = load(batch.folder(), GeneratedProvince.REGION);
		Map<String, Long> inSchool = inSchool(outcome.batchId());

		Set<String> cities = new TreeSet<>();
		Set<String> counties = new TreeSet<>(batch.schools().values());
		batch.schools().values().forEach(unit -> cities.add(RegionLevel.city.unitOf(unit)));
		assertThat(cities).contains("330000").hasSizeGreaterThanOrEqualTo(4);
		assertThat(inSchool.keySet().stream().filter(s -> s.startsWith("city:")))
			.containsExactlyInAnyOrderElementsOf(cities.stream().map(c -> "city:" + c).toList());
		assertThat(inSchool.keySet().stream().filter(s -> s.startsWith("county:")))
			.containsExactlyInAnyOrderElementsOf(counties.stream().map(c -> "county:" + c).toList());

		long province = inSchool.get("province:330000");
		assertThat(province).isEqualTo(batch.inSchool());
		// The generator planted three persons open in two cities and three in two
		// county-level units of one city (its README); transfers still open at the
		// statistics date add to them.
		assertThat(batch.extra(RegionLevel.city)).isGreaterThanOrEqualTo(3);
		assertThat(batch.extra(RegionLevel.county)).isGreaterThan(batch.extra(RegionLevel.city));
		assertThat(sum(inSchool, "city:")).isEqualTo(province + batch.extra(RegionLevel.city));
		assertThat(sum(inSchool, "county:")).isEqualTo(province + batch.extra(RegionLevel.county));
		assertThat(sum(inSchool, "school:")).isEqualTo(province + batch.extra(null));

		RegionReference reference = RegionReference.load(null);
		assertThat(figures.figures(GeneratedProvince.REGION, "AY2022", ScopeLevel.city)
			.stream()
			.filter(line -> line.indicator().equals("enrolment.in_school"))
			.map(line -> line.scope() + " " + line.scopeName()))
			.containsExactlyInAnyOrderElementsOf(cities.stream()
				.map(c -> "city:" + c + " " + (c.equals("330000") ? "浙江省属" : reference.nameOf(c)))
				.toList());
		assertThat(figures.figures(GeneratedProvince.REGION, "AY2022", ScopeLevel.county))
			.allSatisfy(line -> assertThat(line.scopeName()).isNotBlank().isNotEqualTo(line.scope().substring(7)));
	}

	@Test
	void aCitysFiguresInTheGeneratedProvinceEqualThoseOfTheBatchCutToTheCity(@TempDir Path folder) throws IOException {
		GeneratedProvince batch = GeneratedProvince.generate(folder.resolve("batch"));
		// A city one of whose persons is also open in another city, so the cut drops a
		// record of someone it still counts.
		String city = batch.citiesWithCrossCityPersons()
			.stream()
			.filter(c -> !c.equals("330000"))
			.findFirst()
			.orElseThrow();
		Path cut = batch.cutTo(city, Files.createDirectories(folder.resolve("cut")));
		Warehouses.truncateAll(jdbc);
		LoadOutcome province = load(batch.folder(), GeneratedProvince.REGION);
		LoadOutcome alone = load(cut, city);

		Map<String, Figure> inProvince = figuresOf(province.batchId(), city, batch);
		Map<String, Figure> inCity = figuresOf(alone.batchId(), city, batch);
		assertThat(inProvince).containsKey("enrolment.in_school city:" + city + " AY2022");
		CutBatchFigures.assertSame(inProvince, inCity, "city:" + city);
	}

	private LoadOutcome load(Path folder, String region) {
		LoadOutcome outcome = loader.load(folder, region, 2022, GeneratedProvince.SNAPSHOT);
		assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(ExitCode.SUCCESS);
		return outcome;
	}

	private Map<String, Long> inSchool(long batch) {
		return store.ofBatch(batch)
			.stream()
			.filter(f -> f.indicator().equals("enrolment.in_school") && f.period().equals("AY2022"))
			.collect(Collectors.toMap(Figure::scope, f -> f.value().longValueExact()));
	}

	private static long sum(Map<String, Long> figures, String prefix) {
		return figures.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(prefix))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	/** The city's figures and those of its counties and schools. */
	private Map<String, Figure> figuresOf(long batch, String city, GeneratedProvince generated) {
		Set<String> scopes = new TreeSet<>();
		generated.schools().forEach((code, unit) -> {
			if (RegionLevel.city.unitOf(unit).equals(city)) {
				scopes.add("school:" + code);
				scopes.add("county:" + unit);
			}
		});
		scopes.add("city:" + city);
		return store.ofBatch(batch)
			.stream()
			.filter(f -> scopes.contains(f.scope()))
			.collect(Collectors.toMap(f -> f.indicator() + " " + f.scope() + " " + f.period(), Function.identity()));
	}

}
