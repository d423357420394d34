package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.governance.CreditContract.Band;
import org.pilotage.governance.CreditContract.Direction;
import org.pilotage.governance.CreditContract.ServiceLevel;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Service-credit contracts, their versions (a version is never changed once written) and the statements issued for
 * closed months, kept as JSON exactly as they were first produced.
 */
@Repository
class CreditContractStore {

	/** A version of an engagement's contract, who wrote it and when. */
	record Version(UUID engagementId, int version, CreditContract contract, @Nullable String note, Instant writtenAt,
			String writtenBy) {
	}

	/** A statement kept as issued, with the contract version it was computed under. */
	record Issued(CreditStatement statement, int contractVersion, Instant issuedAt) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	CreditContractStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The current version number of the engagement's contract, if it has one. */
	Optional<Integer> currentVersion(UUID engagementId) {
		return jdbc.sql("SELECT current_version FROM credit_contracts WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.query(Integer.class)
			.optional();
	}

	/**
	 * The current version number under a lock held until the transaction ends, so versions are numbered one after
	 * the other; the contract's row is made first (with version 0) if the engagement has none, whoever comes first.
	 */
	int lockCurrentVersion(UUID engagementId, Instant at) {
		jdbc.sql("""
				INSERT INTO credit_contracts (engagement_id, current_version, created_at, updated_at)
				VALUES (:engagement, 0, :at, :at)
				ON CONFLICT DO NOTHING""")
			.param("engagement", engagementId)
			.param("at", Jdbc.utc(at))
			.update();
		return jdbc.sql("SELECT current_version FROM credit_contracts WHERE engagement_id = :engagement FOR UPDATE")
			.param("engagement", engagementId)
			.query(Integer.class)
			.single();
	}

	/** Writes the version, its levels, reported KPIs and bands, and makes it the current one. */
	void insert(Version version, @Nullable UUID writtenBy) {
		CreditContract contract = version.contract();
		UUID engagement = version.engagementId();
		int number = version.version();
		jdbc.sql("""
				INSERT INTO credit_contract_versions (engagement_id, version, currency, monthly_fee, at_risk_share,
				    allocation_total, note, created_at, created_by, created_by_label)
				VALUES (:engagement, :version, :currency, :fee, :share, :total, :note, :at, :by, :label)""")
			.param("engagement", engagement)
			.param("version", number)
			.param("currency", contract.currency())
			.param("fee", contract.monthlyFee())
			.param("share", contract.atRiskShare())
			.param("total", contract.allocationTotal())
			.param("note", version.note())
			.param("at", Jdbc.utc(version.writtenAt()))
			.param("by", writtenBy)
			.param("label", version.writtenBy())
			.update();
		for (int i = 0; i < contract.levels().size(); i++) {
			ServiceLevel level = contract.levels().get(i);
			jdbc.sql("""
					INSERT INTO credit_contract_levels (engagement_id, version, position, kpi, direction, target,
					    minimum, allocation)
					VALUES (:engagement, :version, :position, :kpi, :direction, :target, :minimum, :allocation)""")
				.param("engagement", engagement)
				.param("version", number)
				.param("position", i)
				.param("kpi", level.kpi())
				.param("direction", level.direction().name())
				.param("target", level.target())
				.param("minimum", level.minimum())
				.param("allocation", level.allocation())
				.update();
		}
		for (int i = 0; i < contract.reported().size(); i++) {
			jdbc.sql("""
					INSERT INTO credit_contract_reported (engagement_id, version, position, kpi)
					VALUES (:engagement, :version, :position, :kpi)""")
				.param("engagement", engagement)
				.param("version", number)
				.param("position", i)
				.param("kpi", contract.reported().get(i))
				.update();
		}
		for (int i = 0; i < contract.bands().size(); i++) {
			Band band = contract.bands().get(i);
			jdbc.sql("""
					INSERT INTO credit_contract_bands (engagement_id, version, position, name, up_to, factor)
					VALUES (:engagement, :version, :position, :name, :upTo, :factor)""")
				.param("engagement", engagement)
				.param("version", number)
				.param("position", i)
				.param("name", band.name())
				.param("upTo", band.upTo())
				.param("factor", band.factor())
				.update();
		}
		jdbc.sql("UPDATE credit_contracts SET current_version = :version, updated_at = :at WHERE engagement_id = :engagement")
			.param("version", number)
			.param("at", Jdbc.utc(version.writtenAt()))
			.param("engagement", engagement)
			.update();
	}

	/** A version as it was written; figures read back without the trailing zeros of their columns. */
	Version version(UUID engagementId, int version) {
		List<ServiceLevel> levels = jdbc.sql("""
				SELECT kpi, direction, target, minimum, allocation FROM credit_contract_levels
				WHERE engagement_id = :engagement AND version = :version ORDER BY position""")
			.param("engagement", engagementId)
			.param("version", version)
			.query((rs, n) -> new ServiceLevel(rs.getString("kpi"), Direction.valueOf(rs.getString("direction")),
					plain(rs.getBigDecimal("target")), plain(rs.getBigDecimal("minimum")),
					plain(rs.getBigDecimal("allocation"))))
			.list();
		List<String> reported = jdbc.sql("""
				SELECT kpi FROM credit_contract_reported WHERE engagement_id = :engagement AND version = :version
				ORDER BY position""")
			.param("engagement", engagementId)
			.param("version", version)
			.query(String.class)
			.list();
		List<Band> bands = jdbc.sql("""
				SELECT name, up_to, factor FROM credit_contract_bands WHERE engagement_id = :engagement
				AND version = :version ORDER BY position""")
			.param("engagement", engagementId)
			.param("version", version)
			.query((rs, n) -> new Band(rs.getString("name"), plainOrNull(rs.getBigDecimal("up_to")),
					plain(rs.getBigDecimal("factor"))))
			.list();
		return jdbc.sql("""
				SELECT currency, monthly_fee, at_risk_share, allocation_total, note, created_at, created_by_label
				FROM credit_contract_versions WHERE engagement_id = :engagement AND version = :version""")
			.param("engagement", engagementId)
			.param("version", version)
			.query((rs, n) -> new Version(engagementId, version,
					new CreditContract(rs.getString("currency"), fee(rs.getBigDecimal("monthly_fee"), rs.getString("currency")),
							plain(rs.getBigDecimal("at_risk_share")), plain(rs.getBigDecimal("allocation_total")),
							levels, reported, bands),
					rs.getString("note"), Jdbc.requiredInstant(rs, "created_at"), rs.getString("created_by_label")))
			.single();
	}

	List<Integer> versionNumbers(UUID engagementId) {
		return jdbc.sql("SELECT version FROM credit_contract_versions WHERE engagement_id = :engagement ORDER BY version")
			.param("engagement", engagementId)
			.query(Integer.class)
			.list();
	}

	/** The statement issued for the month, if one was. */
	Optional<Issued> issued(UUID engagementId, YearMonth month) {
		return jdbc.sql("""
				SELECT contract_version, statement, issued_at FROM credit_statements
				WHERE engagement_id = :engagement AND statement_month = :month""")
			.param("engagement", engagementId)
			.param("month", month.toString())
			.query((rs, n) -> new Issued(json.readValue(rs.getString("statement"), CreditStatement.class),
					rs.getInt("contract_version"), Jdbc.requiredInstant(rs, "issued_at")))
			.optional();
	}

	/**
	 * Keeps the statement as issued unless one was issued for its month already (by a concurrent request), and
	 * answers the one kept.
	 */
	Issued issue(UUID engagementId, Issued statement) {
		jdbc.sql("""
				INSERT INTO credit_statements (engagement_id, statement_month, contract_version, statement, issued_at)
				VALUES (:engagement, :month, :version, :statement, :at)
				ON CONFLICT DO NOTHING""")
			.param("engagement", engagementId)
			.param("month", statement.statement().month().toString())
			.param("version", statement.contractVersion())
			.param("statement", json.writeValueAsString(statement.statement()))
			.param("at", Jdbc.utc(statement.issuedAt()))
			.update();
		return issued(engagementId, statement.statement().month()).orElseThrow();
	}

	/** The fee with the currency's minor unit at least (18500.00 EUR), as it is written on a statement. */
	private static BigDecimal fee(BigDecimal value, String currency) {
		BigDecimal plain = plain(value);
		return plain.setScale(Math.max(plain.scale(), ServiceCredits.minorUnit(currency)));
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static @Nullable BigDecimal plainOrNull(@Nullable BigDecimal value) {
		return value == null ? null : plain(value);
	}
}
