package org.pilotage.sla;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.sla.SlaViews.CycleView;
import org.pilotage.sla.SlaViews.ItemClocksView;
import org.pilotage.sla.SlaViews.MetricView;
import org.pilotage.work.ItemDeadlines;
import org.pilotage.work.ItemPagePanels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The "Service levels" panel of a work item's page: every metric of the item the viewer may see (through
 * {@link SlaViews#visibleTo}), computed now, with its current cycle's state, remaining, elapsed and paused business
 * time, its due instant in the viewer's zone and its cycle among how many; and the policy version and calendar it is
 * measured against. An item no policy measures, or whose metrics are all hidden from a freelancer, has no panel.
 */
@Component
class SlaItemPanel implements ItemPagePanels {

	static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/**
	 * A line of the panel, its texts ready: the metric's name, its agreement (for the provider's side, else null), its
	 * state (RUNNING, PAUSED, MET, BREACHED) and whether it is at risk, the times, the due instant, the cycle.
	 */
	record Row(String key, String metric, @Nullable String agreement, String state, boolean atRisk, String remaining,
			String elapsed, String paused, String due, int cycle, int cycles) {
	}

	private final SlaClocks clocks;
	private final Engagements engagements;
	private final EngagementSla sla;
	private final MessageSource messages;

	SlaItemPanel(SlaClocks clocks, Engagements engagements, EngagementSla sla, MessageSource messages) {
		this.clocks = clocks;
		this.engagements = engagements;
		this.sla = sla;
		this.messages = messages;
	}

	@Override
	public List<Panel> panels(Caller caller, UUID itemId, Locale locale) {
		Optional<SlaClocks.ItemClocks> live = clocks.live(itemId);
		if (live.isEmpty() || engagements.audience(caller, live.get().engagementId()).isEmpty()) {
			return List.of();
		}
		EngagementAccess access = engagements.access(caller, live.get().engagementId());
		ItemClocksView view = SlaViews.visibleTo(access.audience(), ItemClocksView.of(live.get()));
		if (access.audience() == Audience.FREELANCER && view.metrics().isEmpty()) {
			return List.of();
		}
		ZoneId zone = sla.zoneOf(caller, access);
		List<Row> rows = new ArrayList<>();
		for (MetricView metric : view.metrics()) {
			rows.add(row(metric, access.audience() == Audience.PROVIDER, zone, locale));
		}
		Map<String, Object> model = new HashMap<>();
		model.put("rows", rows);
		model.put("version", view.policy().version());
		model.put("calendar", EngagementSla.calendarLabel(view.policy().calendarId(),
				sla.calendarName(view.policy().calendarId(), access), messages, locale));
		model.put("atRiskPercent", view.policy().atRiskPercent());
		model.put("zone", zone.getId());
		return List.of(new Panel("sla/panel", "panel", model));
	}

	private Row row(MetricView metric, boolean provider, ZoneId zone, Locale locale) {
		CycleView cycle = metric.cycles().get(metric.cycles().size() - 1);
		String state = cycle.breached() ? "BREACHED" : cycle.met() ? "MET" : cycle.phase().name();
		String none = messages.getMessage("sla.view.none", null, locale);
		return new Row(metric.agreement().key(metric.metric()),
				messages.getMessage("sla.view.metric." + metric.metric(), null, locale),
				provider ? metric.agreement().name() : null, state, cycle.atRisk(),
				cycle.remainingSeconds() == null ? none : time(cycle.remainingSeconds(), locale),
				time(cycle.elapsedSeconds(), locale), time(cycle.pausedSeconds(), locale),
				cycle.dueAt() == null ? none : INSTANT.withZone(zone).format(cycle.dueAt()), cycle.number(),
				metric.cycles().size());
	}

	/** Business time, in hours and minutes (its days are not 24 hours). */
	private String time(long seconds, Locale locale) {
		return ItemDeadlines.duration(seconds, false, messages, locale);
	}
}
