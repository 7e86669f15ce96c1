/**
 * The warehouse's dimensions beyond the school master: the major catalogue as used for each batch, so that a later
 * catalogue cannot change past figures. The fact views themselves are SQL (db/migration V5). Uses {@code reference}.
 */
package org.vocstat.warehouse;
