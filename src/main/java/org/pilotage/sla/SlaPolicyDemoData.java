package org.pilotage.sla;

import java.util.List;

import org.pilotage.engagement.EngagementView;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.shared.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's SLA policies: the defaults on the helpdesk (in the Antananarivo desk's hours) and on the mission (in
 * Paris office hours), written after the engagements and the calendars and before the demo's work, so the demo's
 * items are measured from their creation.
 */
@Component
@Order(35)
class SlaPolicyDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SlaPolicyDemoData.class);

	private static final List<String> TITLES = List.of("Acme IT helpdesk, levels 1 and 2",
			"Kubernetes migration of the order platform");

	private final SlaPolicies policies;
	private final Engagements engagements;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final boolean demo;

	SlaPolicyDemoData(SlaPolicies policies, Engagements engagements, JdbcClient jdbc, TransactionTemplate transactions,
			@Value("${pilotage.demo}") boolean demo) {
		this.policies = policies;
		this.engagements = engagements;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || jdbc.sql("SELECT COUNT(*) FROM sla_policies").query(Long.class).single() > 0) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> load());
		}
		catch (DataIntegrityViolationException concurrentStart) {
			log.info("The SLA demo data was loaded by another instance");
		}
	}

	private void load() {
		Caller platform = Caller.platform();
		for (EngagementView engagement : engagements.list(platform, null, null, new Paging(0, Paging.MAX_SIZE)).items()) {
			if (TITLES.contains(engagement.title())) {
				// the helpdesk counts in the Antananarivo desk's hours, the mission in Paris office hours
				String calendar = engagement.title().equals(TITLES.get(0)) ? SlaDemoData.ANTANANARIVO : SlaDemoData.PARIS;
				String calendarId = jdbc.sql("SELECT id FROM sla_calendars WHERE name = ?")
					.param(calendar)
					.query(String.class)
					.optional()
					.orElse(null);
				policies.write(platform, engagement.id(), null,
						new SlaPolicies.Request(calendarId, 75, null, "The contract's service levels"));
			}
		}
	}
}
