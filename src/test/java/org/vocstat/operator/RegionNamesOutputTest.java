package org.vocstat.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vocstat.support.BatchFixture;

/**
 * {@code reconcile} and {@code check-published} show a region's name from the 区划
 * reference beside its code, as {@code indicators} and {@code trace} do.
 */
class RegionNamesOutputTest {

	@TempDir
	Path folder;

	@Test
	void theLedgersRegionLinesNameTheRegion() {
		CliRun load = CliRun.withDatabase("load", batchOfItsOwn().toString());
		assertThat(load.code()).as(load.err()).isZero();

		CliRun reconcile = CliRun.withDatabase("reconcile", load.runId(), "--by-school", "--format", "csv");

		assertThat(reconcile.code()).as(reconcile.err()).isZero();
		List<String[]> rows = parse(reconcile.out());
		assertThat(rows.get(0)[2]).isEqualTo("school");
		assertThat(rows.stream().skip(1).filter(row -> row[2].equals("*")).map(row -> row[3])).isNotEmpty()
			.allMatch("嘉兴市 (region 330400)"::equals);
		assertThat(rows.stream().skip(1).filter(row -> !row[2].equals("*")).map(row -> row[3])).isNotEmpty()
			.noneMatch(name -> name.contains("region"));
	}

	@Test
	void eachCheckedFigureHasItsScopesNameBesideTheCode() throws IOException {
		CliRun load = CliRun.withDatabase("load", batchOfItsOwn().toString());
		assertThat(load.code()).as(load.err()).isZero();
		Path published = Files.writeString(folder.resolve("published.csv"), """
				section,indicator,scope,period,value,unit,name_zh
				1.1,schools.count,city:330400,AY2022,15,所,全日制中职学校数
				1.1,schools.count,county:330400,AY2022,3,所,市本级学校数
				1.1,schools.count,county:330421,AY2022,2,所,嘉善县学校数
				1.1,schools.count,county:330421,AY2031,2,所,嘉善县学校数
				""");

		CliRun check = CliRun.withDatabase("check-published", published.toString(), "--region", "330400", "--format",
				"csv");

		assertThat(check.code()).as(check.err()).isZero();
		List<String[]> rows = parse(check.out());
		assertThat(rows.get(0)).startsWith("indicator", "scope").endsWith("explanation", "scopeName");
		assertThat(rows.stream().skip(1).map(row -> row[1] + " " + row[9])).containsExactly("city:330400 嘉兴市",
				"county:330400 嘉兴市本级", "county:330421 嘉善县", "county:330421 嘉善县");
	}

	/**
	 * The fixture with a survey row no other load has: the test database is shared, and
	 * the plain fixture loaded here would make a later load of the same files (a refusal
	 * test's) "already loaded".
	 */
	private Path batchOfItsOwn() {
		return new BatchFixture()
			.append("qrp/satisfaction.csv",
					"3633000000," + 2022 + ",毕业生," + (System.nanoTime() % 1_000_000 + 100) + ",97")
			.writeTo(folder);
	}

	private static List<String[]> parse(String csv) {
		try (CSVReader reader = new CSVReader(new StringReader(csv))) {
			return reader.readAll();
		}
		catch (IOException | CsvException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
