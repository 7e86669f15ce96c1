package org.vocstat.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.Advised;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import org.vocstat.support.PostgresTest;

/**
 * The two ingest lanes create their steps' executions in the job repository at the same
 * moment. Under Spring Batch's default SERIALIZABLE isolation for creation PostgreSQL now
 * and then cancels one of two such transactions: one load of the test suite failed with
 * "could not serialize access due to read/write dependencies among transactions" while
 * creating the step execution of {@code ingest.qrp.conditions} beside that of
 * {@code ingest.qrp.teachers}. Creation runs at READ COMMITTED
 * ({@code spring.batch.jdbc.isolation-level-for-create}): SERIALIZABLE is there to keep
 * two launches of one job instance apart, which the load lock already does for every
 * launch.
 */
@PostgresTest
class ConcurrentStepCreationTest {

	@Autowired
	JobRepository repository;

	@Test
	void stepExecutionsAreCreatedAtReadCommitted() throws Exception {
		Method create = JobRepository.class.getMethod("createStepExecution", String.class, JobExecution.class);
		TransactionInterceptor transactions = Arrays.stream(((Advised) repository).getAdvisors())
			.map(advisor -> advisor.getAdvice())
			.filter(TransactionInterceptor.class::isInstance)
			.map(TransactionInterceptor.class::cast)
			.findFirst()
			.orElseThrow();

		TransactionAttribute attribute = transactions.getTransactionAttributeSource()
			.getTransactionAttribute(create, repository.getClass());

		assertThat(attribute.getIsolationLevel()).isEqualTo(TransactionDefinition.ISOLATION_READ_COMMITTED);
	}

}
