/**
 * Row validation: rules with stable codes, field types that normalise or reject a value, and the verdict on a row,
 * knowing nothing of files, steps or the database. Uses {@code person} (identity fields) only.
 */
@ApplicationModule(allowedDependencies = { "person" })
package org.vocstat.validation;

import org.springframework.modulith.ApplicationModule;
