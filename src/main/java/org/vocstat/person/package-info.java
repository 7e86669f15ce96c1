/**
 * Resident-ID normalisation and checksum, keyed hashing (with its key and the warehouse's
 * key check) and masking: the only code that sees raw personal data. Uses no other
 * module.
 */
@ApplicationModule(allowedDependencies = {})
package org.vocstat.person;

import org.springframework.modulith.ApplicationModule;
