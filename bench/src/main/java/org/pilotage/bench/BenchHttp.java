package org.pilotage.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** What the load drivers share over HTTP: a client, signing in for a personal API token, a timed request. */
final class BenchHttp {

	/** Every demo user's password, which the generated users share. */
	static final String PASSWORD = "pilotage-demo";

	private BenchHttp() {
	}

	/** A client of HTTP/1.1, as a browser's first connection, one request at a time. */
	static HttpClient client() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
	}

	/** Signs the user in through {@code POST /api/v1/tokens} and answers the personal API token. */
	static String token(HttpClient http, String base, String email) throws IOException, InterruptedException {
		String body = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"benchmark "
				+ Instant.now() + "\"}";
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("Sign-in of " + email + " failed: " + response.statusCode() + " "
					+ response.body());
		}
		return token.group(1);
	}

	/** Nanoseconds from sending the request to having read the whole body; fails on anything but 200. */
	static long timed(HttpClient client, HttpRequest request, String path) {
		long start = System.nanoTime();
		try {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			long elapsed = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
						+ new String(response.body(), StandardCharsets.UTF_8));
			}
			return elapsed;
		}
		catch (IOException e) {
			throw new IllegalStateException(path, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(path, e);
		}
	}

	/** Prints the report, and appends it to the file {@code out} when one is given (its folders made). */
	static void publish(String report, @Nullable String out) throws IOException {
		System.out.print(report);
		if (out != null) {
			Path path = Path.of(out);
			if (path.getParent() != null) {
				Files.createDirectories(path.getParent());
			}
			Files.writeString(path, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
	}
}
