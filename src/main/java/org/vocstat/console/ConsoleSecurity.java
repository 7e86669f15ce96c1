package org.vocstat.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Who may see and do what in the console: every page after a form sign-in (CSRF tokens on
 * every form, Spring Security's default), statisticians' actions (explain, accept,
 * publish) only for statisticians and operators, operators' actions (restart, rerun,
 * prune) only for operators. Only when the application runs as a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleSecurity {

	@Bean
	SecurityFilterChain consoleFilterChain(HttpSecurity http, ConsoleUsers users, UserDetailsService userDetails)
			throws Exception {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
		dao.setPasswordEncoder(users.encoder());
		http.authenticationProvider(new ThrottledAuthentication(dao, new LoginThrottle()))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/denied", "/console/**", "/webjars/**", "/favicon.ico")
				.permitAll()
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/runs/**")
				.hasRole(ConsoleRole.operator.name())
				// A prune's dry run takes the load lock too: operators only, as the
				// prune.
				.requestMatchers("/batches/prune")
				.hasRole(ConsoleRole.operator.name())
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/review/**", "/editions/**")
				.hasRole(ConsoleRole.statistician.name())
				.anyRequest()
				.authenticated())
			.exceptionHandling(denied -> denied.accessDeniedHandler(deniedPage()))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

	/** A forbidden action or a missing CSRF token: the console's 403 page. */
	private static AccessDeniedHandlerImpl deniedPage() {
		AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
		handler.setErrorPage("/denied");
		return handler;
	}

	/** The users table as Spring Security reads it (and no generated default user). */
	@Bean
	UserDetailsService consoleUserDetails(ConsoleUsers users) {
		return username -> users.find(username)
			.map(user -> User.withUsername(user.username())
				.password(user.passwordHash())
				.authorities(user.role().authorities().toArray(String[]::new))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
