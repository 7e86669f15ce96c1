package org.vocstat.audit;

/** How many rows of a file were quarantined for a rule. */
public record ReasonCount(String file, String rule, long rows) {
}
