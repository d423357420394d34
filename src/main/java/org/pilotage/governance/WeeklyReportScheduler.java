package org.pilotage.governance;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.pilotage.engagement.EngagementStatus;
import org.pilotage.engagement.EngagementView;
import org.pilotage.engagement.Engagements;
import org.pilotage.engagement.ProviderEngagementView;
import org.pilotage.identity.Caller;
import org.pilotage.shared.BackgroundLoop;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.work.IsoWeek;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Generates each active engagement's weekly report on Monday at 07:00 in its client's zone, for the week just ended.
 * One thread per instance, driven by the application's clock: it looks at the engagements, generates every report that
 * is due and not yet generated, and sleeps until the next Monday 07:00 of any zone, at most {@code max-sleep} (so that
 * a clock moved by a test, an engagement activated or another instance's work is seen). Each generation claims its
 * (engagement, week) row in the transaction that archives the report and queues its e-mails, so a week is generated
 * once across restarts and across instances on one database. An instance that was down at 07:00 generates the week's
 * report when it comes back; weeks older than the last one are left to "generate now".
 */
@Component
class WeeklyReportScheduler extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(WeeklyReportScheduler.class);

	/** When the week just ended is reported: Monday at this time in the client's zone. */
	static final LocalTime AT = LocalTime.of(7, 0);

	private final WeeklyReports reports;
	private final Engagements engagements;
	private final GovernanceKpis kpis;
	private final Clock clock;

	WeeklyReportScheduler(WeeklyReports reports, Engagements engagements, GovernanceKpis kpis, Clock clock,
			@Value("${pilotage.governance.reports.enabled:true}") boolean enabled,
			@Value("${pilotage.governance.reports.max-sleep:60s}") Duration maxSleep) {
		super("weekly-reports", enabled, maxSleep, "pilotage.governance.reports.max-sleep");
		this.reports = reports;
		this.engagements = engagements;
		this.kpis = kpis;
		this.clock = clock;
	}

	@Override
	protected Duration pass() {
		return generateDue();
	}

	/**
	 * The week whose report is due latest at or before {@code now} in the zone: the week before the last Monday whose
	 * 07:00 has passed.
	 */
	static IsoWeek dueWeek(Instant now, ZoneId zone) {
		LocalDate monday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (now.isBefore(monday.atTime(AT).atZone(zone).toInstant())) {
			monday = monday.minusWeeks(1);
		}
		return new IsoWeek(monday.minusWeeks(1));
	}

	/** The next instant after {@code now} a report falls due in the zone. */
	static Instant nextDue(Instant now, ZoneId zone) {
		return dueWeek(now, zone).monday().plusWeeks(2).atTime(AT).atZone(zone).toInstant();
	}

	/** Generates every report due now and not yet generated; how long to sleep before looking again. */
	Duration generateDue() {
		Instant now = clock.instant();
		Instant next = null;
		boolean failed = false;
		for (EngagementView engagement : active()) {
			ZoneId zone = kpis.zoneOf(engagement.id());
			IsoWeek week = dueWeek(now, zone);
			if (started(engagement, week) && !reports.scheduled(engagement.id(), week)) {
				try {
					reports.generateScheduled(engagement.id(), week, instance());
				}
				catch (RuntimeException failure) {
					log.warn("The weekly report {} of engagement {} could not be generated; trying again in {}", week,
							engagement.id(), retry(), failure);
					failed = true;
				}
			}
			Instant due = nextDue(now, zone);
			next = next == null || due.isBefore(next) ? due : next;
		}
		if (failed) {
			return retry();
		}
		if (next == null) {
			return maxSleep();
		}
		return capped(Duration.between(clock.instant(), next));
	}

	/** An engagement that starts after the week has nothing to report for it. */
	private static boolean started(EngagementView engagement, IsoWeek week) {
		return !(engagement instanceof ProviderEngagementView view) || view.startDate() == null
				|| !view.startDate().isAfter(week.sunday());
	}

	/** The active engagements, read page by page. */
	private List<EngagementView> active() {
		List<EngagementView> active = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<EngagementView> result = engagements.list(Caller.platform(), null, EngagementStatus.ACTIVE,
					new Paging(page, Paging.MAX_SIZE));
			active.addAll(result.items());
			if (result.items().size() < Paging.MAX_SIZE) {
				return active;
			}
		}
	}
}
