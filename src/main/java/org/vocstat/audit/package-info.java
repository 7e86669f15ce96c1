/**
 * Step audit and row conservation: what every step read, loaded, quarantined and warned
 * about, and the check that nothing was dropped. Uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.vocstat.audit;

import org.springframework.modulith.ApplicationModule;
