package org.vocstat.review;

/**
 * A finding that stands in the way of publishing: an error, or a query neither explained
 * nor accepted.
 */
public record UnresolvedFinding(long id, String ruleCode, String level, String scope, String message) {
}
