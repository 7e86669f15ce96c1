/** The file contracts of 全国中等职业学校学生管理信息系统 (sms), the MoE student registry. */
package org.vocstat.ingest.sms;
