package org.vocstat.reference;

/**
 * One 中职 major of 《职业教育专业目录（2021年）》: code, name, its 类 and 大类, the 产业 (1, 2 or 3) its
 * sites count under, and whether the entry was checked against the official catalogue.
 */
public record Major(String code, String name, String classCode, String className, String categoryCode,
		String categoryName, int industry, boolean verified) {
}
