package org.vocstat.pipeline;

import org.springframework.test.context.TestPropertySource;

/**
 * The sample batches again, with the ingest work cut fine: chunks that end mid-run, runs
 * of 13 records, three workers and more runs in flight than workers. Every figure, count
 * and order must come out as in {@link SampleBatchesTest}, which runs with the defaults
 * (a chunk of 20,000 records, runs of 1,000).
 */
@TestPropertySource(properties = { "vocstat.ingest.chunk-size=997", "vocstat.ingest.records-per-task=13",
		"vocstat.ingest.workers=3" })
class SampleBatchesInSmallRunsTest extends SampleBatchesTest {

}
