package org.vocstat.reference;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * A site's own reference files, each in place of the shipped one when given.
 *
 * @param majorCatalogue the official major catalogue (same header as
 * {@code reference/majors.csv})
 * @param regionReference the GB/T 2260 区划 reference (same header as
 * {@code reference/regions.csv})
 */
@ConfigurationProperties("vocstat")
@Validated
record ReferenceProperties(Path majorCatalogue, Path regionReference) {

}
