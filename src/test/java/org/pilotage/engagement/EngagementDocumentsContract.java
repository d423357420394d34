package org.pilotage.engagement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents of an engagement over the API, on each database: a file comes back byte for byte under a safe name
 * as an attachment; a file too large, of another type, or whose content is not what it claims is refused and
 * leaves nothing behind.
 */
abstract class EngagementDocumentsContract extends EngagementTest {

	private UUID engagement;

	@BeforeEach
	void anEngagement() {
		engagement = create(subcontracting(acme, atlas));
	}

	@Test
	void aFileComesBackByteForByteAsAnAttachment() throws Exception {
		byte[] pdf = new byte[300_000];
		new Random(7).nextBytes(pdf);
		System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);

		Api.Response uploaded = Uploads.send(api, token(Demo.PROVIDER_MANAGER), engagement, "Offre signée.pdf",
				"application/pdf", pdf);

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		String id = uploaded.body().get("id").asString();
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		assertThat(uploaded.body().get("sha256").asString()).isEqualTo(sha256);
		assertThat(uploaded.body().get("size").asLong()).isEqualTo(pdf.length);
		assertThat(uploaded.body().get("fileName").asString()).isEqualTo("Offre signée.pdf");
		assertThat(uploaded.body().get("uploadedBy").asString()).isEqualTo(Demo.PROVIDER_MANAGER);
		assertThat(audited("engagement.document-added", engagement)).isOne();

		var download = Downloads.get(api, token(Demo.CLIENT_MEMBER), engagement, id);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
				disposition).startsWith("attachment;").contains("filename*=UTF-8''Offre%20sign%C3%A9e.pdf"));
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(texts(api.get("/api/v1/engagements/" + engagement + "/documents", token(Demo.CLIENT_MEMBER)).body(),
				"id")).containsExactly(id);
	}

	@Test
	void aPathOrControlCharactersInTheNameAreDropped() {
		Api.Response uploaded = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "..\\\\..\\\\minutes\u0007.txt",
				"text/plain", "Minutes".getBytes(StandardCharsets.UTF_8));

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(uploaded.body().get("fileName").asString()).isEqualTo("minutes.txt");
	}

	@Test
	void aFileLargerThanTenMebibytesIs413AndStoresNothing() {
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		large[0] = 'a';
		java.util.Arrays.fill(large, (byte) 'a');

		Api.Response refused = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "big.txt", "text/plain", large);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.body().get("code").asString()).isEqualTo("document-too-large");
		assertThat(documents()).isZero();
	}

	@Test
	void anUploadLongerThanTheRequestLimitIsRefusedBeforeItIsRead() {
		byte[] huge = new byte[12 * 1024 * 1024];
		java.util.Arrays.fill(huge, (byte) 'a');

		Api.Response refused = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "huge.txt", "text/plain", huge);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
		assertThat(refused.body().get("code").asString()).isEqualTo("upload-too-large");
		assertThat(documents()).isZero();
	}

	@Test
	void aFileOfExactlyTenMebibytesIsTaken() {
		byte[] limit = new byte[10 * 1024 * 1024];
		java.util.Arrays.fill(limit, (byte) 'a');

		Api.Response uploaded = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "big.txt", "text/plain", limit);

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(documents()).isOne();
	}

	@Test
	void contentThatIsNotWhatItClaimsIs415() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
		byte[] text = "Not a PDF at all".getBytes(StandardCharsets.UTF_8);

		Api.Response pngNamedPdf = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "contract.pdf",
				"application/pdf", png);
		Api.Response textClaimingPdf = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "contract.pdf",
				"application/pdf", text);
		Api.Response pngUnderAnotherName = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "contract.pdf",
				"image/png", png);
		Api.Response executable = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "setup.exe",
				"application/x-msdownload", "MZ".getBytes(StandardCharsets.US_ASCII));

		for (Api.Response refused : java.util.List.of(pngNamedPdf, textClaimingPdf, pngUnderAnotherName)) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
			assertThat(refused.body().get("code").asString()).isEqualTo("document-type-mismatch");
		}
		assertThat(executable.status()).isEqualTo(415);
		assertThat(executable.body().get("code").asString()).isEqualTo("unsupported-document-type");
		assertThat(documents()).isZero();
	}

	@Test
	void anEmptyFileOrNoFileIs400() {
		Api.Response empty = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "empty.txt", "text/plain",
				new byte[0]);
		Api.Response json = api.post("/api/v1/engagements/" + engagement + "/documents", token(Demo.CLIENT_ADMIN), "{}");

		assertThat(empty.status()).isEqualTo(400);
		assertThat(EngagementsApiContract.fieldErrors(empty)).containsExactly("file:required");
		assertThat(json.status()).isEqualTo(415);
		assertThat(json.isProblem()).isTrue();
		assertThat(documents()).isZero();
	}

	@Test
	void aWriterRemovesADocumentAndItIsGone() {
		String id = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "minutes.csv", "text/csv",
				"a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)).body().get("id").asString();
		String path = "/api/v1/engagements/" + engagement + "/documents/" + id;

		Api.Response removed = api.call("DELETE", path).token(token(Demo.PROVIDER_MANAGER)).send();

		assertThat(removed.status()).isEqualTo(204);
		assertThat(api.get(path, token(Demo.CLIENT_ADMIN)).status()).isEqualTo(404);
		assertThat(api.call("DELETE", path).token(token(Demo.CLIENT_ADMIN)).send().status()).isEqualTo(404);
		assertThat(documents()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM engagement_document_contents WHERE document_id = :id")
			.param("id", UUID.fromString(id)).query(Long.class).single()).isZero();
		assertThat(audited("engagement.document-removed", engagement)).isOne();
	}

	@Test
	void aDocumentOfAnotherEngagementIsNotFoundThroughThisOne() {
		UUID other = create(bpo(acme, atlas));
		String id = Uploads.send(api, token(Demo.CLIENT_ADMIN), other, "minutes.txt", "text/plain",
				"x".getBytes(StandardCharsets.UTF_8)).body().get("id").asString();

		assertThat(api.get("/api/v1/engagements/" + engagement + "/documents/" + id, token(Demo.CLIENT_ADMIN)).status())
			.isEqualTo(404);
		assertThat(api.call("DELETE", "/api/v1/engagements/" + engagement + "/documents/" + id)
			.token(token(Demo.CLIENT_ADMIN)).send().status()).isEqualTo(404);
	}

	@Test
	void aClosedEngagementsDocumentsStayAsTheyAre() {
		String id = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "minutes.txt", "text/plain",
				"x".getBytes(StandardCharsets.UTF_8)).body().get("id").asString();
		moveAlong(engagement, "CLOSED");

		Api.Response added = Uploads.send(api, token(Demo.CLIENT_ADMIN), engagement, "late.txt", "text/plain",
				"y".getBytes(StandardCharsets.UTF_8));
		Api.Response removed = api.call("DELETE", "/api/v1/engagements/" + engagement + "/documents/" + id)
			.token(token(Demo.CLIENT_ADMIN)).send();

		assertThat(added.status()).isEqualTo(409);
		assertThat(removed.status()).isEqualTo(409);
		assertThat(removed.body().get("code").asString()).isEqualTo("engagement-closed");
		assertThat(documents()).isOne();
	}

	private long documents() {
		return jdbc.sql("SELECT COUNT(*) FROM engagement_documents WHERE engagement_id = :id").param("id", engagement)
			.query(Long.class).single();
	}
}
