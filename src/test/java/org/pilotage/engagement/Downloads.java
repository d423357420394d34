package org.pilotage.engagement;

import java.net.http.HttpResponse;

import org.pilotage.support.Api;
import org.pilotage.support.Files;

/** An engagement document's download as bytes. */
final class Downloads {

	private Downloads() {
	}

	static HttpResponse<byte[]> get(Api api, String token, java.util.UUID engagement, String document) {
		return Files.download(api, token, "/api/v1/engagements/" + engagement + "/documents/" + document);
	}
}
