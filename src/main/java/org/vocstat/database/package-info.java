/**
 * The PostgreSQL vocstat runs on: the server named by {@code spring.datasource.url}, or else an embedded PostgreSQL 17
 * that vocstat starts in its home, closed to other users and shared by the home's processes
 * (docs/embedded-database.md). Uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.vocstat.database;

import org.springframework.modulith.ApplicationModule;
