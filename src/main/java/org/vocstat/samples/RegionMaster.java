package org.vocstat.samples;

import java.util.List;

/**
 * A region's name, its counties and its schools (in operation or not).
 *
 * @param code 行政区划代码
 * @param name the region's name
 * @param counties county codes, where students are mostly born and schools stand
 * @param schools the school master
 */
record RegionMaster(String code, String name, List<String> counties, List<SchoolPlan> schools) {

	static RegionMaster jiaxing() {
		return new RegionMaster(GenerationRequest.JIAXING, "嘉兴市",
				List.of("330402", "330411", "330421", "330424", "330481", "330482", "330483"),
				JiaxingSchools.schools());
	}

	List<SchoolPlan> operating() {
		return schools.stream().filter(SchoolPlan::operating).toList();
	}

}
