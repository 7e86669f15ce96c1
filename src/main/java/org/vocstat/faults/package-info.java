/**
 * Fault injection from configuration, for restart drills and tests: a named step fails
 * after a number of committed chunks, without editing code (off unless configured). Uses
 * no other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.vocstat.faults;

import org.springframework.modulith.ApplicationModule;
