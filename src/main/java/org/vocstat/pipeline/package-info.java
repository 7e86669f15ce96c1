/**
 * Job wiring only: the load job reads like a table of contents of its steps; launching a batch and turning the
 * outcome into an exit code. Uses ingest, delivery and audit; used by the command line.
 */
package org.vocstat.pipeline;
