package org.vocstat.review;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.vocstat.indicator.IndicatorCatalog;

/**
 * The review rules in force: the shipped {@code reference/review-rules.csv}, or a site's
 * file given by {@code vocstat.review-rules}.
 */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

	@Bean
	ReviewRuleCatalog reviewRuleCatalog(@Value("${vocstat.review-rules:}") String file, IndicatorCatalog indicators) {
		return ReviewRuleCatalog.load(file.isBlank() ? null : Path.of(file), indicators);
	}

}
