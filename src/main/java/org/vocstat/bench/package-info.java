/**
 * The benchmark: generates a batch at a given scale, measures raw PostgreSQL COPY of its files as the baseline, then
 * the load job step by step and end to end, and reports throughput ratios against that baseline. Uses
 * {@code samples}, {@code ingest} and {@code pipeline}; used by the command line only, never by tests' assertions on
 * time.
 */
package org.vocstat.bench;
