package org.vocstat.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jobs that recompute a loaded batch from a later step without ingesting it again: after
 * a fix to the counting rule or reference data ({@code from reconcile}), or to the
 * indicator catalogue ({@code from indicators}); the review rules are evaluated again
 * after the indicators.
 */
@Configuration(proxyBeanMethods = false)
class RecomputeJobConfiguration {

	static final String FROM_RECONCILE = "recompute-from-reconcile", FROM_INDICATORS = "recompute-from-indicators";

	@Bean
	Job recomputeFromReconcile(JobRepository jobs, Step reconcile, Step indicators, Step review, GracefulStop stop) {
		return new JobBuilder(FROM_RECONCILE, jobs).start(reconcile)
			.next(indicators)
			.next(review)
			.listener(stop)
			.build();
	}

	@Bean
	Job recomputeFromIndicators(JobRepository jobs, Step indicators, Step review, GracefulStop stop) {
		return new JobBuilder(FROM_INDICATORS, jobs).start(indicators).next(review).listener(stop).build();
	}

}
