/**
 * Indicators: the catalogue of definitions held as data, their computation over the fact
 * views for every scope, the stored figures with their source rows' digest, a figure's
 * trace, and the published-versus-recomputed check. Uses {@code delivery} (a batch's
 * period), {@code database} and {@code reference} (区划 levels and names); the counting
 * rule and the fact views are reached in SQL.
 */
@ApplicationModule(allowedDependencies = { "delivery", "database", "reference" })
package org.vocstat.indicator;

import org.springframework.modulith.ApplicationModule;
