package org.vocstat.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The report's tables as the 2023 report lays them out — 表1 在校生规模 and 表2 生均仪器设备与图书 by
 * academic year, the teacher figures of 1.3 and the graduate destinations of 2.4 — filled
 * from the region's stored figures, and a table by the units one level beneath the region
 * (a province's cities and 省属, a city's counties and 市本级).
 */
@Component
public class ReportTables {

	private static final List<String[]> TEACHERS = List.of(new String[] { "专任教师数（人）", "teachers.full_time" },
			new String[] { "生师比", "teachers.student_teacher_ratio" },
			new String[] { "本科及以上学历教师数（人）", "teachers.bachelor_or_above" },
			new String[] { "本科及以上学历教师占比", "teachers.bachelor_or_above_share" },
			new String[] { "高级职称教师数（人）", "teachers.senior_title" },
			new String[] { "高级职称教师占比", "teachers.senior_title_share" },
			new String[] { "专业教师数（人）", "teachers.specialty" }, new String[] { "专业教师占比", "teachers.specialty_share" },
			new String[] { "双师型教师数（人）", "teachers.dual_qualified" },
			new String[] { "双师型教师占专任教师比例", "teachers.dual_qualified_share" },
			new String[] { "双师型教师占专业教师比例", "teachers.dual_qualified_share_of_specialty" },
			new String[] { "行业导师数（人）", "teachers.industry_mentors" },
			new String[] { "聘请大国工匠、劳动模范人数（人）", "teachers.master_craftsmen" });

	private static final List<String[]> DESTINATIONS = List.of(new String[] { "毕业生数（人）", "graduates.count" },
			new String[] { "毕业去向落实人数（人）", "graduates.placed" }, new String[] { "毕业去向落实率", "graduates.placement_rate" },
			new String[] { "升学人数（含非全日制升学）（人）", "graduates.further_study" },
			new String[] { "面向三次产业就业人数（人）", "graduates.employed" },
			new String[] { "其中第一产业（人）", "graduates.employed_primary" },
			new String[] { "其中第二产业（人）", "graduates.employed_secondary" },
			new String[] { "其中第三产业（人）", "graduates.employed_tertiary" },
			new String[] { "自主创业率", "graduates.entrepreneurship_rate" },
			new String[] { "毕业三年晋升比例", "graduates.promotion_rate_3y" });

	private static final Map<ScopeLevel, String> LEVEL_NAMES = Map.of(ScopeLevel.province, "省", ScopeLevel.city, "市",
			ScopeLevel.county, "区县", ScopeLevel.school, "学校");

	/** The columns of the table by unit beneath the region. */
	private static final List<String[]> BY_UNIT = List.of(new String[] { "在校生数", "enrolment.in_school" },
			new String[] { "学年招生数", "enrolment.new" }, new String[] { "学校数", "schools.count" },
			new String[] { "专任教师数", "teachers.full_time" }, new String[] { "生师比", "teachers.student_teacher_ratio" },
			new String[] { "毕业生数", "graduates.count" }, new String[] { "毕业去向落实率", "graduates.placement_rate" });

	private final IndicatorCatalog catalog;

	private final FigureStore store;

	private final Periods periods;

	private final ScopeNames names;

	ReportTables(IndicatorCatalog catalog, FigureStore store, Periods periods, ScopeNames names) {
		this.names = names;
		this.catalog = catalog;
		this.store = store;
		this.periods = periods;
	}

	/**
	 * The tables for academic year {@code period} (AY), with the previous year where the
	 * report shows it.
	 */
	public List<ReportTable> render(String region, String period) {
		return render(region, period, FigureSource.current(periods, store));
	}

	/**
	 * The tables for academic year {@code period} from the figures of {@code source} (a
	 * published edition's, for instance).
	 */
	public List<ReportTable> render(String region, String period, FigureSource source) {
		int year = Periods.academicYearOf(period);
		Scope city = Scope.ofRegion(region);
		Rows enrolment = new Rows();
		Rows equipment = new Rows();
		for (int ay = year - 1; ay <= year; ay++) {
			String label = "AY" + ay;
			Optional<Long> batch = source.batchFor(region, ay);
			if (batch.isEmpty()) {
				continue;
			}
			enrolment.add(label(Integer.toString(ay)), cell(source, batch.get(), "enrolment.in_school", city, label),
					cell(source, batch.get(), "enrolment.new", city, label),
					cell(source, batch.get(), "enrolment.general_hs_new", city, label),
					cell(source, batch.get(), "enrolment.vocational_share", city, label));
			equipment.add(label(Integer.toString(ay)),
					cell(source, batch.get(), "facilities.equipment_value_per_student", city, label),
					cell(source, batch.get(), "facilities.books_per_student", city, label));
		}
		long current = source.batchFor(region, year).orElseThrow(() -> missing(region, period));
		return List.of(enrolment.table("表 1 中职在校生规模统计表", List.of("学年", "在校生数（含技工学籍）", "学年招生数", "学年普高招生数", "中职招生占比")),
				equipment.table("表 2 生均教学科研仪器设备资产值、纸质图书统计表", List.of("学年", "生均教学科研仪器设备资产值（元）", "生均纸质图书（册）")),
				labelled(source, "1.3 教师队伍（" + year + " 学年）", TEACHERS, current, city, "AY" + year),
				labelled(source, "2.4 毕业去向（" + year + " 学年）", DESTINATIONS, current, city, "AY" + year),
				byUnit(source, current, region, "AY" + year));
	}

	/**
	 * Why {@code source} has no batch for the period: nothing loaded for it (the loaded
	 * ones are listed), or, for an edition's figures, a period the edition does not hold;
	 * never the current batch in its place.
	 */
	private IllegalArgumentException missing(String region, String period) {
		periods.currentBatchOrExplain(region, period);
		return new IllegalArgumentException("these figures hold no batch of " + region + " for " + period);
	}

	/**
	 * The region's units one level beneath it, in code order: a province's cities (and
	 * 省属), a city's counties (and 市本级), the nation's provinces, a county's schools.
	 */
	private ReportTable byUnit(FigureSource source, long batch, String region, String period) {
		ScopeLevel level = ScopeLevel.values()[ScopeLevel.ofRegion(region).ordinal() + 1];
		ScopeNames.Namer namer = names.of(batch);
		List<String> header = new ArrayList<>(List.of(LEVEL_NAMES.get(level), "代码"));
		BY_UNIT.forEach(column -> header.add(column[0]));
		Rows rows = new Rows();
		source.scopes(batch)
			.stream()
			.map(Scope::parse)
			.filter(scope -> scope.level() == level)
			.distinct()
			.sorted(Comparator.comparing(Scope::code))
			.forEach(scope -> {
				List<Cell> row = new ArrayList<>(List.of(label(namer.name(scope)), label(scope.code())));
				BY_UNIT.forEach(column -> row.add(cell(source, batch, column[1], scope, period)));
				rows.add(row.toArray(Cell[]::new));
			});
		return rows.table("分" + LEVEL_NAMES.get(level) + "统计（" + period.substring(2) + " 学年）", header);
	}

	private ReportTable labelled(FigureSource source, String title, List<String[]> lines, long batch, Scope scope,
			String period) {
		Rows rows = new Rows();
		for (String[] line : lines) {
			rows.add(label(line[0]), cell(source, batch, line[1], scope, period));
		}
		return rows.table(title, List.of("指标", "数值"));
	}

	private Cell cell(FigureSource source, long batch, String indicator, Scope scope, String period) {
		Indicator definition = catalog.indicator(indicator).orElseThrow();
		return source.find(batch, indicator, scope.toString(), period)
			.map(f -> new Cell(definition.displayed(f.value()),
					new FigureRef(indicator, scope.toString(), period, f.value())))
			.orElse(label("—"));
	}

	private static Cell label(String text) {
		return new Cell(text, null);
	}

	/** A cell's text and the figure it shows, if any. */
	private record Cell(String text, FigureRef figure) {
	}

	/** The rows of a table being filled, cell by cell. */
	private static final class Rows {

		private final List<List<String>> texts = new ArrayList<>();

		private final List<List<FigureRef>> figures = new ArrayList<>();

		void add(Cell... cells) {
			texts.add(Arrays.stream(cells).map(Cell::text).toList());
			figures.add(Arrays.asList(Arrays.stream(cells).map(Cell::figure).toArray(FigureRef[]::new)));
		}

		ReportTable table(String title, List<String> header) {
			return new ReportTable(title, header, texts, figures);
		}

	}

}
