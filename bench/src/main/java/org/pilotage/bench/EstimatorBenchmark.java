package org.pilotage.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pilotage.estimation.model.Estimate;
import org.pilotage.estimation.model.Estimator;
import org.pilotage.estimation.model.Parameters;
import org.pilotage.estimation.model.Place;
import org.pilotage.estimation.model.Scenario;
import org.pilotage.estimation.model.TeamRow;
import org.pilotage.estimation.model.WorkingHours;

/**
 * One estimate of a realistic team: 20 rows across the ten locations of the seed data with a client in Paris,
 * 10,000 samples (the default); and the largest request the API accepts, 200 rows and 200,000 samples.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@State(Scope.Benchmark)
public class EstimatorBenchmark {

	static final WorkingHours PARIS = hours("Europe/Paris", 9, 18);

	Parameters parameters;

	Scenario twentyRows;

	Scenario twoHundredRows;

	@Setup
	public void setUp() {
		parameters = new Parameters(0.20, 56, 0.13, 0.25, 3, 0.5, 1, 0.5, 0.10, 0.30, 0.30, 0.10, 1, 1.2, 0.05, 14, 21,
				30, 45, 0.15, 0.5, 1, 0.3, 1.1, 1.35);
		List<TeamRow> team = team();
		List<TeamRow> large = new ArrayList<>();
		for (int copy = 0; copy < 10; copy++) {
			large.addAll(team);
		}
		LocalDate start = LocalDate.of(2026, 9, 1);
		twentyRows = new Scenario(team, 18, start, PARIS, 4, 10_000, 20260901L);
		twoHundredRows = new Scenario(large, 18, start, PARIS, 4, 200_000, 20260901L);
	}

	@Benchmark
	@Warmup(iterations = 3, time = 5)
	@Measurement(iterations = 5, time = 5)
	public Estimate twentyRowsTenThousandSamples() {
		return Estimator.estimate(twentyRows, parameters);
	}

	@Benchmark
	@Warmup(iterations = 3, time = 10)
	@Measurement(iterations = 5, time = 10)
	public Estimate twoHundredRowsTwoHundredThousandSamples() {
		return Estimator.estimate(twoHundredRows, parameters);
	}

	/** Two rows per location, roles and seniorities mixed; salaries are annual gross in EUR. */
	static List<TeamRow> team() {
		Place paris = france(60_000);
		Place lisbon = new Place("PT", 32_500, 0.2375, 3_000, 220, hours("Europe/Lisbon", 9, 18));
		Place warsaw = new Place("PL", 27_500, 0.20, 3_000, 220, hours("Europe/Warsaw", 9, 17));
		Place bucharest = new Place("RO", 40_000, 0.0225, 3_000, 220, hours("Europe/Bucharest", 9, 18));
		Place casablanca = new Place("MA", 18_000, 0.21, 3_000, 220, hours("Africa/Casablanca", 9, 18));
		Place tunis = new Place("TN", 11_000, 0.1657, 3_000, 220, hours("Africa/Tunis", 8, 17));
		Place antananarivo = new Place("MG", 9_000, 0.18, 3_000, 220, hours("Indian/Antananarivo", 8, 17));
		Place portLouis = new Place("MU", 19_000, 0.06, 3_000, 220, hours("Indian/Mauritius", 9, 18));
		Place kolkata = new Place("IN", 13_000, 0.12, 3_000, 220, hours("Asia/Kolkata", 10, 19));
		Place hoChiMinh = new Place("VN", 11_000, 0.215, 3_000, 220, hours("Asia/Ho_Chi_Minh", 8, 17));
		return List.of(row("backend developer", "senior", 3, paris, lisbon, 450),
				row("frontend developer", "confirmed", 2, france(48_000), lisbon, 380),
				row("backend developer", "confirmed", 4, france(48_000), warsaw, 420),
				row("devops engineer", "senior", 1, france(62_000), warsaw, 520),
				row("data engineer", "senior", 2, france(58_000), bucharest, 450),
				row("QA engineer", "confirmed", 2, france(42_000), bucharest, 320),
				row("full-stack developer", "senior", 3, paris, casablanca, 380),
				row("full-stack developer", "junior", 4, france(38_000), casablanca, 220),
				row("mobile developer", "confirmed", 2, france(48_000), tunis, 260),
				row("QA engineer", "junior", 2, france(35_000), tunis, 180),
				row("support engineer", "confirmed", 3, france(40_000), antananarivo, 180),
				row("backend developer", "junior", 2, france(38_000), antananarivo, 160),
				row("full-stack developer", "confirmed", 2, france(48_000), portLouis, 300),
				row("business analyst", "senior", 1, france(55_000), portLouis, 350),
				row("backend developer", "senior", 4, paris, kolkata, 230),
				row("data engineer", "confirmed", 3, france(50_000), kolkata, 200),
				row("frontend developer", "junior", 3, france(36_000), hoChiMinh, 170),
				row("mobile developer", "senior", 2, france(56_000), hoChiMinh, 260),
				row("tech lead", "senior", 1, france(70_000), lisbon, 600),
				row("scrum master", "senior", 1, france(58_000), casablanca, 400));
	}

	static Place france(double salary) {
		return new Place("FR", salary, 0.42, 8_000, 218, PARIS);
	}

	static TeamRow row(String role, String seniority, int count, Place client, Place provider, double dayRate) {
		return new TeamRow(role, seniority, count, client, provider, dayRate);
	}

	static WorkingHours hours(String zone, int from, int to) {
		return new WorkingHours(ZoneId.of(zone), LocalTime.of(from, 0), LocalTime.of(to, 0));
	}
}
