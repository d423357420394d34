package org.pilotage.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A session on the pages without a browser: real HTTP with the session cookie, and the CSRF token taken
 * from the last page that had one, as a browser submitting that page's form would send it. Redirects are
 * not followed, so a test sees where the server sends it.
 */
public final class WebSession {

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*\\bname=\"_csrf\"[^>]*>");

	private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

	private final String base;

	private final HttpClient http;

	private @Nullable String csrf;

	public WebSession(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Signs in with the login form, then loads the home page for the token of the new session. */
	public static WebSession signIn(String base, String email, String password) {
		WebSession session = new WebSession(base);
		Page login = session.get("/login");
		if (login.status() != 200 || session.csrf == null) {
			throw new IllegalStateException("no login form: " + login);
		}
		Page submitted = session.post("/login", Map.of("username", email, "password", password));
		String location = submitted.location().orElse("");
		if (submitted.status() != 302 || location.contains("/login")) {
			throw new IllegalStateException("could not sign in " + email + ": " + submitted.status() + " " + location);
		}
		// Signing in replaces the session's CSRF token: the forms of the next page carry the new one.
		Page home = session.follow(submitted);
		if (home.status() != 200) {
			throw new IllegalStateException("no home page after signing in " + email + ": " + home);
		}
		return session;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** Posts the form with the CSRF token of the last page, as that page's form would. */
	public Page post(String path, Map<String, String> form) {
		if (csrf == null) {
			throw new IllegalStateException("no CSRF token yet: get a page with a form first");
		}
		Map<String, String> fields = new java.util.LinkedHashMap<>(form);
		fields.put("_csrf", csrf);
		return postWithoutCsrf(path, fields);
	}

	/** Posts a {@code multipart/form-data} form with one file and the CSRF token of the last page, as a browser would. */
	public Page postFile(String path, Map<String, String> form, String fileField, String fileName, byte[] content) {
		if (csrf == null) {
			throw new IllegalStateException("no CSRF token yet: get a page with a form first");
		}
		String boundary = "----pilotage" + java.util.UUID.randomUUID().toString().replace("-", "");
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		Map<String, String> fields = new java.util.LinkedHashMap<>(form);
		fields.put("_csrf", csrf);
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Posts exactly these fields, as a forged cross-site form would. */
	public Page postWithoutCsrf(String path, Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Gets the page a redirect points to. */
	public Page follow(Page redirect) {
		String location = redirect.location()
			.orElseThrow(() -> new IllegalStateException("not a redirect: " + redirect.status()));
		return send(HttpRequest.newBuilder(URI.create(base + "/").resolve(location)).GET());
	}

	public @Nullable String csrf() {
		return csrf;
	}

	private Page send(HttpRequest.Builder request) {
		request.timeout(Duration.ofSeconds(30)).header("Accept", "text/html").header("Accept-Language", "en");
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Page page = new Page(response.statusCode(), response.body(), response.headers().firstValue("Location"));
			csrfOf(page.body()).ifPresent(token -> csrf = token);
			return page;
		}
		catch (IOException e) {
			throw new IllegalStateException(request.build().method() + " " + request.build().uri() + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	private URI uri(String path) {
		return URI.create(base + path);
	}

	private static Optional<String> csrfOf(String html) {
		Matcher input = CSRF_INPUT.matcher(html);
		if (!input.find()) {
			return Optional.empty();
		}
		Matcher value = VALUE.matcher(input.group());
		return value.find() ? Optional.of(value.group(1)) : Optional.empty();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** An answer: its status, its HTML and, for a redirect, where it leads. */
	public record Page(int status, String body, Optional<String> location) {

		/** The redirect's target as a path on this server, e.g. {@code /organizations/...}. */
		public String redirectPath() {
			URI target = URI.create(location.orElseThrow(() -> new IllegalStateException("not a redirect: " + status)));
			return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
		}

		@Override
		public String toString() {
			return status + location.map(l -> " -> " + l).orElse("") + " " + body;
		}
	}
}
