/**
 * The PostgreSQL vocstat runs on: the server named by {@code spring.datasource.url}, or else an embedded
 * PostgreSQL 17 that vocstat starts itself in its home directory, closed to other users and shared by the home's
 * processes (docs/embedded-database.md). Depends on nothing else in vocstat.
 */
package org.vocstat.database;
