package org.pilotage.work;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pilotage.work.WorkViews.WorkItemView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A work list as CSV for a spreadsheet: RFC 4180 (comma, CRLF, a field quoted when it holds a comma, a quote or a
 * line break, quotes doubled), UTF-8 with a byte order mark so that Excel reads accents right, and every cell that
 * starts with = + - @ (or a tab or carriage return) prefixed with a single quote, so that a spreadsheet never runs
 * a title as a formula. The assignee and requester are the reader's: pseudonyms where the engagement hides people.
 * At most {@value WorkSearch#EXPORT_MAX} rows; a longer list is cut, and the answer says so in its headers
 * {@code X-Total-Count} (every matching item) and {@code X-Export-Truncated: true}.
 */
final class WorkCsv {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
	static final List<String> HEADER = List.of("engagement", "key", "type", "ticketType", "title", "status", "turn",
			"priority", "impact", "urgency", "assignee", "requester", "dueDate", "createdAt", "updatedAt", "comments");

	private WorkCsv() {
	}

	static ResponseEntity<byte[]> answer(WorkSearch.Export export, String fileName) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.header("X-Total-Count", Long.toString(export.total()));
		if (export.truncated()) {
			answer.header("X-Export-Truncated", "true");
		}
		return answer.body(write(export));
	}

	static byte[] write(WorkSearch.Export export) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, HEADER);
		for (WorkItemView item : export.items()) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(export.engagementTitles().get(item.engagementId()));
			cells.add(item.key());
			cells.add(item.type());
			cells.add(item.ticketType());
			cells.add(item.title());
			cells.add(item.status());
			cells.add(item.turn());
			cells.add(item.priority());
			cells.add(item.impact());
			cells.add(item.urgency());
			cells.add(item.assignee() == null ? null : item.assignee().shownAs());
			cells.add(item.requester());
			cells.add(item.dueDate());
			cells.add(item.createdAt());
			cells.add(item.updatedAt());
			cells.add(item.comments());
			line(csv, cells);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<? extends @Nullable Object> cells) {
		for (int n = 0; n < cells.size(); n++) {
			if (n > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(n)));
		}
		csv.append("\r\n");
	}

	/** One field: guarded against formulas, then quoted when RFC 4180 asks for it. */
	static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
