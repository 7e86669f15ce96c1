/**
 * The tamper-evident audit trail: an append-only log of what was done to the warehouse
 * (loads, restarts, reruns, recoveries, publications, overrides, prunes), by whom and
 * when, each entry hashed with the previous entry's hash so that a rewritten entry breaks
 * the chain. Uses no other module; only its callers depend on it.
 */
@ApplicationModule(allowedDependencies = {})
package org.vocstat.trail;

import org.springframework.modulith.ApplicationModule;
