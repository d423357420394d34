package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pilotage.shared.Problem;

import tools.jackson.databind.json.JsonMapper;

/** Reading import files: what a spreadsheet or a script writes becomes rows of text with their line numbers. */
class ReadingImportFilesTest {

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String code(Runnable reading) {
		try {
			reading.run();
		}
		catch (Problem problem) {
			return problem.code();
		}
		throw new AssertionError("no problem");
	}

	@Test
	void aFrenchSpreadsheetsSemicolonsByteOrderMarkAndQuotedNewlinesAreRead() {
		String csv = "\uFEFFType;Title;Description;externalKey\r\n"
				+ "TICKET;\"Imprimante; 3e étage\";\"Ligne 1\r\nligne 2 avec \"\"guillemets\"\"\";HELP-1\r\n"
				+ "\r\n"
				+ "TICKET;Écran noir;;HELP-2\r\n";
		List<WorkImportRows.Row> rows = WorkImportRows.csv(utf8(csv));

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("title")).isEqualTo("Imprimante; 3e étage");
		assertThat(rows.get(0).get("description")).isEqualTo("Ligne 1\r\nligne 2 avec \"guillemets\"");
		assertThat(rows.get(0).get("type")).isEqualTo("TICKET");
		assertThat(rows.get(0).line()).isEqualTo(2);
		assertThat(rows.get(1).number()).isEqualTo(2);
		assertThat(rows.get(1).line()).isEqualTo(5);
		assertThat(rows.get(1).get("description")).isNull();
		assertThat(rows.get(1).get("externalKey")).isEqualTo("HELP-2");
	}

	@Test
	void theSeparatorIsTheHeadersCommaUnlessItHasMoreSemicolons() {
		assertThat(WorkImportRows.separator("type,title\nTICKET,a;b;c")).isEqualTo(',');
		assertThat(WorkImportRows.separator("type;title;\"a,b,c\"\n")).isEqualTo(';');
		assertThat(WorkImportRows.csv(utf8("type,title\nTICKET,\"a;b;c\"\n")).get(0).get("title")).isEqualTo("a;b;c");
	}

	@Test
	void anUnknownColumnIsNamedAndAMissingRequiredOneRefused() {
		Problem unknown = (Problem) catchProblem(() -> WorkImportRows.csv(utf8("type,title,priority,Summary\nTICKET,a,P1,x\n")));
		assertThat(unknown.code()).isEqualTo("unknown-column");
		assertThat(unknown.fieldErrors()).extracting(Problem.FieldError::field).containsExactly("priority", "Summary");
		assertThat(code(() -> WorkImportRows.csv(utf8("type,description\nTICKET,a\n")))).isEqualTo("missing-column");
	}

	@Test
	void filesThatCannotBeReadAreRefusedWhole() {
		assertThat(code(() -> WorkImportRows.csv(utf8("type,title\n")))).isEqualTo("empty-import");
		assertThat(code(() -> WorkImportRows.csv(new byte[] { 't', 'y', 'p', 'e', ',', 't', (byte) 0xE9, '\n' })))
			.isEqualTo("not-utf8");
		assertThat(code(() -> WorkImportRows.csv(utf8("type,title\nTICKET,\"unclosed\n")))).isEqualTo("malformed-csv");
		assertThat(code(() -> WorkImportRows.json(utf8("[{"), JsonMapper.builder().build()))).isEqualTo("malformed-json");
		assertThat(code(() -> WorkImportRows.json(utf8("{\"rows\":[]}"), JsonMapper.builder().build())))
			.isEqualTo("unknown-field");
		StringBuilder many = new StringBuilder("type,title\n");
		for (int i = 0; i <= WorkImportRows.MAX_ROWS; i++) {
			many.append("TICKET,t").append(i).append('\n');
		}
		assertThat(code(() -> WorkImportRows.csv(utf8(many.toString())))).isEqualTo("too-many-rows");
	}

	@Test
	void jsonRowsKeepTheirOwnErrorsForTheReport() {
		List<WorkImportRows.Row> rows = WorkImportRows.json(utf8("""
				{"items":[{"type":"TICKET","title":"ok","impact":null},
				          {"type":"TICKET","title":{"text":"x"},"priority":"P1"},
				          "not an object"]}"""), JsonMapper.builder().build());
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).errors()).isEmpty();
		assertThat(rows.get(0).values()).doesNotContainKey("impact");
		assertThat(rows.get(1).errors()).extracting(Problem.FieldError::field).containsExactly("title", "priority");
		assertThat(rows.get(2).errors()).extracting(Problem.FieldError::code).containsExactly("not-an-object");
		assertThat(rows.get(2).line()).isNull();
	}

	@Test
	void aCsvRowWithMoreValuesThanColumnsIsABadRow() {
		List<WorkImportRows.Row> rows = WorkImportRows.csv(utf8("type,title,\nTICKET,a,ignored\nTICKET,b,c,d\n"));
		assertThat(rows.get(0).errors()).isEmpty();
		assertThat(rows.get(1).errors()).extracting(Problem.FieldError::code).containsExactly("too-many-values");
	}

	private static Throwable catchProblem(Runnable reading) {
		assertThatThrownBy(reading::run).isInstanceOf(Problem.class);
		try {
			reading.run();
		}
		catch (Problem problem) {
			return problem;
		}
		throw new AssertionError();
	}
}
