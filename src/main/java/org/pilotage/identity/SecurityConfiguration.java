package org.pilotage.identity;

import java.util.Locale;

import org.pilotage.shared.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the API ({@code /api/**}) is stateless and authenticated by personal tokens, so it
 * needs no CSRF protection; the pages use a form login with a session, CSRF tokens, session fixation
 * protection and a strict Content-Security-Policy (scripts and styles only from this origin).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI sets inline styles; it is the only page allowed them. */
	static final String DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	/** Bcrypt by default, with the algorithm id stored beside each hash so that it can be upgraded later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, Problems problems) throws Exception {
		return http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll()
				.requestMatchers("/api/v1/public/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/reference/**").permitAll()
				.requestMatchers("/api/v1/estimates", "/api/v1/estimates/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/business-time/add", "/api/v1/business-time/between").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/holidays").permitAll()
				.requestMatchers("/api/v1/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.PLATFORM_ADMIN.name())
				.anyRequest().authenticated())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, failure) -> {
					response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
					problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
							"Send a personal API token as 'Authorization: Bearer <token>'"));
				})
				.accessDeniedHandler((request, response, failure) -> problems.write(request, response,
						Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to do this"))))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.build();
	}

	/** The OpenAPI document and Swagger UI are public; Swagger UI needs inline styles. */
	@Bean
	@Order(2)
	SecurityFilterChain docs(HttpSecurity http) throws Exception {
		return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CONTENT_SECURITY_POLICY)))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, Users users, LocaleResolver locales) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error", "/error/**",
						"/estimate", "/estimate/**", "/satisfaction/*")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.requestMatchers("/admin/**").hasRole(Role.PLATFORM_ADMIN.name())
				.requestMatchers("/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.PLATFORM_ADMIN.name())
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(preferredLanguage(users, locales))
				.failureHandler(loginFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.csrf(Customizer.withDefaults())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
			.build();
	}

	/** After sign-in, the user's chosen language (if any) replaces the browser's. */
	private static AuthenticationSuccessHandler preferredLanguage(Users users, LocaleResolver locales) {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof PilotagePrincipal principal) {
				users.findById(principal.id())
					.map(UserAccount::locale)
					.ifPresent(locale -> locales.setLocale(request, response, Locale.forLanguageTag(locale)));
			}
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, failure) -> response.sendRedirect(request.getContextPath()
				+ (failure instanceof LockedException ? "/login?locked" : "/login?error"));
	}
}
