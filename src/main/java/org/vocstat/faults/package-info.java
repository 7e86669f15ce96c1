/**
 * Fault injection from configuration, for restart drills and tests: make a named step fail after a number of
 * committed chunks, without editing code. Off unless configured. Depends on nothing else in vocstat.
 */
package org.vocstat.faults;
