package org.pilotage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.support.Api;
import org.pilotage.support.Demo;
import org.pilotage.support.WebSession;

import tools.jackson.databind.JsonNode;

/**
 * The knowledge base on each database, over the API and its pages: an article written, edited into a second version
 * with its history kept, a stale edit refused; bad input named field by field and nothing written; the search over
 * titles, texts and tags in any case; links from work items to the articles of their engagement only; who reads and
 * who writes; the audit trail.
 */
abstract class KnowledgeBaseContract extends KnowledgeRiskTest {

	private String path(UUID engagement) {
		return "/api/v1/engagements/" + engagement + "/knowledge";
	}

	private long audited(String action, String target) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = ? AND target_id = ?")
			.params(action, target)
			.query(Long.class)
			.single();
	}

	private Api.Response put(UUID engagement, String article, String as, String ifMatch, String body) {
		Api.Call call = api.call("PUT", path(engagement) + "/" + article).token(token(as)).json(body);
		if (ifMatch != null) {
			call.header("If-Match", ifMatch);
		}
		return call.send();
	}

	@Test
	void anArticleEditedBecomesVersionTwoWithItsHistoryAndAStaleEditIsRefused() {
		UUID engagement = newEngagement("Knowledge versions " + UUID.randomUUID());
		Api.Response created = writeArticle(engagement, Demo.PROVIDER_MANAGER, """
				{"title":"  Reset a VPN token ","body":"1. Open the console\\r\\n2. Reset","kind":"runbook",
				 "tags":["VPN","network","vpn"]}""");

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.body().get("id").asString();
		assertThat(created.header("Location")).contains(path(engagement) + "/" + id);
		assertThat(created.header("ETag")).contains("\"1\"");
		assertThat(created.body().get("title").asString()).isEqualTo("Reset a VPN token");
		assertThat(created.body().get("body").asString()).isEqualTo("1. Open the console\n2. Reset");
		assertThat(created.body().get("kind").asString()).isEqualTo("RUNBOOK");
		assertThat(created.body().get("tags").toString()).isEqualTo("[\"vpn\",\"network\"]");
		assertThat(created.body().get("createdBy").asString()).isEqualTo(Demo.PROVIDER_MANAGER);
		assertThat(created.body().get("editable").asBoolean()).isTrue();

		Api.Response edited = put(engagement, id, Demo.PROVIDER_AGENT, "\"1\"",
				"{\"title\":\"Reset a VPN token\",\"body\":\"1. Open the console\\n2. Reset\\n3. Tell the user\","
						+ "\"kind\":\"RUNBOOK\",\"tags\":[\"vpn\"]}");
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.header("ETag")).contains("\"2\"");
		assertThat(edited.body().get("version").asInt()).isEqualTo(2);
		assertThat(edited.body().get("versions").toString()).isEqualTo("[1,2]");
		assertThat(edited.body().get("updatedBy").asString()).isEqualTo(Demo.PROVIDER_AGENT);
		assertThat(edited.body().get("createdBy").asString()).isEqualTo(Demo.PROVIDER_MANAGER);

		// someone who read version 1 may not write over version 2
		Api.Response stale = put(engagement, id, Demo.CLIENT_ADMIN, "\"1\"",
				"{\"title\":\"Overwritten\",\"body\":\"Lost update\"}");
		assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
		assertThat(stale.isProblem()).isTrue();
		assertThat(stale.body().get("code").asString()).isEqualTo("stale-version");
		assertThat(put(engagement, id, Demo.CLIENT_ADMIN, "\"x\"", "{\"title\":\"T\",\"body\":\"B\"}").status())
			.isEqualTo(412);
		// the same text again writes no version
		Api.Response same = put(engagement, id, Demo.PROVIDER_AGENT, null,
				"{\"title\":\"Reset a VPN token\",\"body\":\"1. Open the console\\n2. Reset\\n3. Tell the user\\n\","
						+ "\"kind\":\"RUNBOOK\",\"tags\":[\"VPN\"]}");
		assertThat(same.status()).isEqualTo(200);
		assertThat(same.body().get("version").asInt()).isEqualTo(2);

		JsonNode read = ok(api.get(path(engagement) + "/" + id, token(Demo.CLIENT_MEMBER)));
		assertThat(read.get("version").asInt()).isEqualTo(2);
		assertThat(read.get("editable").asBoolean()).isFalse();
		assertThat(read.get("body").asString()).endsWith("3. Tell the user");
		JsonNode versions = ok(api.get(path(engagement) + "/" + id + "/versions", token(Demo.AUDITOR)));
		assertThat(versions.findValuesAsString("createdBy")).containsExactly(Demo.PROVIDER_AGENT,
				Demo.PROVIDER_MANAGER);
		assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
		JsonNode first = ok(api.get(path(engagement) + "/" + id + "/versions/1", token(Demo.CLIENT_MEMBER)));
		assertThat(first.get("body").asString()).isEqualTo("1. Open the console\n2. Reset");
		assertThat(first.get("tags").toString()).isEqualTo("[\"vpn\",\"network\"]");
		assertThat(first.get("current").asBoolean()).isFalse();
		assertThat(ok(api.get(path(engagement) + "/" + id + "/versions/2", token(Demo.CLIENT_MEMBER))).get("current")
			.asBoolean()).isTrue();
		assertThat(api.get(path(engagement) + "/" + id + "/versions/3", token(Demo.CLIENT_MEMBER)).status())
			.isEqualTo(404);

		assertThat(audited("knowledge-article.created", id)).isEqualTo(1);
		assertThat(audited("knowledge-article.edited", id)).isEqualTo(1);
	}

	@Test
	void theProvidersSideAndTheClientsAdministratorsWriteEveryoneWhoSeesTheEngagementReads() {
		UUID engagement = newEngagement("Knowledge access " + UUID.randomUUID());
		String article = article(engagement, Demo.CLIENT_ADMIN, "Our network", "ARTICLE", "\"network\"");
		String body = "{\"title\":\"Note\",\"body\":\"Text\"}";

		assertThat(writeArticle(engagement, Demo.PROVIDER_AGENT, body).status()).isEqualTo(201);
		for (String reader : List.of(Demo.CLIENT_MEMBER, Demo.AUDITOR, Demo.ADMIN)) {
			assertThat(api.get(path(engagement), token(reader)).status()).as(reader).isEqualTo(200);
			assertThat(api.get(path(engagement) + "/" + article, token(reader)).status()).as(reader).isEqualTo(200);
			Api.Response refused = writeArticle(engagement, reader, body);
			assertThat(refused.status()).as(reader).isEqualTo(403);
			assertThat(refused.isProblem()).isTrue();
			assertThat(put(engagement, article, reader, null, body).status()).as(reader).isEqualTo(403);
		}
		// a freelancer not staffed on the engagement does not know it exists; nor does anyone an unknown article
		assertThat(api.get(path(engagement), token(Demo.FREELANCER)).status()).isEqualTo(404);
		assertThat(writeArticle(engagement, Demo.FREELANCER, body).status()).isEqualTo(404);
		assertThat(api.get(path(engagement) + "/" + UUID.randomUUID(), token(Demo.CLIENT_MEMBER)).status())
			.isEqualTo(404);
		// an article is read through its own engagement only
		UUID other = newEngagement("Knowledge elsewhere " + UUID.randomUUID());
		assertThat(api.get(path(other) + "/" + article, token(Demo.CLIENT_ADMIN)).status()).isEqualTo(404);

		// once the engagement is closed, its knowledge base is read and no longer written
		assertThat(api.post("/api/v1/engagements/" + engagement + "/status", token(Demo.CLIENT_ADMIN),
				"{\"status\":\"CLOSED\"}").status()).isEqualTo(200);
		Api.Response closed = writeArticle(engagement, Demo.PROVIDER_MANAGER, body);
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.body().get("code").asString()).isEqualTo("engagement-closed");
		assertThat(put(engagement, article, Demo.CLIENT_ADMIN, "\"1\"", body).status()).isEqualTo(409);
		assertThat(ok(api.get(path(engagement) + "/" + article, token(Demo.CLIENT_ADMIN))).get("editable")
			.asBoolean()).isFalse();
	}

	@Test
	void badInputNamesEveryFieldInOneProblemAndWritesNothing() {
		UUID engagement = newEngagement("Knowledge input " + UUID.randomUUID());

		Api.Response bad = writeArticle(engagement, Demo.PROVIDER_MANAGER,
				"{\"title\":\" \",\"body\":\"   \",\"kind\":\"MEMO\",\"tags\":[\"ok\",\"bad tag!\",\"\"]}");
		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(bad.isProblem()).isTrue();
		assertThat(bad.body().get("code").asString()).isEqualTo("invalid-input");
		assertThat(bad.body().get("errors").findValuesAsString("field")).containsExactly("title", "body", "kind",
				"tags[1]", "tags[2]");
		List<String> many = new ArrayList<>();
		for (int n = 0; n < 21; n++) {
			many.add("\"t" + n + "\"");
		}
		Api.Response tooMuch = writeArticle(engagement, Demo.PROVIDER_MANAGER, "{\"title\":\"" + "x".repeat(201)
				+ "\",\"body\":\"" + "y".repeat(50_001) + "\",\"tags\":[" + String.join(",", many) + "]}");
		assertThat(tooMuch.status()).isEqualTo(400);
		assertThat(tooMuch.body().get("errors").findValuesAsString("code")).containsExactly("size", "size",
				"too-many");
		assertThat(writeArticle(engagement, Demo.PROVIDER_MANAGER, "{\"title\":\"T\",\"body\":\"B\",\"tags\":\"x\"}")
			.status()).isEqualTo(400);
		assertThat(ok(api.get(path(engagement), token(Demo.PROVIDER_MANAGER))).get("totalElements").asLong())
			.isZero();

		String article = article(engagement, Demo.PROVIDER_MANAGER, "Kept", "ARTICLE", "");
		Api.Response badEdit = put(engagement, article, Demo.PROVIDER_MANAGER, "\"1\"", "{\"title\":\"\",\"body\":\"B\"}");
		assertThat(badEdit.status()).isEqualTo(400);
		assertThat(badEdit.body().get("errors").findValuesAsString("field")).containsExactly("title");
		assertThat(ok(api.get(path(engagement) + "/" + article, token(Demo.PROVIDER_MANAGER))).get("version").asInt())
			.isEqualTo(1);

		Api.Response badSearch = api.get(path(engagement) + "?q=" + "w".repeat(201) + "&kind=MEMO&tag=a%20b&size=0",
				token(Demo.CLIENT_MEMBER));
		assertThat(badSearch.status()).as(badSearch.toString()).isEqualTo(400);
		assertThat(badSearch.body().get("errors").findValuesAsString("field")).containsExactly("q", "kind", "tag",
				"size");
		assertThat(api.get(path(engagement) + "?page=-1", token(Demo.CLIENT_MEMBER)).status()).isEqualTo(400);
		assertThat(api.get(path(engagement) + "?size=abc", token(Demo.CLIENT_MEMBER)).status()).isEqualTo(400);
	}

	@Test
	void theSearchFindsEveryWordInTheTitleTheTextOrTheTagsInAnyCase() {
		UUID engagement = newEngagement("Knowledge search " + UUID.randomUUID());
		String vpn = article(engagement, Demo.PROVIDER_AGENT, "Reset a VPN token", "RUNBOOK", "\"vpn\",\"security\"");
		Api.Response printer = writeArticle(engagement, Demo.PROVIDER_AGENT, """
				{"title":"Printer fleet","body":"Order toner when a printer is under 50% (Étage 3 first)",
				 "tags":["Hardware"]}""");
		String printers = ok(printer).get("id").asString();
		String backups = article(engagement, Demo.CLIENT_ADMIN, "Backups", "ARTICLE", "\"backup_daily\"");

		assertThat(found(engagement, "q=vpn")).containsExactly(vpn);
		assertThat(found(engagement, "q=TONER")).containsExactly(printers);
		assertThat(found(engagement, "q=%C3%A9TAGE")).containsExactly(printers);
		assertThat(found(engagement, "q=reset%20TOKEN")).containsExactly(vpn);
		assertThat(found(engagement, "q=reset%20printer")).isEmpty();
		assertThat(found(engagement, "q=hardware%20order")).containsExactly(printers);
		// the wildcards of LIKE are plain characters in a search
		assertThat(found(engagement, "q=50%25")).containsExactly(printers);
		assertThat(found(engagement, "q=_")).containsExactly(backups);
		assertThat(found(engagement, "kind=runbook")).containsExactly(vpn);
		assertThat(found(engagement, "tag=HARDWARE")).containsExactly(printers);
		assertThat(found(engagement, "tag=backup")).isEmpty();
		assertThat(found(engagement, "q=how&kind=ARTICLE")).containsExactly(backups);

		// the most recently changed first, paged like every list
		JsonNode first = ok(api.get(path(engagement) + "?size=2", token(Demo.CLIENT_MEMBER)));
		assertThat(first.get("totalElements").asLong()).isEqualTo(3);
		assertThat(first.get("totalPages").asInt()).isEqualTo(2);
		assertThat(first.get("items").findValuesAsString("id")).containsExactly(backups, printers);
		assertThat(first.get("items").get(1).get("excerpt").asString()).startsWith("Order toner");
		assertThat(first.get("items").get(1).has("body")).isFalse();
		JsonNode second = ok(api.get(path(engagement) + "?size=2&page=1", token(Demo.CLIENT_MEMBER)));
		assertThat(second.get("items").findValuesAsString("id")).containsExactly(vpn);
	}

	private List<String> found(UUID engagement, String query) {
		return ok(api.get(path(engagement) + "?" + query, token(Demo.CLIENT_MEMBER))).get("items")
			.findValuesAsString("id");
	}

	@Test
	void aWorkItemLinksToArticlesOfItsOwnEngagementOnce() {
		UUID engagement = newEngagement("Knowledge links " + UUID.randomUUID());
		String runbook = article(engagement, Demo.PROVIDER_AGENT, "Restart the mail relay", "RUNBOOK", "\"mail\"");
		String item = ticket(engagement, Demo.CLIENT_MEMBER, "Mails stuck");
		String links = "/api/v1/work-items/" + item + "/knowledge-links";

		Api.Response linked = link(item, Demo.PROVIDER_AGENT, runbook);
		assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
		assertThat(linked.body().get("title").asString()).isEqualTo("Restart the mail relay");
		assertThat(linked.body().get("kind").asString()).isEqualTo("RUNBOOK");
		Api.Response again = link(item, Demo.CLIENT_ADMIN, runbook);
		assertThat(again.status()).isEqualTo(200);
		JsonNode list = ok(api.get(links, token(Demo.CLIENT_MEMBER)));
		assertThat(list.findValuesAsString("articleId")).containsExactly(runbook);
		assertThat(ok(api.get(path(engagement) + "/" + runbook, token(Demo.CLIENT_MEMBER))).get("linkedItems")
			.toString()).isEqualTo("[\"" + item + "\"]");

		// an article of another engagement is no article of the item's, and a reader links nothing
		UUID other = newEngagement("Knowledge other links " + UUID.randomUUID());
		String foreign = article(other, Demo.PROVIDER_AGENT, "Elsewhere", "ARTICLE", "");
		Api.Response refused = link(item, Demo.PROVIDER_AGENT, foreign);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").findValuesAsString("field")).containsExactly("articleId");
		assertThat(api.post(links, token(Demo.PROVIDER_AGENT), "{}").body().get("errors").get(0).get("code")
			.asString()).isEqualTo("required");
		assertThat(link(item, Demo.PROVIDER_AGENT, "not-an-id").status()).isEqualTo(400);
		assertThat(link(item, Demo.CLIENT_MEMBER, runbook).status()).isEqualTo(403);
		assertThat(link(item, Demo.FREELANCER, runbook).status()).isEqualTo(404);
		assertThat(api.call("DELETE", links + "/" + runbook).token(token(Demo.AUDITOR)).send().status())
			.isEqualTo(403);

		assertThat(api.call("DELETE", links + "/" + runbook).token(token(Demo.PROVIDER_MANAGER)).send().status())
			.isEqualTo(204);
		assertThat(api.call("DELETE", links + "/" + runbook).token(token(Demo.PROVIDER_MANAGER)).send().status())
			.isEqualTo(404);
		assertThat(ok(api.get(links, token(Demo.CLIENT_MEMBER)))).isEmpty();
		assertThat(audited("knowledge-article.linked", runbook)).isEqualTo(1);
		assertThat(audited("knowledge-article.unlinked", runbook)).isEqualTo(1);
	}

	@Test
	void theItemsPanelListsItsArticlesAndLinksAndUnlinksThem() {
		UUID engagement = newEngagement("Knowledge panel " + UUID.randomUUID());
		String runbook = article(engagement, Demo.PROVIDER_AGENT, "Unlock an account", "RUNBOOK", "");
		String item = ticket(engagement, Demo.CLIENT_MEMBER, "Locked out");
		WebSession agent = WebSession.signIn(api.base(), Demo.PROVIDER_AGENT, Demo.PASSWORD);

		String page = agent.get("/work-items/" + item + "?lang=en").body();
		assertThat(page).contains("data-role=\"knowledge-panel\"", "No article or runbook is linked to this item.",
				"data-role=\"knowledge-link-form\"");
		WebSession.Page linked = agent.post("/work-items/" + item + "/knowledge-links", Map.of("articleId", runbook));
		assertThat(linked.redirectPath()).isEqualTo("/work-items/" + item);
		String after = agent.follow(linked).body();
		assertThat(after).contains("The article is linked to this item.", "Unlock an account",
				"href=\"/engagements/" + engagement + "/knowledge/" + runbook + "\"");
		assertThat(ok(api.get("/api/v1/work-items/" + item + "/knowledge-links", token(Demo.CLIENT_MEMBER))))
			.hasSize(1);

		// the client's member reads the link but has no button; in French too
		WebSession member = WebSession.signIn(api.base(), Demo.CLIENT_MEMBER, Demo.PASSWORD);
		String french = member.get("/work-items/" + item + "?lang=fr").body();
		assertThat(french).contains("Connaissances", "Unlock an account", "Procédure")
			.doesNotContain("data-action=\"unlink-article\"", "data-role=\"knowledge-link-form\"");

		WebSession.Page unlinked = agent.post("/work-items/" + item + "/knowledge-links/" + runbook + "/remove",
				Map.of());
		assertThat(agent.follow(unlinked).body()).contains("The article is no longer linked to this item.");
		WebSession.Page missing = agent.post("/work-items/" + item + "/knowledge-links/" + runbook + "/remove",
				Map.of());
		assertThat(agent.follow(missing).body()).contains("data-role=\"knowledge-problem\"");
		assertThat(ok(api.get("/api/v1/work-items/" + item + "/knowledge-links", token(Demo.CLIENT_MEMBER))))
			.isEmpty();
	}

	@Test
	void thePagesListSearchCreateAndEditWithEachMessageNextToItsField() {
		UUID engagement = newEngagement("Knowledge pages " + UUID.randomUUID());
		String list = "/engagements/" + engagement + "/knowledge";
		WebSession manager = WebSession.signIn(api.base(), Demo.PROVIDER_MANAGER, Demo.PASSWORD);

		WebSession.Page empty = manager.get(list + "?lang=en");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("No article yet.", "id=\"article-create\"");
		WebSession.Page refused = manager.post(list, Map.of("title", "", "kind", "RUNBOOK", "tags", "ok, bad!",
				"body", "Steps"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("data-field-error=\"title\"", "data-field-error=\"tags\"", "Steps")
			.doesNotContain("data-field-error=\"body\"");

		WebSession.Page created = manager.post(list, Map.of("title", "Rotate the certificates", "kind", "RUNBOOK",
				"tags", "tls, Certificates", "body", "1. Renew\r\n2. Deploy"));
		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		String articlePath = created.redirectPath();
		assertThat(articlePath).startsWith(list + "/");
		String article = manager.follow(created).body();
		assertThat(article).contains("The article is written: version 1.", "Rotate the certificates",
				"1. Renew\n2. Deploy", "certificates", "id=\"article-edit\"");

		// another edit lands first: the form read at version 1 is refused with 412, what was typed kept
		String id = articlePath.substring(articlePath.lastIndexOf('/') + 1);
		assertThat(put(engagement, id, Demo.PROVIDER_AGENT, "\"1\"", "{\"title\":\"Rotate the certificates\","
				+ "\"body\":\"1. Renew\\n2. Deploy\\n3. Check\",\"kind\":\"RUNBOOK\",\"tags\":[\"tls\"]}").status())
			.isEqualTo(200);
		WebSession.Page stale = manager.post(articlePath, Map.of("version", "1", "title", "Mine", "kind", "ARTICLE",
				"tags", "", "body", "My text"));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body()).contains("data-role=\"form-problem\"", "Someone saved a new version", "My text",
				"name=\"version\" value=\"2\"");
		WebSession.Page saved = manager.post(articlePath, Map.of("version", "2", "title", "Mine", "kind", "ARTICLE",
				"tags", "", "body", "My text"));
		assertThat(saved.status()).isEqualTo(302);
		String current = manager.follow(saved).body();
		assertThat(current).contains("The article is saved as a new version.", "Version 3, the current one");
		assertThat(manager.get(articlePath + "?version=1").body()).contains("Version 1 of 3", "1. Renew\n2. Deploy");

		// the list and its search; a bad search says so with 400
		assertThat(manager.get(list + "?q=MINE").body()).contains("data-role=\"article-link\"", ">Mine<");
		assertThat(manager.get(list + "?q=nothing-like-it").body()).contains("No article matches this search.");
		WebSession.Page badSearch = manager.get(list + "?kind=MEMO");
		assertThat(badSearch.status()).isEqualTo(400);
		assertThat(badSearch.body()).contains("data-field=\"kind\"");

		// a reader reads without a form; in French; a freelancer not staffed does not see the engagement
		WebSession member = WebSession.signIn(api.base(), Demo.CLIENT_MEMBER, Demo.PASSWORD);
		String french = member.get(list + "?lang=fr").body();
		assertThat(french).contains("Base de connaissances", "Mine").doesNotContain("id=\"article-create\"");
		assertThat(member.get(articlePath).body()).doesNotContain("id=\"article-edit\"");
		WebSession freelancer = WebSession.signIn(api.base(), Demo.FREELANCER, Demo.PASSWORD);
		assertThat(freelancer.get(list).status()).isEqualTo(404);
		assertThat(freelancer.get(articlePath).status()).isEqualTo(404);
	}
}
