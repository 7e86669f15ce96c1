/**
 * Indicators: the catalogue of definitions held as data ({@code reference/measures.csv}, {@code reference/indicators.csv}),
 * their computation over the warehouse's fact views for every scope, the stored figures with the digest of their
 * contributing rows, the trace of a figure to its source rows, and the published-versus-recomputed check. One
 * definition drives both a figure and its trace. Uses {@code reconciliation} (the counting rule) and the warehouse
 * views; used by {@code pipeline} and {@code operator}.
 */
package org.vocstat.indicator;
