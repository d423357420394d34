package org.pilotage.engagement;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.support.Api;

/** A {@code multipart/form-data} upload of one file, as a browser or curl {@code -F} sends it. */
final class Uploads {

	private Uploads() {
	}

	static Api.Response send(Api api, String token, UUID engagement, String fileName, @Nullable String contentType,
			byte[] content) {
		String boundary = "----pilotage" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return api.call("POST", "/api/v1/engagements/" + engagement + "/documents")
			.token(token)
			.bytes("multipart/form-data; boundary=" + boundary, body.toByteArray())
			.send();
	}
}
