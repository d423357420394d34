package org.pilotage.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The kinds of file the platform takes (engagement documents, work item attachments), recognised by their first
 * bytes rather than by what the sender claims: a file is taken only when its name's extension, its declared
 * content type and its content agree, and its kind is one the caller accepts. Plain Java, tested without Spring.
 */
public enum FileType {

	PDF("application/pdf", Family.PDF, "pdf"),
	PNG("image/png", Family.PNG, "png"),
	JPEG("image/jpeg", Family.JPEG, "jpg", "jpeg"),
	GIF("image/gif", Family.GIF, "gif"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Family.ZIP, "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Family.ZIP, "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Family.ZIP, "pptx"),
	TEXT("text/plain", Family.TEXT, "txt", "log"),
	CSV("text/csv", Family.TEXT, "csv"),
	JSON("application/json", Family.TEXT, "json");

	/** At most 10 MiB a file, as the multipart limit of the web layer allows. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	public static final int MAX_NAME = 200;

	/** What the first bytes say a file is. */
	public enum Family {
		PDF, PNG, JPEG, GIF, ZIP, TEXT, UNKNOWN
	}

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] GIF87_MAGIC = "GIF87a".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] GIF89_MAGIC = "GIF89a".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] ZIP_MAGIC = { 'P', 'K', 0x03, 0x04 };

	private final String contentType;
	private final Family family;
	private final String[] extensions;

	FileType(String contentType, Family family, String... extensions) {
		this.contentType = contentType;
		this.family = family;
		this.extensions = extensions;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extensions[0];
	}

	/**
	 * The type of a file, when its name, declared content type and bytes agree on one of {@code accepted}.
	 * A missing or generic declared type ({@code application/octet-stream}) defers to the name.
	 * @throws Problem 415 {@code unsupported-document-type} for a kind not accepted, {@code document-type-mismatch}
	 * when name, declared type and content disagree
	 */
	public static FileType of(@Nullable String fileName, @Nullable String declaredContentType, byte[] content,
			Set<FileType> accepted) {
		Optional<FileType> byName = byExtension(fileName, accepted);
		String declared = declaredContentType == null ? "" : declaredContentType.split(";", 2)[0].strip()
			.toLowerCase(Locale.ROOT);
		boolean generic = declared.isEmpty() || declared.equals("application/octet-stream");
		Optional<FileType> byDeclared = generic ? Optional.empty()
				: accepted.stream().filter(t -> t.contentType.equals(declared)).sorted().findFirst();
		if (!generic && byDeclared.isEmpty()) {
			throw unsupported(accepted);
		}
		FileType claimed = byDeclared.or(() -> byName).orElseThrow(() -> unsupported(accepted));
		if (byName.isPresent() && byName.get() != claimed) {
			throw mismatch("The file name's extension does not match its declared type " + claimed.contentType);
		}
		if (family(content) != claimed.family || !claimed.holds(content)) {
			throw mismatch("The file's content is not " + claimed.contentType + " as its name or type claims");
		}
		return claimed;
	}

	/** What the first bytes say; text is UTF-8 without control characters other than tabs and line breaks. */
	public static Family family(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Family.PDF;
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Family.PNG;
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Family.JPEG;
		}
		if (startsWith(content, GIF87_MAGIC) || startsWith(content, GIF89_MAGIC)) {
			return Family.GIF;
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return Family.ZIP;
		}
		return isText(content) ? Family.TEXT : Family.UNKNOWN;
	}

	/**
	 * A name safe to store and to send back in a header: the last path segment only, without control, bidi or
	 * reserved characters, no leading dots, at most {@value #MAX_NAME} characters, ending in the type's
	 * extension.
	 */
	public String safeName(@Nullable String original) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && "<>:\"|?*".indexOf(c) < 0
					&& Character.getType(c) != Character.FORMAT)
			.map(c -> Character.isWhitespace(c) ? ' ' : c)
			.forEach(kept::appendCodePoint);
		name = kept.toString().replaceAll(" +", " ").strip().replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
		String stem = name;
		String extension = extension();
		int dot = name.lastIndexOf('.');
		if (dot > 0 && Arrays.asList(extensions).contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
			stem = name.substring(0, dot).strip();
			extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
		}
		if (stem.isBlank()) {
			stem = "document";
		}
		int room = MAX_NAME - extension.length() - 1;
		if (stem.length() > room) {
			stem = stem.substring(0, Character.isHighSurrogate(stem.charAt(room - 1)) ? room - 1 : room).strip();
		}
		return stem + "." + extension;
	}

	/** The hex SHA-256 of a file's bytes, as stored beside it and shown to whoever may download it. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** The answer to a file past {@link #MAX_BYTES}, whichever layer noticed it first. */
	public static Problem tooLarge() {
		return new Problem(HttpStatus.CONTENT_TOO_LARGE, "document-too-large",
				"A file may have at most " + MAX_BYTES / (1024 * 1024) + " MiB");
	}

	private static Optional<FileType> byExtension(@Nullable String fileName, Set<FileType> accepted) {
		if (fileName == null) {
			return Optional.empty();
		}
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(t -> Arrays.asList(t.extensions).contains(extension))
			.findFirst()
			.map(type -> {
				if (!accepted.contains(type)) {
					throw unsupported(accepted);
				}
				return type;
			});
	}

	/** An Office file is a zip whose entries live under its own folder; JSON text opens an object or an array. */
	private boolean holds(byte[] content) {
		return switch (this) {
			case DOCX -> contains(content, "word/");
			case XLSX -> contains(content, "xl/");
			case PPTX -> contains(content, "ppt/");
			case JSON -> {
				String text = new String(content, StandardCharsets.UTF_8).stripLeading();
				yield text.startsWith("{") || text.startsWith("[");
			}
			default -> true;
		};
	}

	private static boolean contains(byte[] content, String ascii) {
		byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
		outer: for (int i = 0; i <= content.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (content[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean isText(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f');
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
	}

	private static Problem unsupported(Set<FileType> accepted) {
		return new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-document-type", "Attach a "
				+ accepted.stream().sorted().map(t -> t.name()).collect(Collectors.joining(", ")) + " file");
	}

	private static Problem mismatch(String detail) {
		return new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document-type-mismatch", detail);
	}
}
