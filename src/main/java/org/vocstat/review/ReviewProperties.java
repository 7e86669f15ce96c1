package org.vocstat.review;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * A site's own review rules, in place of the shipped ones when given.
 *
 * @param reviewRules the rules file (same header as {@code reference/review-rules.csv})
 */
@ConfigurationProperties("vocstat")
@Validated
record ReviewProperties(Path reviewRules) {

}
