package org.vocstat.console;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The console's sections as every page's navigation shows them, Chinese first with the
 * English in the tooltip. A new section (review findings, batches and editions) is one
 * more line here and a controller under its path.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class ConsoleNavigation {

	/** A section: its path, its name and its English name. */
	record Section(String path, String nameZh, String nameEn) {
	}

	static final List<Section> SECTIONS = List.of(new Section("/", "报告", "Report"),
			new Section("/review", "审核", "Review findings"), new Section("/runs", "运行", "Runs and quarantine"),
			new Section("/batches", "批次", "Batches and disk use"),
			new Section("/editions", "版本", "Published editions"));

	@ModelAttribute("sections")
	List<Section> sections() {
		return SECTIONS;
	}

	/** The signed-in user's role (their highest authority), in Chinese. */
	@ModelAttribute("roleZh")
	String roleZh(Principal user) {
		ConsoleRole role = role(user);
		return role == null ? null : switch (role) {
			case auditor -> "审计";
			case statistician -> "统计";
			case operator -> "运维";
		};
	}

	@ModelAttribute("roleEn")
	String roleEn(Principal user) {
		ConsoleRole role = role(user);
		return role == null ? null : role.name();
	}

	private static ConsoleRole role(Principal user) {
		if (!(user instanceof Authentication authentication)) {
			return null;
		}
		ConsoleRole highest = null;
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (ConsoleRole role : ConsoleRole.values()) {
				if (authority.getAuthority().equals("ROLE_" + role.name())
						&& (highest == null || role.compareTo(highest) > 0)) {
					highest = role;
				}
			}
		}
		return highest;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
