/**
 * The PostgreSQL vocstat runs on: the server named by {@code spring.datasource.url}, or
 * else an embedded PostgreSQL 17 that vocstat starts in its home, closed to other users
 * and shared by the home's processes (docs/embedded-database.md); and what the modules'
 * tables share on it: a partition per batch ({@code
 * BatchPartitions}), SQL templates that take code-made table names only, working memory
 * and statistics. Uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.vocstat.database;

import org.springframework.modulith.ApplicationModule;
