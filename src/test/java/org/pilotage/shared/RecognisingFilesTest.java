package org.pilotage.shared;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file is taken only when its name, its declared type and its first bytes agree on a kind the caller accepts. */
class RecognisingFilesTest {

	/** What an engagement takes. */
	static final java.util.Set<FileType> DOCUMENTS = java.util.EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG,
			FileType.DOCX, FileType.XLSX, FileType.TEXT, FileType.CSV);

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };
	static final byte[] DOCX = zip("word/document.xml");
	static final byte[] XLSX = zip("xl/workbook.xml");
	static final byte[] CSV = "role;rate\nDeveloper;650\n".getBytes(StandardCharsets.UTF_8);
	static final byte[] TEXT = "Procès-verbal de réception\r\n\tsigné".getBytes(StandardCharsets.UTF_8);

	@Test
	void eachAcceptedTypeIsRecognisedFromItsNameTypeAndBytes() {
		assertThat(FileType.of("contract.pdf", "application/pdf", PDF, DOCUMENTS)).isEqualTo(FileType.PDF);
		assertThat(FileType.of("scan.PNG", "image/png", PNG, DOCUMENTS)).isEqualTo(FileType.PNG);
		assertThat(FileType.of("photo.jpeg", "image/jpeg", JPEG, DOCUMENTS)).isEqualTo(FileType.JPEG);
		assertThat(FileType.of("annex.docx", FileType.DOCX.contentType(), DOCX, DOCUMENTS)).isEqualTo(FileType.DOCX);
		assertThat(FileType.of("rates.xlsx", FileType.XLSX.contentType(), XLSX, DOCUMENTS)).isEqualTo(FileType.XLSX);
		assertThat(FileType.of("rates.csv", "text/csv; charset=utf-8", CSV, DOCUMENTS)).isEqualTo(FileType.CSV);
		assertThat(FileType.of("minutes.txt", "text/plain", TEXT, DOCUMENTS)).isEqualTo(FileType.TEXT);
	}

	@Test
	void gifPowerPointJsonAndLogsAreRecognisedWhereAccepted() {
		java.util.Set<FileType> all = java.util.EnumSet.allOf(FileType.class);
		byte[] gif = "GIF89a\u0001\u0000".getBytes(StandardCharsets.US_ASCII);
		byte[] json = " {\"a\": 1}".getBytes(StandardCharsets.UTF_8);

		assertThat(FileType.of("anim.gif", "image/gif", gif, all)).isEqualTo(FileType.GIF);
		assertThat(FileType.of("deck.pptx", FileType.PPTX.contentType(), zip("ppt/presentation.xml"), all))
			.isEqualTo(FileType.PPTX);
		assertThat(FileType.of("data.json", "application/json", json, all)).isEqualTo(FileType.JSON);
		assertThat(FileType.of("server.log", "text/plain", TEXT, all)).isEqualTo(FileType.TEXT);
		assertMismatchIn(all, "data.json", "application/json", TEXT);
		assertMismatchIn(all, "deck.pptx", FileType.PPTX.contentType(), DOCX);
		assertThatThrownBy(() -> FileType.of("anim.gif", "image/gif", gif, DOCUMENTS))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.code()).isEqualTo("unsupported-document-type"));
	}

	@Test
	void aGenericOrMissingDeclaredTypeDefersToTheName() {
		assertThat(FileType.of("contract.pdf", "application/octet-stream", PDF, DOCUMENTS)).isEqualTo(FileType.PDF);
		assertThat(FileType.of("rates.csv", null, CSV, DOCUMENTS)).isEqualTo(FileType.CSV);
	}

	@Test
	void aNameWithoutExtensionTakesTheDeclaredType() {
		assertThat(FileType.of("contract", "application/pdf", PDF, DOCUMENTS)).isEqualTo(FileType.PDF);
	}

	@Test
	void contentThatIsNotWhatItClaimsIsRefused() {
		assertMismatch("contract.pdf", "application/pdf", PNG);
		assertMismatch("contract.pdf", "application/pdf", TEXT);
		assertMismatch("notes.txt", "text/plain", PDF);
		assertMismatch("annex.docx", FileType.DOCX.contentType(), XLSX);
		assertMismatch("photo.png", "image/png", JPEG);
		assertMismatch("contract.pdf", "image/png", PNG);
		assertMismatch("data.csv", "text/csv", new byte[] { 'a', 0, 'b' });
		assertMismatch("data.csv", "text/csv", new byte[] { 'a', (byte) 0xC3, 0x28 });
	}

	@ParameterizedTest
	@CsvSource({ "setup.exe, application/x-msdownload", "page.html, text/html", "setup.exe, ''", "archive, ''" })
	void otherTypesAreRefused(String name, String type) {
		assertThatThrownBy(() -> FileType.of(name, type, PDF, DOCUMENTS)).isInstanceOfSatisfying(Problem.class, problem -> {
			assertThat(problem.status().value()).isEqualTo(415);
			assertThat(problem.code()).isEqualTo("unsupported-document-type");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"contract.pdf                     | contract.pdf",
			"../../etc/passwd.pdf             | passwd.pdf",
			"C:\\Users\\me\\Offer.PDF         | Offer.pdf",
			"  .hidden.pdf                    | hidden.pdf",
			"in\u202Ecod.exe.pdf              | incod.exe.pdf",
			"a<b>c:d\"ef?g*h\u0007.pdf        | abcdefgh.pdf",
			"contract                         | contract.pdf",
			".pdf                             | pdf.pdf",
			"'...'                            | document.pdf",
			"'   '                            | document.pdf" })
	void namesAreMadeSafe(String original, String safe) {
		assertThat(FileType.PDF.safeName(original)).isEqualTo(safe);
	}

	@Test
	void longNamesKeepTheirExtension() {
		String name = FileType.PDF.safeName("x".repeat(500) + ".pdf");

		assertThat(name).hasSize(FileType.MAX_NAME).endsWith("x.pdf");
	}

	private static void assertMismatch(String name, String type, byte[] content) {
		assertMismatchIn(DOCUMENTS, name, type, content);
	}

	private static void assertMismatchIn(java.util.Set<FileType> accepted, String name, String type, byte[] content) {
		assertThatThrownBy(() -> FileType.of(name, type, content, accepted)).isInstanceOfSatisfying(Problem.class, problem -> {
			assertThat(problem.status().value()).isEqualTo(415);
			assertThat(problem.code()).isEqualTo("document-type-mismatch");
		});
	}

	private static byte[] zip(String entry) {
		var bytes = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException impossible) {
			throw new IllegalStateException(impossible);
		}
		return bytes.toByteArray();
	}
}
