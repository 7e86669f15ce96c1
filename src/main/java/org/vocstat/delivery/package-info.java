/**
 * An export batch as delivered: its folder, its {@code batch.json} manifest, the digest
 * that identifies it, and the registry through which the {@code batch} and
 * {@code source_file} tables are written and read; and
 * {@link org.vocstat.delivery.Reason}, why a batch is refused or waiting (and, for the
 * modules that build on it, why an action was refused) as a key of the one message
 * bundle, so that each reader gets it in their language. Uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.vocstat.delivery;

import org.springframework.modulith.ApplicationModule;
