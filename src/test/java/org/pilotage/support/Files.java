package org.pilotage.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Files over HTTP for the API tests: a {@code multipart/form-data} upload of one file (with optional form fields),
 * as a browser or curl {@code -F} sends it, and a download read as bytes, which the JSON-minded {@link Api} would
 * read as text.
 */
public final class Files {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Files() {
	}

	public static Api.Response upload(Api api, String token, String path, String fileName,
			@Nullable String contentType, byte[] content, Map<String, String> fields) {
		String boundary = boundary();
		return api.call("POST", path).token(token).bytes("multipart/form-data; boundary=" + boundary,
				multipart(boundary, fields, fileName, contentType, content)).send();
	}

	public static String boundary() {
		return "----pilotage" + UUID.randomUUID().toString().replace("-", "");
	}

	/** A {@code multipart/form-data} body: the fields, then the file as the part {@code file}. */
	public static byte[] multipart(String boundary, Map<String, String> fields, String fileName,
			@Nullable String contentType, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	public static HttpResponse<byte[]> download(Api api, String token, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path))
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
