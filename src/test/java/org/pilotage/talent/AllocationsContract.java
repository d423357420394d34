package org.pilotage.talent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotage.shared.Problem;
import org.pilotage.support.Demo;
import org.pilotage.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Booking people's time, on each database: no day of an allocation may take more than the person's
 * availability leaves, boundary days included, and two concurrent bookings cannot both pass.
 */
abstract class AllocationsContract extends IntegrationTest {

	private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

	@Autowired
	Allocations allocations;

	@Autowired
	TransactionTemplate transactions;

	private String manager;

	private UUID person;

	private String name;

	/** A fresh person, 100 % available in January 2027 and 50 % in February. */
	@BeforeEach
	void availablePerson() {
		manager = tokenFor(Demo.PROVIDER_MANAGER);
		name = "Booked " + UUID.randomUUID().toString().substring(0, 8);
		person = TalentRows.create(api, manager,
				TalentRows.profile(name, "Africa/Casablanca", "300", "EUR", TalentRows.tag(), ""),
				TalentRows.period("2027-01-01", "2027-01-31", 100) + ","
						+ TalentRows.period("2027-02-01", "2027-02-28", 50));
	}

	@Test
	void aSecondBookingBeyondWhatIsFreeIsRefusedNamingTheFirstShortDay() {
		allocations.allocate(UUID.randomUUID(), person, MONDAY, MONDAY.plusDays(4), 60);

		assertThatThrownBy(() -> allocations.allocate(UUID.randomUUID(), person, MONDAY.minusDays(2),
				MONDAY.plusDays(4), 60))
			.isInstanceOfSatisfying(Problem.class, problem -> {
				assertThat(problem.status().value()).isEqualTo(409);
				assertThat(problem.code()).isEqualTo("over-allocated");
				assertThat(problem.getMessage()).isEqualTo(name + " is 40 % free on 2027-01-04; 60 % requested");
			});
		assertThat(bookedOn(MONDAY)).isEqualTo(60);
	}

	@Test
	void exactlyWhatIsLeftFitsOnTheBoundaryDaysAndNotOnePercentMore() {
		allocations.allocate(UUID.randomUUID(), person, MONDAY, MONDAY.plusDays(4), 60);

		allocations.allocate(UUID.randomUUID(), person, MONDAY.plusDays(4), MONDAY.plusDays(4), 40);
		allocations.allocate(UUID.randomUUID(), person, MONDAY.plusDays(5), MONDAY.plusDays(5), 100);
		assertThatThrownBy(() -> allocations.allocate(UUID.randomUUID(), person, MONDAY.plusDays(4),
				MONDAY.plusDays(4), 1))
			.hasMessage(name + " is 0 % free on 2027-01-08; 1 % requested");
		assertThatThrownBy(() -> allocations.allocate(UUID.randomUUID(), person, LocalDate.of(2027, 1, 31),
				LocalDate.of(2027, 2, 1), 60))
			.hasMessage(name + " is 50 % free on 2027-02-01; 60 % requested");
		allocations.allocate(UUID.randomUUID(), person, LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 1), 50);
	}

	@Test
	void aDayWithoutAvailabilityOffersNothing() {
		assertThatThrownBy(() -> allocations.allocate(UUID.randomUUID(), person, LocalDate.of(2027, 2, 27),
				LocalDate.of(2027, 3, 2), 10))
			.hasMessage(name + " is 0 % free on 2027-03-01; 10 % requested");
		assertThatThrownBy(() -> allocations.allocate(UUID.randomUUID(), person, LocalDate.of(2026, 12, 31),
				LocalDate.of(2027, 1, 1), 10))
			.hasMessage(name + " is 0 % free on 2026-12-31; 10 % requested");
	}

	@Test
	void releasingGivesTheTimeBackAndChangingExcludesItself() {
		UUID first = UUID.randomUUID();
		allocations.allocate(first, person, MONDAY, MONDAY.plusDays(4), 60);
		UUID second = UUID.randomUUID();
		allocations.allocate(second, person, MONDAY, MONDAY.plusDays(4), 40);

		allocations.change(first, MONDAY, MONDAY.plusDays(9), 60);
		assertThatThrownBy(() -> allocations.change(first, MONDAY, MONDAY.plusDays(4), 61))
			.hasMessage(name + " is 60 % free on 2027-01-04; 61 % requested");

		allocations.release(second);
		allocations.change(first, MONDAY, MONDAY.plusDays(4), 100);
		assertThat(bookedOn(MONDAY)).isEqualTo(100);
		allocations.release(first);
		allocations.release(first);
		assertThat(bookedOn(MONDAY)).isZero();
	}

	@Test
	void unknownPeopleAndAllocationsAre422() {
		assertThatThrownBy(() -> allocations.allocate(UUID.randomUUID(), UUID.randomUUID(), MONDAY, MONDAY, 10))
			.isInstanceOfSatisfying(Problem.class, problem -> {
				assertThat(problem.status().value()).isEqualTo(422);
				assertThat(problem.code()).isEqualTo("unknown-person");
			});
		assertThatThrownBy(() -> allocations.change(UUID.randomUUID(), MONDAY, MONDAY, 10))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.status().value()).isEqualTo(422));
		assertThatThrownBy(() -> allocations.allocate(UUID.randomUUID(), person, MONDAY, MONDAY.minusDays(1), 10))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.fieldErrors()).extracting("field")
				.containsExactly("to"));
	}

	@Test
	void availabilityCannotBeCutBelowWhatIsBooked() {
		allocations.allocate(UUID.randomUUID(), person, MONDAY, MONDAY.plusDays(4), 60);
		String etag = api.get("/api/v1/people/" + person + "/availability", manager).header("ETag").orElseThrow();

		var cut = api.call("PUT", "/api/v1/people/" + person + "/availability").token(manager).header("If-Match", etag)
			.json("{\"periods\":[" + TalentRows.period("2027-01-01", "2027-01-31", 50) + "]}").send();

		assertThat(cut.status()).isEqualTo(409);
		assertThat(cut.body().get("code").asString()).isEqualTo("over-allocated");
		assertThat(cut.body().get("detail").asString()).contains("2027-01-04");
		var read = api.get("/api/v1/people/" + person + "/availability", manager).body();
		assertThat(read.get("periods").get(0).get("allocationPercent").asInt()).isEqualTo(100);
		assertThat(read.get("allocations").get(0).get("allocationPercent").asInt()).isEqualTo(60);
	}

	@Test
	void ofTwoConcurrentBookingsOfSixtyPercentExactlyOnePasses() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(threads.submit(() -> {
					start.await();
					try {
						transactions.executeWithoutResult(status -> {
							allocations.allocate(UUID.randomUUID(), person, MONDAY, MONDAY.plusDays(4), 60);
							// Holds the lock a while, so that without it both checks would see an empty calendar.
							sleep(300);
						});
						return true;
					}
					catch (Problem refused) {
						assertThat(refused.code()).isEqualTo("over-allocated");
						return false;
					}
				}));
			}
			start.countDown();
			int passed = 0;
			for (Future<Boolean> result : results) {
				passed += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(passed).isEqualTo(1);
			assertThat(bookedOn(MONDAY)).isEqualTo(60);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private int bookedOn(LocalDate day) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(allocation_percent), 0) FROM talent_allocations
				 WHERE person_id = :person AND from_date <= :day AND to_date >= :day""")
			.param("person", person)
			.param("day", day)
			.query(Integer.class)
			.single();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
