/**
 * Ingest: reading the export files of the three systems, validating every row, and writing accepted rows to staging
 * and rejected rows to quarantine with their lineage key. One sub-package per source system holds its file
 * contracts; {@code internal} holds the shared reader and COPY writers. Uses {@code validation}, {@code person},
 * {@code audit} and {@code delivery}.
 */
package org.vocstat.ingest;
