/**
 * Row validation: rules with stable codes, field types that normalise or reject a value, and the verdict on a row.
 * Uses {@code person} for identity fields; knows nothing of files, steps or the database.
 */
package org.vocstat.validation;
