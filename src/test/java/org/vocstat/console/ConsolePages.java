package org.vocstat.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's pages under MockMvc, as the console tests request them: a role's user
 * ({@code auditor1}, …), and every page answered checked for personal data (no raw ID,
 * none of {@code names}).
 */
record ConsolePages(MockMvc mvc, List<String> names) {

	/** Signed in as the first user of {@code role}. */
	static RequestPostProcessor as(ConsoleRole role) {
		return user(role + "1").authorities(role.authorities().stream().map(SimpleGrantedAuthority::new).toList());
	}

	/** The page {@code request} answers, which must answer {@code status}. */
	String page(RequestBuilder request, int status) throws Exception {
		String html = mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		ConsoleWarehouse.assertNoPersonalData(html, names);
		return html;
	}

}
