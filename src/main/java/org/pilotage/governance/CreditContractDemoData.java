package org.pilotage.governance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.pilotage.engagement.EngagementKind;
import org.pilotage.engagement.EngagementView;
import org.pilotage.engagement.Engagements;
import org.pilotage.governance.CreditContract.ServiceLevel;
import org.pilotage.identity.Caller;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
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
 * The demo's service-credit contract, on the BPO helpdesk: its monthly fee of 18,500.00 EUR (the engagement's), 12 %
 * at risk (a cap of 2,220.00 a month), and three critical levels: SLA compliance (target 95 %, minimum 90 %, half
 * the pool), the business-time mean time to resolve (lower is better: 4 h, at worst 8 h, 30 %) and satisfaction
 * (4.2 out of 5, at worst 3.8, 20 %); the time to acknowledge, the reopen rate and the survey response rate are
 * reported without credit. Written after the engagements and their SLA policies.
 */
@Component
@Order(40)
class CreditContractDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CreditContractDemoData.class);

	static final String HELPDESK = "Acme IT helpdesk, levels 1 and 2";

	static final CreditContract CONTRACT = CreditContract.of("EUR", new BigDecimal("18500.00"), new BigDecimal("12"),
			List.of(new ServiceLevel(Kpi.SLA_COMPLIANCE.code(), CreditContract.Direction.HIGHER_IS_BETTER,
					new BigDecimal("95"), new BigDecimal("90"), new BigDecimal("50")),
					new ServiceLevel(Kpi.MTTR_BUSINESS.code(), CreditContract.Direction.LOWER_IS_BETTER,
							new BigDecimal("14400"), new BigDecimal("28800"), new BigDecimal("30")),
					new ServiceLevel(Kpi.CSAT.code(), CreditContract.Direction.HIGHER_IS_BETTER, new BigDecimal("4.2"),
							new BigDecimal("3.8"), new BigDecimal("20"))),
			List.of(Kpi.MTTA_BUSINESS.code(), Kpi.REOPEN_RATE.code(), Kpi.CSAT_RESPONSE_RATE.code()));

	private final CreditContracts contracts;
	private final Engagements engagements;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final boolean demo;

	CreditContractDemoData(CreditContracts contracts, Engagements engagements, JdbcClient jdbc,
			TransactionTemplate transactions, @Value("${pilotage.demo}") boolean demo) {
		this.contracts = contracts;
		this.engagements = engagements;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || jdbc.sql("SELECT COUNT(*) FROM credit_contracts").query(Long.class).single() > 0) {
			return;
		}
		UUID helpdesk = engagements.list(Caller.platform(), EngagementKind.BPO, null, new Paging(0, Paging.MAX_SIZE))
			.items()
			.stream()
			.filter(engagement -> engagement.title().equals(HELPDESK))
			.map(EngagementView::id)
			.findFirst()
			.orElse(null);
		if (helpdesk == null) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> contracts.record(helpdesk, CONTRACT,
					"The service credits of the helpdesk's contract", null, null, "system"));
			log.info("Service-credit demo data loaded: the helpdesk's contract");
		}
		catch (DataIntegrityViolationException | Problem concurrentStart) {
			log.info("The service-credit demo data was loaded by another instance");
		}
	}
}
