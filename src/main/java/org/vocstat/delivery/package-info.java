/**
 * An export batch as delivered: its folder, its {@code batch.json} manifest, the digest
 * that identifies it, and the registry through which the {@code batch} and
 * {@code source_file} tables are written and read. Uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.vocstat.delivery;

import org.springframework.modulith.ApplicationModule;
