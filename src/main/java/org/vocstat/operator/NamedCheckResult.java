package org.vocstat.operator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vocstat.indicator.CheckResult;
import org.vocstat.indicator.Scope;
import org.vocstat.indicator.ScopeNames;

/**
 * A published figure's check as {@code check-published} prints it: the check's columns
 * unchanged, then the name of its scope (a 区划 from the reference, a school from the
 * figure's batch), as {@code indicators} prints it.
 */
record NamedCheckResult(String indicator, String scope, String period, String published, String recomputed,
		String verdict, String difference, Long batch, String explanation, String scopeName) {

	/** Each result with its scope's name; the schools of each batch are read once. */
	static List<NamedCheckResult> of(List<CheckResult> results, ScopeNames names) {
		Map<Long, ScopeNames.Namer> namers = new HashMap<>();
		return results.stream().map(result -> {
			ScopeNames.Namer namer = result.batch() == null ? names.ofRegions()
					: namers.computeIfAbsent(result.batch(), names::of);
			return new NamedCheckResult(result.indicator(), result.scope(), result.period(), result.published(),
					result.recomputed(), result.verdict(), result.difference(), result.batch(), result.explanation(),
					name(namer, result.scope()));
		}).toList();
	}

	private static String name(ScopeNames.Namer namer, String scope) {
		try {
			return namer.name(Scope.parse(scope));
		}
		catch (IllegalArgumentException ex) {
			// A scope the file gives in no known form is explained in the check's own
			// columns.
			return "";
		}
	}

}
