package org.vocstat.samples;

import java.io.IOException;
import java.util.List;

/**
 * Writes the school masters: sms/schools.csv, tss/schools.csv and qrp/schools.csv (with
 * 称号).
 */
final class SchoolMasterWriter {

	private final RegionMaster master;

	SchoolMasterWriter(RegionMaster master) {
		this.master = master;
	}

	void write(CsvSink sms, CsvSink tss, CsvSink qrp) throws IOException {
		for (SchoolPlan s : master.schools()) {
			String status = s.operating() ? "正常" : "停止招生";
			String owner = s.privateOwned() ? "民办" : "公办";
			if (s.inSms()) {
				sms.row(List.of(s.moeCode(), s.name(), s.county(), s.administering(), owner, s.smsType(), status,
						s.operating() ? "" : Integer.toString(s.stoppedSince())));
			}
			if (s.inTss()) {
				tss.row(List.of(s.tssCode(), s.tssName(), s.tssCategory(), s.county(), s.administering(), owner,
						s.moeCode() == null ? "" : s.moeCode(), status));
			}
			// Schools file their designations with either semicolon; both are in the
			// contract.
			String separator = s.index() % 4 == 0 ? ";" : "；";
			qrp.row(List.of(s.qrpCode(), s.inSms() ? s.name() : s.tssName(), s.technical() ? "是" : "否",
					String.join(separator, s.designations())));
		}
	}

}
