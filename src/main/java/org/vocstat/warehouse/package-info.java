/**
 * The warehouse's dimensions beyond the school master: the major catalogue as used for
 * each batch, so that a later catalogue cannot change past figures (the fact views are
 * SQL, db/migration V5). Uses {@code reference} only.
 */
@ApplicationModule(allowedDependencies = { "reference" })
package org.vocstat.warehouse;

import org.springframework.modulith.ApplicationModule;
