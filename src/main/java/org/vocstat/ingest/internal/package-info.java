/**
 * Reader and writer plumbing shared by every file: byte-exact record reading, COPY
 * encoding, the ingest tasklet.
 */
package org.vocstat.ingest.internal;
