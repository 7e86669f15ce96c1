package org.vocstat.review;

/**
 * 强制性审核 ({@code error}: the figures are wrong and only a corrected export clears it) or
 * 核实性审核 ({@code query}: plausible but suspicious, cleared by an explanation or an
 * acceptance).
 */
public enum FindingLevel {

	error, query

}
