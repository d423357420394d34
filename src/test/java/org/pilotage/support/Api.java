package org.pilotage.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API tests: real requests, JSON answers, no mocks. */
public final class Api {

	private final String base;
	private final JsonMapper json;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	public Api(String base, JsonMapper json) {
		this.base = base;
		this.json = json;
	}

	public String base() {
		return base;
	}

	public Call call(String method, String path) {
		return new Call(method, path);
	}

	public Response get(String path, @Nullable String token) {
		return call("GET", path).token(token).send();
	}

	public Response post(String path, @Nullable String token, String body) {
		return call("POST", path).token(token).json(body).send();
	}

	public String tokenFor(String email, String password) {
		Response response = post("/api/v1/tokens", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"test\"}");
		if (response.status() != 201) {
			throw new IllegalStateException("could not get a token for " + email + ": " + response);
		}
		return response.body().get("token").asString();
	}

	public final class Call {

		private final String method;
		private final String path;
		private final Map<String, String> headers = new LinkedHashMap<>();
		private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

		Call(String method, String path) {
			this.method = method;
			this.path = path;
		}

		public Call token(@Nullable String token) {
			if (token != null) {
				headers.put("Authorization", "Bearer " + token);
			}
			return this;
		}

		public Call header(String name, String value) {
			headers.put(name, value);
			return this;
		}

		public Call json(String text) {
			headers.put("Content-Type", "application/json");
			body = HttpRequest.BodyPublishers.ofString(text);
			return this;
		}

		public Call bytes(String contentType, byte[] bytes) {
			headers.put("Content-Type", contentType);
			body = HttpRequest.BodyPublishers.ofByteArray(bytes);
			return this;
		}

		public Response send() {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(30))
				.method(method, body);
			headers.forEach(request::header);
			try {
				HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				return new Response(response.statusCode(), response.headers().map(), response.body(), json);
			}
			catch (IOException | InterruptedException e) {
				throw new IllegalStateException(method + " " + path + " failed", e);
			}
		}
	}

	public record Response(int status, Map<String, java.util.List<String>> headers, String text, JsonMapper json) {

		public JsonNode body() {
			return json.readTree(text);
		}

		public Optional<String> header(String name) {
			return headers.entrySet().stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.flatMap(e -> e.getValue().stream())
				.findFirst();
		}

		public String contentType() {
			return header("Content-Type").orElse("");
		}

		public boolean isProblem() {
			return contentType().startsWith("application/problem+json");
		}

		@Override
		public String toString() {
			return status + " " + text;
		}
	}
}
