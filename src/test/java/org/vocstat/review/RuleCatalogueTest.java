package org.vocstat.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vocstat.indicator.IndicatorCatalog;

/**
 * The condition language reads figures and nothing else, and a rules file with a mistake
 * is refused whole, each problem named with its line.
 */
class RuleCatalogueTest {

	static final IndicatorCatalog INDICATORS = IndicatorCatalog.load(null);

	static final String HEADER = "code,level,scope,condition,message\n";

	@Test
	void arithmeticFollowsTheUsualPrecedence() {
		FigureValues figures = reference -> Optional
			.of(BigDecimal.valueOf(reference.previous() ? 10 : reference.indicator().equals("a.x") ? 4 : 2));
		assertThat(ConditionParser.expression("a.x + a.y * 3 - -1").value(figures)).contains(new BigDecimal("11"));
		assertThat(ConditionParser.expression("abs(a.y - prev(a.x)) / (a.x - a.y)").value(figures))
			.contains(new BigDecimal("4"));
		assertThat(ConditionParser.condition("a.x > 3 and (a.y > 5 or prev(a.x) = 10)").holds(figures)).contains(true);
		assertThat(ConditionParser.condition("a.x / (a.y - 2) > 1").holds(figures)).isEmpty();
	}

	@Test
	void aMissingFigureLeavesTheConditionUndecidedUnlessAnotherPartSettlesIt() {
		FigureValues onlyX = reference -> reference.indicator().equals("a.x") ? Optional.of(BigDecimal.ONE)
				: Optional.empty();
		assertThat(ConditionParser.condition("a.y > 0").holds(onlyX)).isEmpty();
		assertThat(ConditionParser.condition("a.y > 0 or a.x = 1").holds(onlyX)).contains(true);
		assertThat(ConditionParser.condition("a.y > 0 and a.x = 2").holds(onlyX)).contains(false);
	}

	@Test
	void anythingButFiguresAndArithmeticIsRefusedWithItsColumn() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConditionParser.condition("a.x > 1; DROP TABLE figure"))
			.withMessageStartingWith("column 8: unexpected ';");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConditionParser.condition("a.x > (SELECT max(value) FROM figure)"))
			.withMessageContaining("column");
		assertThatIllegalArgumentException().isThrownBy(() -> ConditionParser.condition("pg_sleep(10) > 1"))
			.withMessageContaining("expected an indicator code");
		assertThatIllegalArgumentException().isThrownBy(() -> ConditionParser.condition("a.x + 1"))
			.withMessageContaining("expected a comparison");
		assertThatIllegalArgumentException().isThrownBy(() -> ConditionParser.condition("prev(1) > 1"))
			.withMessageContaining("column 6: expected an indicator code");
	}

	@Test
	void everyProblemOfAFileIsNamedWithItsLine() {
		String file = HEADER + "ok.rule,query,school,enrolment.in_school > 1,{enrolment.in_school}\n"
				+ "bad.level,warning,school,enrolment.in_school > 1,m\n"
				+ "bad.indicator,error,school,students.in_school > 1,m\n"
				+ "bad.scope,error,school,schools.count > 1,m\n" + "bad.message,error,city,enrolment.new > 1,{oops(}\n"
				+ "ok.rule,query,school,enrolment.in_school > 2,m\n";
		assertThatIllegalStateException().isThrownBy(() -> ReviewRuleCatalog.parse(file, "rules.csv", INDICATORS))
			.withMessage("rules.csv is invalid: line 3 (bad.level): level 'warning' is not error or query; "
					+ "line 4 (bad.indicator): no indicator students.in_school in the indicator catalogue; "
					+ "line 5 (bad.scope): indicator schools.count has no figures at school level; "
					+ "line 6 (bad.message): message placeholder {oops(}: column 1: expected an indicator code such as enrolment.in_school; "
					+ "line 7: rule ok.rule is defined twice");
	}

	@Test
	void aSiteReplacesTheShippedFileWithItsOwn(@TempDir Path folder) throws Exception {
		Path rules = Files.writeString(folder.resolve("review-rules.csv"), HEADER
				+ "site.ratio,query,school,teachers.student_teacher_ratio > 18,生师比 {teachers.student_teacher_ratio}\n");
		ReviewRuleCatalog site = ReviewRuleCatalog.load(rules, INDICATORS);
		assertThat(site.codes()).containsExactly("site.ratio");
		assertThat(site.digest()).isNotEqualTo(ReviewRuleCatalog.load(null, INDICATORS).digest());
		assertThat(site.rule("site.ratio")
			.orElseThrow()
			.message()
			.render(r -> Optional.of(new BigDecimal("18.5")), "school:1", "x")).isEqualTo("生师比 18.5");
	}

}
