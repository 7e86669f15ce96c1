/**
 * Row validation: rules with stable codes, field types that normalise or reject a value,
 * and the verdict on a row, knowing nothing of files, steps or the database. Uses
 * {@code person} (identity fields) and {@code reference} (the 区划 levels a code may have).
 */
@ApplicationModule(allowedDependencies = { "person", "reference" })
package org.vocstat.validation;

import org.springframework.modulith.ApplicationModule;
