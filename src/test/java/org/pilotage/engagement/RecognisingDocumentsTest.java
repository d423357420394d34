package org.pilotage.engagement;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pilotage.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A document is taken only when its name, its declared type and its first bytes agree. */
class RecognisingDocumentsTest {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };
	static final byte[] DOCX = zip("word/document.xml");
	static final byte[] XLSX = zip("xl/workbook.xml");
	static final byte[] CSV = "role;rate\nDeveloper;650\n".getBytes(StandardCharsets.UTF_8);
	static final byte[] TEXT = "Procès-verbal de réception\r\n\tsigné".getBytes(StandardCharsets.UTF_8);

	@Test
	void eachAcceptedTypeIsRecognisedFromItsNameTypeAndBytes() {
		assertThat(DocumentType.of("contract.pdf", "application/pdf", PDF)).isEqualTo(DocumentType.PDF);
		assertThat(DocumentType.of("scan.PNG", "image/png", PNG)).isEqualTo(DocumentType.PNG);
		assertThat(DocumentType.of("photo.jpeg", "image/jpeg", JPEG)).isEqualTo(DocumentType.JPEG);
		assertThat(DocumentType.of("annex.docx", DocumentType.DOCX.contentType(), DOCX)).isEqualTo(DocumentType.DOCX);
		assertThat(DocumentType.of("rates.xlsx", DocumentType.XLSX.contentType(), XLSX)).isEqualTo(DocumentType.XLSX);
		assertThat(DocumentType.of("rates.csv", "text/csv; charset=utf-8", CSV)).isEqualTo(DocumentType.CSV);
		assertThat(DocumentType.of("minutes.txt", "text/plain", TEXT)).isEqualTo(DocumentType.TEXT);
	}

	@Test
	void aGenericOrMissingDeclaredTypeDefersToTheName() {
		assertThat(DocumentType.of("contract.pdf", "application/octet-stream", PDF)).isEqualTo(DocumentType.PDF);
		assertThat(DocumentType.of("rates.csv", null, CSV)).isEqualTo(DocumentType.CSV);
	}

	@Test
	void aNameWithoutExtensionTakesTheDeclaredType() {
		assertThat(DocumentType.of("contract", "application/pdf", PDF)).isEqualTo(DocumentType.PDF);
	}

	@Test
	void contentThatIsNotWhatItClaimsIsRefused() {
		assertMismatch("contract.pdf", "application/pdf", PNG);
		assertMismatch("contract.pdf", "application/pdf", TEXT);
		assertMismatch("notes.txt", "text/plain", PDF);
		assertMismatch("annex.docx", DocumentType.DOCX.contentType(), XLSX);
		assertMismatch("photo.png", "image/png", JPEG);
		assertMismatch("contract.pdf", "image/png", PNG);
		assertMismatch("data.csv", "text/csv", new byte[] { 'a', 0, 'b' });
		assertMismatch("data.csv", "text/csv", new byte[] { 'a', (byte) 0xC3, 0x28 });
	}

	@ParameterizedTest
	@CsvSource({ "setup.exe, application/x-msdownload", "page.html, text/html", "setup.exe, ''", "archive, ''" })
	void otherTypesAreRefused(String name, String type) {
		assertThatThrownBy(() -> DocumentType.of(name, type, PDF)).isInstanceOfSatisfying(Problem.class, problem -> {
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
		assertThat(DocumentType.PDF.safeName(original)).isEqualTo(safe);
	}

	@Test
	void longNamesKeepTheirExtension() {
		String name = DocumentType.PDF.safeName("x".repeat(500) + ".pdf");

		assertThat(name).hasSize(DocumentType.MAX_NAME).endsWith("x.pdf");
	}

	private static void assertMismatch(String name, String type, byte[] content) {
		assertThatThrownBy(() -> DocumentType.of(name, type, content)).isInstanceOfSatisfying(Problem.class, problem -> {
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
