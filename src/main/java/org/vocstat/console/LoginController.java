package org.vocstat.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in page (Spring Security checks the form it posts) and the forbidden page. */
@Controller
@ConditionalOnWebApplication
class LoginController {

	@GetMapping("/login")
	String login() {
		return "console/login";
	}

	/** Where a forbidden request is forwarded: the 403 page, nothing done. */
	@RequestMapping("/denied")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String denied(Model model) {
		model.addAttribute("status", 403);
		model.addAttribute("sections", ConsoleNavigation.SECTIONS);
		return "error";
	}

}
