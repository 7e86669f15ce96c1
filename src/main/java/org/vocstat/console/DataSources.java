package org.vocstat.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vocstat.delivery.BatchPeriod;
import org.vocstat.delivery.BatchRegistry;
import org.vocstat.delivery.RegisteredFile;

/**
 * The 数据来源 footnotes of a report: for each loaded academic year, its batch, the
 * statistics date, and the national systems whose exports it holds with their files.
 */
final class DataSources {

	private static final Map<String, String> SYSTEMS = Map.of("sms", "全国中等职业学校学生管理信息系统", "tss", "全国技工院校电子注册与统计信息管理系统",
			"qrp", "中国职业教育质量年度报告数据采集平台");

	private DataSources() {
	}

	static List<String> of(BatchRegistry registry, List<LoadedPeriods.Loaded> years) {
		List<String> notes = new ArrayList<>();
		for (LoadedPeriods.Loaded year : years) {
			BatchPeriod period = registry.period(year.batch());
			Map<String, List<String>> files = new TreeMap<>();
			for (RegisteredFile file : registry.files(year.batch())) {
				String system = file.path().contains("/") ? file.path().substring(0, file.path().indexOf('/')) : "";
				files.computeIfAbsent(system, s -> new ArrayList<>()).add(file.path());
			}
			List<String> systems = new ArrayList<>();
			files.forEach((system, paths) -> systems
				.add(SYSTEMS.getOrDefault(system, system) + "（" + system + "，" + paths.size() + " 个文件）"));
			notes.add(year.academicYear() + " 学年：批次 " + year.batch() + "，统计时点 " + period.snapshotDate() + "；"
					+ String.join("、", systems) + "导出数据。");
		}
		return notes;
	}

}
