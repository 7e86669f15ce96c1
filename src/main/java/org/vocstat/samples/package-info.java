/**
 * The sample-export generator: deterministic export batches (sms, tss, qrp) for the 嘉兴 fixture and for
 * synthetic regions at province or national scale. Depends only on {@code person} for check characters.
 */
package org.vocstat.samples;
