package org.pilotage.estimation.reference;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pilotage.estimation.model.Parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reading and checking CSV files, and the seed files themselves, without Spring. */
class ReferenceCsvTest {

	private static final String FIGURES_HEADER = "kind,role,seniority,location,amount,currency,year,source,confidence,"
			+ "assumption,note\n";

	@Test
	void theSeedIsCompleteAndConsistent() {
		Map<Dataset, List<Row>> seed = ReferenceSeed.rows();

		for (Dataset dataset : Dataset.values()) {
			assertThat(ReferenceRules.consistency(seed, dataset)).as(dataset.id()).isEmpty();
		}
		ReferenceSnapshot snapshot = Edition.snapshot(new ReferenceVersion(1, java.time.Instant.EPOCH, null, "seed"),
				seed);
		assertThat(snapshot.roles()).hasSize(13);
		assertThat(snapshot.seniorities()).extracting(Seniority::code)
			.containsExactly("JUNIOR", "CONFIRMED", "SENIOR", "LEAD");
		assertThat(snapshot.locations()).extracting(Location::code)
			.containsExactly("FR", "PT", "PL", "RO", "MA", "TN", "MG", "MU", "IN", "VN");
		assertThat(snapshot.parameters()).extracting(ParameterValue::key).containsExactlyElementsOf(Parameters.Keys.ALL);
		Parameters.of(snapshot.parameterValues());
	}

	@Test
	void everyLocationHasAStoredSalaryForEverySeniorityAndEveryRoleResolves() {
		Map<Dataset, List<Row>> seed = ReferenceSeed.rows();
		ReferenceSnapshot snapshot = Edition.snapshot(new ReferenceVersion(1, java.time.Instant.EPOCH, null, "seed"),
				seed);

		for (Location location : snapshot.locations()) {
			for (Seniority seniority : snapshot.seniorities()) {
				assertThat(snapshot.figures()).as(location.code() + " " + seniority.code())
					.anyMatch(f -> f.kind() == FigureKind.SALARY && f.location().equals(location.code())
							&& f.seniority().equals(seniority.code()));
				for (Role role : snapshot.roles()) {
					assertThat(snapshot.salary(role.code(), seniority.code(), location.code()).amountEur())
						.isPositive();
				}
			}
		}
		assertThat(snapshot.figures()).filteredOn(f -> f.location().equals("MG"))
			.allMatch(f -> f.assumption() && f.confidence() == Confidence.LOW);
		assertThat(snapshot.dayRate("FULL_STACK", "SENIOR", "MG")).isEmpty();
		assertThat(snapshot.dayRate("FULL_STACK", "SENIOR", "FR")).get()
			.satisfies(rate -> assertThat(rate.derived()).isFalse());
	}

	@Test
	void aGoodFileIsReadInItsColumnsWhateverTheirOrder() {
		List<Row> rows = ReferenceCsv.read(Dataset.SOURCES, "\uFEFFcitation,key\n\"a, b\",S99\n\nsomewhere,S98\n");

		assertThat(rows).extracting(Row::key).containsExactly("S99", "S98");
		assertThat(rows.get(0).get("citation")).isEqualTo("a, b");
		assertThat(rows).extracting(Row::line).containsExactly(2, 4);
	}

	@Test
	void numbersAreStoredInOneCanonicalForm() {
		List<Row> rows = ReferenceCsv.read(Dataset.FIGURES,
				FIGURES_HEADER + "SALARY,FULL_STACK,SENIOR,FR,60000.00,EUR,2024,S22,MEDIUM,FALSE,\n");

		assertThat(rows.get(0).get("amount")).isEqualTo("60000");
		assertThat(rows.get(0).get("assumption")).isEqualTo("false");
		assertThat(rows.get(0).get("note")).isEmpty();
	}

	@Test
	void everyBadCellIsReportedWithItsLineAndColumn() {
		InvalidReferenceData invalid = catchThrowableOfType(InvalidReferenceData.class,
				() -> ReferenceCsv.read(Dataset.FIGURES, FIGURES_HEADER
						+ "SALARY,FULL_STACK,SENIOR,FR,60000,EUR,2024,S22,MEDIUM,false,ok\n"
						+ "SALARY,FULL_STACK,SENIOR,FR,sixty,EUR,2024,S22,MEDIUM,false,bad number\n"
						+ "WAGE,FULL_STACK,SENIOR,fr,-1,EURO,1800,S22,SURE,maybe,many\n"
						+ "SALARY,FULL_STACK,SENIOR,FR,60000\n"));

		assertThat(invalid.issues()).extracting(Issue::field).contains("line 3, column amount", "line 4, column kind",
				"line 4, column location", "line 4, column amount", "line 4, column currency", "line 4, column year",
				"line 4, column confidence", "line 4, column assumption", "line 5, column currency");
		assertThat(invalid.issues()).filteredOn(i -> i.line() == 3).extracting(Issue::code).containsExactly("number");
		assertThat(invalid.fieldErrors()).extracting(e -> e.message())
			.anyMatch(m -> m.startsWith("line 3, column amount: must be a number"));
	}

	@Test
	void aMissingOrUnknownColumnIsReportedOnTheHeaderLine() {
		InvalidReferenceData invalid = catchThrowableOfType(InvalidReferenceData.class,
				() -> ReferenceCsv.read(Dataset.SOURCES, "key,quote\nS1,x\n"));

		assertThat(invalid.issues()).extracting(Issue::field)
			.containsExactlyInAnyOrder("line 1, column quote", "line 1, column citation");
	}

	@Test
	void referencesDuplicatesAndRemovalsAreCheckedAgainstTheOtherDatasets() {
		Map<Dataset, List<Row>> seed = new EnumMap<>(ReferenceSeed.rows());
		List<Row> figures = new ArrayList<>(ReferenceCsv.read(Dataset.FIGURES, FIGURES_HEADER
				+ "SALARY,PLUMBER,SENIOR,FR,60000,EUR,2024,S22,MEDIUM,false,\n"
				+ "SALARY,FULL_STACK,SENIOR,FR,60000,EUR,2024,S99,MEDIUM,false,\n"
				+ "SALARY,FULL_STACK,SENIOR,FR,61000,EUR,2024,S22,MEDIUM,false,\n"
				+ "DAY_RATE,FULL_STACK,SENIOR,FR,600,XAF,2024,S22,MEDIUM,false,\n"));
		seed.put(Dataset.FIGURES, figures);

		List<Issue> issues = ReferenceRules.consistency(seed, Dataset.FIGURES);

		assertThat(issues).extracting(i -> i.field() + " " + i.code()).contains("line 2, column role unknown-role",
				"line 3, column source unknown-source", "line 4, column kind duplicate",
				"line 5, column currency unknown-currency");
		assertThat(issues).extracting(Issue::code).contains("no-salary-figure");

		Map<Dataset, List<Row>> withoutS22 = new EnumMap<>(ReferenceSeed.rows());
		withoutS22.put(Dataset.SOURCES, withoutS22.get(Dataset.SOURCES).stream()
			.filter(r -> !r.key().equals("S22")).toList());
		assertThat(ReferenceRules.consistency(withoutS22, Dataset.SOURCES)).extracting(Issue::code)
			.contains("still-used");
	}

	@Test
	void parametersMustAllBePresentWithinRangeAndInOrder() {
		Map<Dataset, List<Row>> seed = new EnumMap<>(ReferenceSeed.rows());
		List<Issue> issues = new ArrayList<>();
		Row tooHigh = ReferenceRules.row(Dataset.PARAMETERS, 2,
				List.of("recruitment.fee", "1.5", "share", "S36", "false", ""), issues);
		assertThat(tooHigh).isNull();
		assertThat(issues).extracting(Issue::field, Issue::code).containsExactly(
				org.assertj.core.groups.Tuple.tuple("line 2, column value", "out-of-range"));

		List<Row> parameters = new ArrayList<>(seed.get(Dataset.PARAMETERS));
		parameters.removeIf(r -> r.key().equals("fee.platform"));
		parameters.replaceAll(r -> r.key().equals("coordination.factor")
				? new Row(Dataset.PARAMETERS, 7, List.of("coordination.factor", "2", "factor", "S19", "false", ""))
				: r);
		seed.put(Dataset.PARAMETERS, parameters);

		assertThat(ReferenceRules.consistency(seed, Dataset.PARAMETERS)).extracting(Issue::field, Issue::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("parameters", "missing-parameter"),
					org.assertj.core.groups.Tuple.tuple("line 7, column value", "coordination-order"));
	}

	@Test
	void whatIsWrittenReadsBackTheSame() {
		for (Dataset dataset : Dataset.values()) {
			List<Row> rows = ReferenceSeed.rows().get(dataset);

			List<Row> again = ReferenceCsv.read(dataset, ReferenceCsv.write(dataset, rows));

			assertThat(again).extracting(Row::values).as(dataset.id())
				.containsExactlyElementsOf(rows.stream().map(Row::values).toList());
		}
	}
}
