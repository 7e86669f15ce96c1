package org.vocstat.review;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.vocstat.indicator.IndicatorCatalog;

/**
 * The review rules in force: the shipped {@code reference/review-rules.csv}, or a site's
 * file given by {@code vocstat.review-rules}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewProperties.class)
class ReviewConfiguration {

	@Bean
	ReviewRuleCatalog reviewRuleCatalog(ReviewProperties properties, IndicatorCatalog indicators) {
		return ReviewRuleCatalog.load(properties.reviewRules(), indicators);
	}

}
