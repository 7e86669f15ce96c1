package org.vocstat.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A region, period, figure, run or page that does not exist: a 404 page in the console's
 * style naming what was asked for.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

	NotFound(String message) {
		super(message);
	}

}
