package org.vocstat.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad requests answered with a page in the console's style and one clear sentence, never
 * a stack trace: what does not exist is a 404, what is malformed a 400.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class ConsoleErrors {

	private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFound ex, Model model) {
		return page(model, HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/** What the indicator module refuses (no such indicator, period or scope). */
	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String refused(IllegalArgumentException ex, Model model) {
		log.debug("console: refused", ex);
		return page(model, HttpStatus.NOT_FOUND, ConsoleWords.say(ex));
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
			BadRequest.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String malformed(Exception ex, Model model) {
		String message = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() + " is not "
				+ mismatch.getRequiredType().getSimpleName() + ": " + mismatch.getValue() : ex.getMessage();
		return page(model, HttpStatus.BAD_REQUEST, message);
	}

	private static String page(Model model, HttpStatus status, String message) {
		model.addAttribute("status", status.value());
		model.addAttribute("message", message);
		model.addAttribute("sections", ConsoleNavigation.SECTIONS);
		return "error";
	}

	/** A request the console cannot answer as asked (a page size beyond the limit). */
	static final class BadRequest extends RuntimeException {

		BadRequest(String message) {
			super(message);
		}

	}

}
