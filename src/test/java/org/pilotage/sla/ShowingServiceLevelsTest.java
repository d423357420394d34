package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pilotage.engagement.Audience;
import org.pilotage.shared.Problem;
import org.pilotage.sla.SlaViews.CycleView;
import org.pilotage.sla.SlaViews.ItemClocksView;
import org.pilotage.sla.SlaViews.MetricView;
import org.pilotage.sla.SlaViews.PolicyRef;
import org.pilotage.work.ItemDeadlines;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What the views show of clocks, without the application: who sees which agreement's metrics, lengths of time in
 * words in both languages, and the list's parameters checked together.
 */
class ShowingServiceLevelsTest {

	private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/sla");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	@Test
	void theClientsSideSeesTheSlaAFreelancerTheOlaAndTheProviderBoth() {
		CycleView cycle = new CycleView(1, ClockLedger.Phase.RUNNING, null, NOW, null, 3_600L, 600, 0, 3_000L, null,
				NOW.plusSeconds(3_000), false, false, false);
		ItemClocksView clocks = new ItemClocksView(UUID.randomUUID(), new PolicyRef(1, null, 75),
				List.of(new MetricView(Metric.RESOLUTION, Agreement.SLA, List.of(cycle)),
						new MetricView(Metric.RESOLUTION, Agreement.OLA, List.of(cycle))),
				NOW);

		assertThat(SlaViews.visibleTo(Audience.CLIENT, clocks).metrics()).extracting(MetricView::agreement)
			.containsExactly(Agreement.SLA);
		assertThat(SlaViews.visibleTo(Audience.FREELANCER, clocks).metrics()).extracting(MetricView::agreement)
			.containsExactly(Agreement.OLA);
		assertThat(SlaViews.visibleTo(Audience.PROVIDER, clocks).metrics()).hasSize(2);
		assertThat(EngagementSla.agreementOf("OLA_RESOLUTION")).isEqualTo(Agreement.OLA);
		assertThat(EngagementSla.metricOf("OLA_RESOLUTION")).isEqualTo(Metric.RESOLUTION);
		assertThat(EngagementSla.agreementOf("FIRST_RESPONSE")).isEqualTo(Agreement.SLA);
	}

	@Test
	void lengthsOfTimeReadInHoursAndMinutesAndTheListsInDaysToo() {
		assertThat(ItemDeadlines.duration(8_100, false, MESSAGES, Locale.ENGLISH)).isEqualTo("2 h 15 min");
		assertThat(ItemDeadlines.duration(144_000, false, MESSAGES, Locale.ENGLISH)).isEqualTo("40 h");
		assertThat(ItemDeadlines.duration(144_000, true, MESSAGES, Locale.FRENCH)).isEqualTo("1 j 16 h");
		assertThat(ItemDeadlines.duration(172_800, true, MESSAGES, Locale.ENGLISH)).isEqualTo("2 d");
		assertThat(ItemDeadlines.duration(-2_700, false, MESSAGES, Locale.ENGLISH)).isEqualTo("-45 min");
		assertThat(ItemDeadlines.duration(42, false, MESSAGES, Locale.FRENCH)).isEqualTo("42 s");

		ItemDeadlines.Due soon = new ItemDeadlines.Due(NOW.plusSeconds(12_000), true, false);
		assertThat(soon.text(NOW, MESSAGES, Locale.ENGLISH)).isEqualTo("in 3 h 20 min");
		assertThat(soon.text(NOW, MESSAGES, Locale.FRENCH)).isEqualTo("dans 3 h 20 min");
		assertThat(soon.state()).isEqualTo("AT_RISK");
		ItemDeadlines.Due late = new ItemDeadlines.Due(NOW.minusSeconds(2_400), false, true);
		assertThat(late.text(NOW, MESSAGES, Locale.ENGLISH)).isEqualTo("breached 40 min ago");
		assertThat(late.text(NOW, MESSAGES, Locale.FRENCH)).isEqualTo("dépassé depuis 40 min");
		assertThat(late.state()).isEqualTo("BREACHED");
	}

	@Test
	void everyBadParameterOfTheListIsNamedAtOnceAndTheDefaultsAreAllSoonestFirst() {
		assertThatThrownBy(() -> EngagementSla.parse(new EngagementSla.Request("LATE", "due", "-1", "500")))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.fieldErrors())
				.extracting(Problem.FieldError::field)
				.containsExactly("state", "sort", "page", "size"));
		EngagementSla.Query defaults = EngagementSla.parse(new EngagementSla.Request(null, null, null, " "));
		assertThat(defaults.state()).isNull();
		assertThat(defaults.ascending()).isTrue();
		assertThat(defaults.paging().size()).isEqualTo(20);
		EngagementSla.Query breached = EngagementSla.parse(new EngagementSla.Request("breached", "-timeToBreach", "2",
				"5"));
		assertThat(breached.state()).isEqualTo(EngagementSla.State.BREACHED);
		assertThat(breached.ascending()).isFalse();
		assertThat(breached.paging().offset()).isEqualTo(10);
	}
}
