package org.vocstat.database;

import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The database's settings: the vocstat home ({@code vocstat.home}, where the embedded
 * server keeps its data) and the working memory of the set-based work
 * ({@code vocstat.sql.work-mem}).
 *
 * @param home the vocstat home folder
 * @param sql the SQL sessions' settings
 */
@ConfigurationProperties("vocstat")
@Validated
record DatabaseProperties(@NotNull Path home, @Valid @DefaultValue Sql sql) {

	/**
	 * @param workMem PostgreSQL {@code work_mem} and {@code maintenance_work_mem} for the
	 * transactions that raise them ({@link SqlMemory}), in PostgreSQL's own units, so it
	 * is passed on as written
	 */
	public record Sql(@DefaultValue("256MB") @Pattern(regexp = "[1-9][0-9]*\\s*(B|kB|MB|GB|TB)?",
			message = "must be a PostgreSQL memory amount such as 256MB or 1GB") String workMem) {
	}

}
