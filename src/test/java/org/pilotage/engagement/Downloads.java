package org.pilotage.engagement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.pilotage.support.Api;

/** A document download as bytes, which the JSON-minded test client would read as text. */
final class Downloads {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Downloads() {
	}

	static HttpResponse<byte[]> get(Api api, String token, java.util.UUID engagement, String document) {
		HttpRequest request = HttpRequest.newBuilder(
				URI.create(api.base() + "/api/v1/engagements/" + engagement + "/documents/" + document))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
