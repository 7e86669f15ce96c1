/**
 * The file contracts of 全国技工院校电子注册与统计信息管理系统 (tss), the HRSS technical-school registry.
 */
package org.vocstat.ingest.tss;
