/**
 * A tool, the benchmark ({@code vocstat bench}): raw PostgreSQL COPY of a batch's files
 * as the baseline, then the load job per step and end to end, as throughput ratios. Uses
 * the APIs of {@code ingest}, {@code pipeline} and {@code operator} and the
 * {@code samples} tool (to generate its batch); nothing uses it.
 */
@ApplicationModule(allowedDependencies = { "ingest", "pipeline", "operator", "samples" })
package org.vocstat.bench;

import org.springframework.modulith.ApplicationModule;
