package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.Files;

import tools.jackson.databind.JsonNode;

/**
 * Attachments of work items over the API, on each database: a file comes back byte for byte with its SHA-256 as an
 * attachment; a file too large or not what it claims is refused and leaves nothing behind; an internal attachment
 * never reaches the client's users, neither listed, nor downloaded, nor as an event; a freelancer's upload shows
 * the client its pseudonym; items the caller may not see answer 404.
 */
abstract class WorkAttachmentsContract extends WorkTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	private String ticket(String title) {
		Api.Response created = api.post("/api/v1/engagements/" + helpdesk + "/work-items", token(Demo.CLIENT_MEMBER),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"" + title + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body().get("id").asString();
	}

	private Api.Response attach(String item, String as, String fileName, String type, byte[] content,
			String visibility) {
		return Files.upload(api, token(as), "/api/v1/work-items/" + item + "/attachments", fileName, type, content,
				visibility == null ? Map.of() : Map.of("visibility", visibility));
	}

	private List<String> listed(String item, String as, String field) {
		List<String> values = new ArrayList<>();
		api.get("/api/v1/work-items/" + item + "/attachments", token(as)).body()
			.forEach(a -> values.add(a.get(field).asString()));
		return values;
	}

	private long stored(String item) {
		return jdbc.sql("SELECT COUNT(*) FROM work_attachments WHERE item_id = ?").param(UUID.fromString(item))
			.query(Long.class).single();
	}

	@Test
	void aFileComesBackByteForByteWithItsSha256AsAnAttachment() throws Exception {
		String item = ticket("Screenshot of the error");
		byte[] pdf = new byte[200_000];
		new Random(11).nextBytes(pdf);
		System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);

		Api.Response uploaded = attach(item, Demo.PROVIDER_AGENT, "Procès-verbal.pdf", "application/pdf", pdf, null);

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		JsonNode body = uploaded.body();
		assertThat(body.get("sha256").asString()).isEqualTo(sha256);
		assertThat(body.get("size").asLong()).isEqualTo(pdf.length);
		assertThat(body.get("fileName").asString()).isEqualTo("Procès-verbal.pdf");
		assertThat(body.get("visibility").asString()).isEqualTo("CLIENT");
		assertThat(body.get("uploadedBy").asString()).isEqualTo(Demo.PROVIDER_AGENT);
		String id = body.get("id").asString();

		var download = Files.download(api, token(Demo.CLIENT_MEMBER), "/api/v1/work-items/" + item + "/attachments/" + id);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body())))
			.isEqualTo(sha256);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
				disposition).startsWith("attachment;").contains("filename*=UTF-8''Proc%C3%A8s-verbal.pdf"));
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(listed(item, Demo.CLIENT_MEMBER, "id")).containsExactly(id);
		assertThat(listed(item, Demo.CLIENT_MEMBER, "sha256")).containsExactly(sha256);
		assertThat(kinds(item, Demo.CLIENT_MEMBER)).contains("ATTACHED");
		JsonNode event = lastEvent(item, Demo.CLIENT_MEMBER);
		assertThat(event.get("kind").asString()).isEqualTo("ATTACHED");
		assertThat(event.get("data").get("sha256").asString()).isEqualTo(sha256);
	}

	@Test
	void aFileOfTenMebibytesAndOneByteIs413AndStoresNothing() {
		String item = ticket("Huge log");
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		java.util.Arrays.fill(large, (byte) 'a');

		Api.Response refused = attach(item, Demo.CLIENT_MEMBER, "server.log", "text/plain", large, null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.body().get("code").asString()).isEqualTo("document-too-large");
		assertThat(stored(item)).isZero();
		assertThat(kinds(item, Demo.PROVIDER_MANAGER)).doesNotContain("ATTACHED");
	}

	@Test
	void aPngDeclaredAsPdfOrAnExecutableIs415AndStoresNothing() {
		String item = ticket("Wrong files");

		Api.Response pngAsPdf = attach(item, Demo.CLIENT_MEMBER, "report.pdf", "application/pdf", PNG, null);
		Api.Response executable = attach(item, Demo.CLIENT_MEMBER, "setup.exe", "application/x-msdownload",
				"MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), null);
		Api.Response executableAsText = attach(item, Demo.CLIENT_MEMBER, "setup.txt", "text/plain",
				"MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), null);

		assertThat(pngAsPdf.status()).as(pngAsPdf.toString()).isEqualTo(415);
		assertThat(pngAsPdf.body().get("code").asString()).isEqualTo("document-type-mismatch");
		assertThat(executable.status()).as(executable.toString()).isEqualTo(415);
		assertThat(executable.body().get("code").asString()).isEqualTo("unsupported-document-type");
		assertThat(executableAsText.status()).isEqualTo(415);
		assertThat(stored(item)).isZero();
	}

	@Test
	void anInternalAttachmentNeverReachesTheClient() {
		String item = ticket("Internal analysis");
		String internal = attach(item, Demo.PROVIDER_AGENT, "analysis.txt", "text/plain",
				"root cause: the proxy".getBytes(StandardCharsets.UTF_8), "INTERNAL").body().get("id").asString();
		String shared = attach(item, Demo.PROVIDER_AGENT, "steps.txt", "text/plain",
				"restart the spooler".getBytes(StandardCharsets.UTF_8), "CLIENT").body().get("id").asString();

		assertThat(listed(item, Demo.PROVIDER_MANAGER, "id")).containsExactly(internal, shared);
		for (String client : List.of(Demo.CLIENT_MEMBER, Demo.CLIENT_ADMIN)) {
			assertThat(listed(item, client, "id")).containsExactly(shared);
			assertThat(api.get("/api/v1/work-items/" + item + "/attachments/" + internal, token(client)).status())
				.isEqualTo(404);
			Api.Response events = api.get("/api/v1/work-items/" + item + "/events", token(client));
			assertThat(events.text()).doesNotContain(internal, "analysis.txt", "INTERNAL");
			assertThat(api.call("DELETE", "/api/v1/work-items/" + item + "/attachments/" + internal)
				.token(token(client)).send().status()).isEqualTo(404);
		}
		assertThat(api.get("/api/v1/work-items/" + item + "/events", token(Demo.PROVIDER_MANAGER)).text())
			.contains(internal);

		Api.Response clientInternal = attach(item, Demo.CLIENT_MEMBER, "mine.txt", "text/plain",
				"x".getBytes(StandardCharsets.UTF_8), "INTERNAL");
		assertThat(clientInternal.status()).isEqualTo(403);
	}

	@Test
	void readersMayNotAttachAndAnUploadWithoutAFileIs400() {
		String item = ticket("Who attaches");

		Api.Response auditor = attach(item, Demo.AUDITOR, "a.txt", "text/plain", "a".getBytes(StandardCharsets.UTF_8),
				null);
		Api.Response noFile = api.post("/api/v1/work-items/" + item + "/attachments", token(Demo.CLIENT_MEMBER), "{}");
		Api.Response empty = attach(item, Demo.CLIENT_MEMBER, "a.txt", "text/plain", new byte[0], null);
		Api.Response stale = api.call("POST", "/api/v1/work-items/" + item + "/attachments").token(token(Demo.CLIENT_MEMBER))
			.header("If-Match", "\"999\"").json("{}").send();

		assertThat(auditor.status()).isEqualTo(403);
		assertThat(noFile.status()).isEqualTo(400);
		assertThat(noFile.body().get("errors").toString()).contains("file");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stored(item)).isZero();
	}

	@Test
	void itemsTheCallerMayNotSeeAnswer404AndAttachmentsBelongToTheirItem() {
		String item = ticket("Hidden from the freelancer");
		String other = ticket("Another ticket");
		String id = attach(item, Demo.CLIENT_MEMBER, "a.csv", "text/csv", "a;b\n".getBytes(StandardCharsets.UTF_8), null)
			.body().get("id").asString();

		assertThat(api.get("/api/v1/work-items/" + item + "/attachments", token(Demo.FREELANCER)).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/work-items/" + item + "/attachments/" + id, token(Demo.FREELANCER)).status())
			.isEqualTo(404);
		assertThat(attach(item, Demo.FREELANCER, "b.txt", "text/plain", "b".getBytes(StandardCharsets.UTF_8), null)
			.status()).isEqualTo(404);
		assertThat(api.get("/api/v1/work-items/" + other + "/attachments/" + id, token(Demo.CLIENT_MEMBER)).status())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/work-items/" + UUID.randomUUID() + "/attachments", token(Demo.CLIENT_MEMBER))
			.status()).isEqualTo(404);
	}

	@Test
	void aFreelancersUploadShowsTheClientItsPseudonym() {
		Api.Response task = api.post("/api/v1/engagements/" + mission + "/work-items", token(Demo.PROVIDER_MANAGER),
				"{\"type\":\"DELIVERABLE\",\"title\":\"Helm charts v2\"}");
		String item = task.body().get("id").asString();

		Api.Response uploaded = attach(item, Demo.FREELANCER, "values.json", "application/json",
				"{\"replicas\": 3}".getBytes(StandardCharsets.UTF_8), null);

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(uploaded.body().get("uploadedBy").asString()).isEqualTo(Demo.FREELANCER);
		String seenByClient = listed(item, Demo.CLIENT_ADMIN, "uploadedBy").get(0);
		assertThat(seenByClient).isNotEqualTo(Demo.FREELANCER).doesNotContain("Yasmine", "freelance");
		assertThat(api.get("/api/v1/work-items/" + item + "/events", token(Demo.CLIENT_ADMIN)).text())
			.doesNotContain(Demo.FREELANCER);
	}

	@Test
	void theUploaderOrTheProviderManagerRemovesAnAttachment() {
		String item = ticket("Removals");
		String byClient = attach(item, Demo.CLIENT_MEMBER, "a.txt", "text/plain", "a".getBytes(StandardCharsets.UTF_8),
				null).body().get("id").asString();
		String byAgent = attach(item, Demo.PROVIDER_AGENT, "b.txt", "text/plain", "b".getBytes(StandardCharsets.UTF_8),
				null).body().get("id").asString();
		String path = "/api/v1/work-items/" + item + "/attachments/";

		assertThat(api.call("DELETE", path + byClient).token(token(Demo.CLIENT_ADMIN)).send().status()).isEqualTo(403);
		assertThat(api.call("DELETE", path + byClient).token(token(Demo.PROVIDER_AGENT)).send().status()).isEqualTo(403);
		assertThat(api.call("DELETE", path + byClient).token(token(Demo.CLIENT_MEMBER)).send().status()).isEqualTo(204);
		assertThat(api.call("DELETE", path + byAgent).token(token(Demo.PROVIDER_MANAGER)).send().status()).isEqualTo(204);

		assertThat(stored(item)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM work_attachment_contents WHERE attachment_id IN (?, ?)")
			.params(UUID.fromString(byClient), UUID.fromString(byAgent)).query(Long.class).single()).isZero();
		assertThat(kinds(item, Demo.CLIENT_MEMBER)).containsSubsequence("ATTACHED", "ATTACHED", "DETACHED", "DETACHED");
		assertThat(api.get(path + byAgent, token(Demo.PROVIDER_MANAGER)).status()).isEqualTo(404);
	}

	@Test
	void aClosedEngagementsItemsTakeNoAttachmentAndKeepTheirs() {
		UUID engagement = newBpoEngagement();
		Api.Response created = api.post("/api/v1/engagements/" + engagement + "/work-items", token(Demo.CLIENT_ADMIN),
				"{\"type\":\"TICKET\",\"ticketType\":\"INCIDENT\",\"title\":\"Closing soon\"}");
		String item = created.body().get("id").asString();
		String id = attach(item, Demo.CLIENT_ADMIN, "a.txt", "text/plain", "a".getBytes(StandardCharsets.UTF_8), null)
			.body().get("id").asString();
		String at = "/api/v1/work-items/" + item;
		assertThat(api.post(at + "/transitions", token(Demo.PROVIDER_MANAGER), "{\"status\":\"RESOLVED\"}").status())
			.isEqualTo(200);
		assertThat(api.post(at + "/transitions", token(Demo.CLIENT_ADMIN), "{\"status\":\"CLOSED\"}").status())
			.isEqualTo(200);
		assertThat(api.post("/api/v1/engagements/" + engagement + "/status", token(Demo.CLIENT_ADMIN),
				"{\"status\":\"CLOSED\"}").status()).isEqualTo(200);

		Api.Response late = attach(item, Demo.CLIENT_ADMIN, "b.txt", "text/plain", "b".getBytes(StandardCharsets.UTF_8),
				null);
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.body().get("code").asString()).isEqualTo("engagement-closed");
		assertThat(api.call("DELETE", at + "/attachments/" + id).token(token(Demo.CLIENT_ADMIN)).send().status())
			.isEqualTo(409);
		assertThat(listed(item, Demo.CLIENT_ADMIN, "id")).containsExactly(id);
		assertThat(listed(item, Demo.CLIENT_ADMIN, "mayRemove")).containsExactly("false");
	}

	@Test
	void watchersHearOfAClientVisibleAttachmentOnly() {
		String item = ticket("Notify watchers");
		attach(item, Demo.PROVIDER_AGENT, "internal.txt", "text/plain", "i".getBytes(StandardCharsets.UTF_8), "INTERNAL");
		attach(item, Demo.PROVIDER_AGENT, "shared.txt", "text/plain", "s".getBytes(StandardCharsets.UTF_8), "CLIENT");

		UUID requester = jdbc.sql("SELECT id FROM users WHERE email = ?").param(Demo.CLIENT_MEMBER).query(UUID.class)
			.single();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND kind = 'work.attachment' AND link = ?")
			.params(requester, "/work-items/" + item).query(Long.class).single()).isOne();
	}

	private JsonNode lastEvent(String item, String as) {
		JsonNode events = api.get("/api/v1/work-items/" + item + "/events", token(as)).body();
		return events.get(events.size() - 1);
	}
}
