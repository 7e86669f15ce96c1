package org.vocstat.operator;

import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A {@code vocstat.*} setting that could not be bound or broke its bound, as the one line
 * an operator needs: the key, what it must be and the value given
 * ({@code vocstat.ingest.lanes must be 1 or 2 (0: one per core, at most 2), not 3}).
 * Spring's own message spans many lines of codes and arguments.
 */
final class SettingProblem {

	private SettingProblem() {
	}

	/** The line for the first binding failure in {@code ex}'s causes, if there is one. */
	static Optional<String> describe(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException bind) {
				return Optional.of(describe(bind));
			}
		}
		return Optional.empty();
	}

	private static String describe(BindException bind) {
		if (bind.getCause() instanceof BindValidationException invalid) {
			ValidationErrors errors = invalid.getValidationErrors();
			return errors.getAllErrors()
				.stream()
				.map(error -> describe(errors.getName().toString(), error))
				.collect(Collectors.joining("; "));
		}
		Object value = bind.getProperty() != null ? bind.getProperty().getValue() : null;
		Class<?> type = bind.getTarget().getType().resolve(Object.class);
		return bind.getName() + " must be " + article(type) + ", not " + value;
	}

	private static String describe(String prefix, ObjectError error) {
		if (!(error instanceof FieldError field)) {
			return prefix + " " + error.getDefaultMessage();
		}
		String line = prefix + "." + kebab(field.getField()) + " " + field.getDefaultMessage();
		return field.getRejectedValue() == null ? line : line + ", not " + field.getRejectedValue();
	}

	/** {@code indicators.parallelism} and {@code sql.workMem} as written in a key. */
	private static String kebab(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

	private static String article(Class<?> type) {
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		return "a " + type.getSimpleName();
	}

}
