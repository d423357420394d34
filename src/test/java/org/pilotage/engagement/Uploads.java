package org.pilotage.engagement;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.support.Api;
import org.pilotage.support.Files;

/** A {@code multipart/form-data} upload of one engagement document. */
final class Uploads {

	private Uploads() {
	}

	static Api.Response send(Api api, String token, UUID engagement, String fileName, @Nullable String contentType,
			byte[] content) {
		return Files.upload(api, token, "/api/v1/engagements/" + engagement + "/documents", fileName, contentType,
				content, Map.of());
	}
}
