package org.vocstat.audit;

/**
 * A file whose rows read do not equal rows loaded plus rows quarantined (or differ from
 * the rows registered for it): a row was lost or doubled somewhere, so the step fails
 * rather than publish from it.
 */
public class ConservationViolation extends RuntimeException {

	public ConservationViolation(String message) {
		super(message);
	}

}
