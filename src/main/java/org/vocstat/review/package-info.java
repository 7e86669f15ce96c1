/**
 * Review queries (数据审核): the review-rule catalogue held as data, the evaluation of every
 * rule for every scope of a batch over its stored figures and the previous academic
 * year's, the findings with the figures they read, and the explanations and acceptances
 * that resolve them. Uses {@code indicator} (the catalogue, figures and periods),
 * {@code delivery} (a batch's region and year), {@code database} and {@code trail} (each
 * explanation and acceptance is recorded in the audit trail).
 */
@ApplicationModule(allowedDependencies = { "indicator", "delivery", "database", "trail" })
package org.vocstat.review;

import org.springframework.modulith.ApplicationModule;
