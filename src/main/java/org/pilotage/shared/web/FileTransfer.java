package org.pilotage.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.pilotage.shared.FileType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** How a stored file goes out and an uploaded one comes in, the same for every module that keeps files. */
public final class FileTransfer {

	private FileTransfer() {
	}

	/**
	 * The file as an attachment, never shown inline, under its stored (sanitised) name in the RFC 6266 form
	 * ({@code filename*=UTF-8''…}), with its stored type and {@code nosniff}, so no browser guesses another type.
	 */
	public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	/** The uploaded bytes; 413 past {@link FileType#MAX_BYTES} before they are read. */
	public static byte[] bytes(MultipartFile file) {
		if (file.getSize() > FileType.MAX_BYTES) {
			throw FileType.tooLarge();
		}
		return read(file);
	}

	/**
	 * The uploaded bytes whatever their size (the request was capped before it was read), for a service that
	 * checks the size itself after telling who may upload at all.
	 */
	public static byte[] read(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
