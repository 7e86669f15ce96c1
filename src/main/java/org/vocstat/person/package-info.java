/**
 * Resident-ID normalisation and checksum, keyed hashing and masking: the only code that sees raw personal data.
 * Depends on nothing else in vocstat; everything that touches a 身份证件号 or a name goes through here.
 */
package org.vocstat.person;
