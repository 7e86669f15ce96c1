/**
 * Step audit and row conservation: what every step read, loaded, quarantined and warned about, and the check that
 * nothing was dropped. Depends on nothing else in vocstat.
 */
package org.vocstat.audit;
