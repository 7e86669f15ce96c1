package org.vocstat.console;

import static org.vocstat.console.ConsolePages.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.vocstat.pipeline.BatchLoader;
import org.vocstat.publication.PublishOutcome;
import org.vocstat.publication.Publisher;

/**
 * A figure opened from an edition's report: the edition's frozen value, breakdown and
 * rows, its banner, and what the current batch now says instead. After publishing, the
 * test changes the current batch's 生均仪器设备值 figures (as a later load would), so a page
 * that read current figures would show other numbers.
 */
@ConsoleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleEditionPagesTest {

	private static final String CITY = "city:330400";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private List<String> names;

	private long edition;

	@BeforeAll
	void loadPublishAndChangeTheCurrentFigures(@Autowired BatchLoader loader, @Autowired ConsoleUsers users,
			@Autowired Publisher publisher) {
		ConsoleWarehouse.load(loader, jdbc, users);
		names = ConsoleWarehouse.sampleNames();
		PublishOutcome outcome = publisher.publish(ConsoleWarehouse.REGION, "AY2022", "嘉兴市 2023 年报（版本页测试）",
				"statistician1", "测试");
		assertThat(outcome.kind()).as(outcome.message()).isEqualTo(PublishOutcome.Kind.PUBLISHED);
		edition = outcome.editionId();
		jdbc.sql("""
				UPDATE figure SET value = value + 1000
				WHERE batch_id = (SELECT batch_id FROM edition WHERE edition_id = :edition)
				  AND indicator = :indicator AND period = 'AY2022'""")
			.param("edition", edition)
			.param("indicator", ConsoleWarehouse.EQUIPMENT)
			.update();
	}

	private static RequestPostProcessor auditor() {
		return as(ConsoleRole.auditor);
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return page(request, auditor(), status);
	}

	private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who, int status) throws Exception {
		return new ConsolePages(mvc, names).page(request.with(who), status);
	}

	private MockHttpServletRequestBuilder figure(String indicator, String scope) {
		return figure(indicator, scope, "AY2022", edition);
	}

	private static MockHttpServletRequestBuilder figure(String indicator, String scope, String period, long edition) {
		return get("/figure").param("indicator", indicator)
			.param("scope", scope)
			.param("period", period)
			.param("edition", Long.toString(edition));
	}

	private BigDecimal frozen(String scope) {
		return jdbc.sql("""
				SELECT value FROM edition_figure
				WHERE edition_id = :edition AND indicator = :indicator AND scope = :scope AND period = 'AY2022'""")
			.param("edition", edition)
			.param("indicator", ConsoleWarehouse.EQUIPMENT)
			.param("scope", scope)
			.query(BigDecimal.class)
			.single();
	}

	@Test
	void anEditionsReportLinksItsFiguresToTheEditionsFigurePage() throws Exception {
		String report = page(get("/report").param("edition", Long.toString(edition)), 200);
		assertThat(report).contains("indicator=" + ConsoleWarehouse.EQUIPMENT)
			.contains("&amp;edition=" + edition + "\"")
			.doesNotContain("&amp;region=330400\"");
	}

	@Test
	void theFigurePageShowsTheFrozenValueItsBannerAndThatTheCurrentOneDiffers() throws Exception {
		String html = page(figure(ConsoleWarehouse.EQUIPMENT, CITY), 200);
		String county = jdbc.sql("""
				SELECT scope FROM edition_figure WHERE edition_id = :edition AND indicator = :indicator
				  AND period = 'AY2022' AND scope LIKE 'county:%' ORDER BY scope LIMIT 1""")
			.param("edition", edition)
			.param("indicator", ConsoleWarehouse.EQUIPMENT)
			.query(String.class)
			.single();
		assertThat(html).contains("已发布版本 <b>" + edition + "</b>", "嘉兴市 2023 年报（版本页测试）", "statistician1", "发布于")
			.contains(">" + frozen(CITY).toPlainString() + "<", "已发布 <b>15036.18</b>")
			.contains("/figure/digest?indicator=" + ConsoleWarehouse.EQUIPMENT + "&amp;scope=" + CITY
					+ "&amp;period=AY2022&amp;edition=" + edition + "\"")
			.contains(frozen(CITY).add(new BigDecimal(1000)).toPlainString() + "（批次 ", "与此版本不同")
			.contains(">" + frozen(county).toPlainString() + "<")
			.doesNotContain(">" + frozen(county).add(new BigDecimal(1000)).toPlainString() + "<")
			.contains("/figure/rows.csv?indicator=" + ConsoleWarehouse.EQUIPMENT)
			.contains("scope=" + county + "&amp;period=AY2022&amp;edition=" + edition + "\"");
	}

	@Test
	void anEditionsFigureIsCheckedAsItWasFrozenAndAnUnknownEditionIsA404() throws Exception {
		assertThat(page(get("/figure/digest").param("indicator", ConsoleWarehouse.EQUIPMENT)
			.param("scope", CITY)
			.param("period", "AY2022")
			.param("edition", Long.toString(edition)), 200)).contains("计算以来未变");
		page(get("/figure/digest").param("indicator", ConsoleWarehouse.EQUIPMENT)
			.param("scope", CITY)
			.param("period", "AY2022")
			.param("edition", "987654"), 404);
	}

	@Test
	void aFigureTheLaterLoadsLeftAloneSaysTheCurrentValueIsTheSame() throws Exception {
		String html = page(figure("schools.count", CITY), 200);
		assertThat(html).contains("已发布版本 <b>" + edition + "</b>", "与此版本相同").doesNotContain("与此版本不同");
	}

	@Test
	void theRowsDownloadOfAnEditionsFigureHasItsFrozenRowCount() throws Exception {
		MvcResult started = mvc
			.perform(get("/figure/rows.csv").param("indicator", ConsoleWarehouse.EQUIPMENT)
				.param("scope", CITY)
				.param("period", "AY2022")
				.param("edition", Long.toString(edition))
				.with(auditor()))
			.andReturn();
		String csv = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long frozenRows = jdbc.sql("""
				SELECT rows FROM edition_figure WHERE edition_id = :edition AND indicator = :indicator
				  AND scope = :scope AND period = 'AY2022'""")
			.param("edition", edition)
			.param("indicator", ConsoleWarehouse.EQUIPMENT)
			.param("scope", CITY)
			.query(Long.class)
			.single();
		assertThat(csv.lines().count() - 1).isPositive().isEqualTo(frozenRows);
	}

	@Test
	void anUnknownEditionOrAFigureTheEditionDoesNotHoldIsA404() throws Exception {
		assertThat(page(figure(ConsoleWarehouse.EQUIPMENT, CITY, "AY2022", 987654), 404)).contains("找不到",
				"没有版本 987654");
		assertThat(page(figure(ConsoleWarehouse.EQUIPMENT, "county:999999"), 404)).contains("找不到",
				"版本 " + edition + " 没有");
		assertThat(page(figure(ConsoleWarehouse.EQUIPMENT, CITY, "AY2019", edition), 404)).contains("找不到");
	}

	@Test
	void thePublishFormPicksRegionAndYearWithPlainSelects() throws Exception {
		String html = page(get("/editions"), as(ConsoleRole.statistician), 200);
		String form = html.substring(html.indexOf("<form method=\"post\" action=\"/editions/publish\""));
		form = form.substring(0, form.indexOf("</form>"));
		assertThat(form).contains("<select name=\"region\" required>", "<option value=\"330400\">嘉兴市（330400）</option>")
			.contains("<select name=\"period\" required>", "<option value=\"AY2022\">2022 学年</option>",
					"<option value=\"AY2021\">2021 学年</option>")
			.doesNotContain("onchange", "<script", "type=\"hidden\" name=\"region\"",
					"type=\"hidden\" name=\"period\"");

		// What a browser without JavaScript sends when 2021 is picked: that year is
		// published.
		mvc.perform(post("/editions/publish").param("region", "330400")
			.param("period", "AY2021")
			.param("title", "嘉兴市 2022 年报")
			.param("override", "测试")
			.with(csrf())
			.with(as(ConsoleRole.statistician))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT period FROM edition ORDER BY edition_id DESC LIMIT 1").query(String.class).single())
			.isEqualTo("AY2021");
	}

}
