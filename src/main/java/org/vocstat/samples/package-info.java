/**
 * A tool, the sample-export generator ({@code vocstat generate}): deterministic sms, tss
 * and qrp batches for the 嘉兴 fixture and for synthetic regions up to national scale. Uses
 * {@code person} (check characters), {@code reference} (real 区划 units) and
 * {@code operator} (its command); only the {@code bench} tool uses it.
 */
@ApplicationModule(allowedDependencies = { "person", "reference", "operator" })
package org.vocstat.samples;

import org.springframework.modulith.ApplicationModule;
