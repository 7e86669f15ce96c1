/** The file contracts of 中国职业教育质量年度报告数据采集平台 (qrp), the quality-report platform. */
package org.vocstat.ingest.qrp;
