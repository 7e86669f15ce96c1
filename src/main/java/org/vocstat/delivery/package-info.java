/**
 * An export batch as delivered: its folder, its {@code batch.json} manifest, the digest that identifies it, and the
 * registry of batches and files in the database. Depends on nothing else in vocstat.
 */
package org.vocstat.delivery;
