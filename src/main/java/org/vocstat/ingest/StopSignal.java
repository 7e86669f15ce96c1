package org.vocstat.ingest;

/**
 * Whether the process has been asked to stop; ingest steps then end at their next chunk
 * boundary.
 */
public interface StopSignal {

	boolean requested();

}
