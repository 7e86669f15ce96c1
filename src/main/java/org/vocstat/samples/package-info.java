/**
 * A tool, the sample-export generator ({@code vocstat generate}): deterministic sms, tss
 * and qrp batches for the 嘉兴 fixture and for synthetic regions up to national scale. Uses
 * {@code person} (check characters), {@code reference} (real 区划 units), {@code operator}
 * (its command) and {@code ingest} (its public reader, to turn a written file into a
 * workbook record by record as ingest reads it); only the {@code bench} tool uses it.
 */
@ApplicationModule(allowedDependencies = { "person", "reference", "operator", "ingest" })
package org.vocstat.samples;

import org.springframework.modulith.ApplicationModule;
