package org.vocstat.console;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a sign-in against the users table through Spring Security's provider, after the
 * {@link LoginThrottle}'s delay; any failure is the same "bad credentials", so nothing
 * tells whether the name or the password was wrong.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

	private final AuthenticationProvider checked;

	private final LoginThrottle throttle;

	ThrottledAuthentication(AuthenticationProvider checked, LoginThrottle throttle) {
		this.checked = checked;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		throttle.await(username);
		try {
			Authentication result = checked.authenticate(authentication);
			throttle.succeeded(username);
			return result;
		}
		catch (AuthenticationException ex) {
			throttle.failed(username);
			throw new BadCredentialsException("bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
