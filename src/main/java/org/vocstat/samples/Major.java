package org.vocstat.samples;

/**
 * One row of the major catalogue (《职业教育专业目录（2021年）》 中职 part).
 *
 * @param code 6-digit 专业代码
 * @param name 专业名称
 * @param classCode 4-digit 专业类代码
 * @param className 专业类名称
 * @param categoryCode 2-digit 专业大类代码
 * @param categoryName 专业大类名称
 * @param industry 产业 1, 2 or 3
 * @param verified whether the code was checked against the official catalogue
 */
record Major(String code, String name, String classCode, String className, String categoryCode, String categoryName,
		int industry, boolean verified) {

	/** A two-character abbreviation for class names (班级). */
	String shortName() {
		return name.substring(0, Math.min(2, name.length()));
	}

}
