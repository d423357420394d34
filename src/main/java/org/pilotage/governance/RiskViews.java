package org.pilotage.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementKind;
import org.pilotage.engagement.EngagementStatus;
import org.pilotage.governance.EngagementRisk.ExitReadiness;
import org.pilotage.governance.EngagementRisk.KnowledgeCoverage;
import org.pilotage.governance.RiskWarning.Level;

/**
 * The dependency risk as one reader may see it. The provider's side reads every person by name with its items and
 * its minutes; the client's side reads the people who resolved items as the work module names them to it (a
 * subcontracted freelancer by its pseudonym) and never who logged how much time: it gets the top person's share of the
 * time without the person, as it gets minutes without names on the time totals.
 */
public final class RiskViews {

	private RiskViews() {
	}

	/**
	 * An engagement's risk over the window of {@code days} days ending {@code to} (UTC days): the figures, the
	 * thresholds they are held against and the warnings, each with its message in the reader's language.
	 *
	 * @param exitReadiness null when the exit plan cannot be read
	 */
	public record EngagementRiskView(UUID engagementId, String title, EngagementKind kind, LocalDate from, LocalDate to,
			int days, KeyPersonView keyPerson, KnowledgeCoverage knowledge, @Nullable ExitReadiness exitReadiness,
			RiskThresholds thresholds, List<WarningView> warnings) {
	}

	/**
	 * Key-person concentration as the reader may see it: {@code topByTime} and each line's minutes are absent for the
	 * client's side.
	 */
	public record KeyPersonView(int resolvedItems, int unassignedItems, @Nullable String topByItems,
			@Nullable BigDecimal topItemsShare, @Nullable Integer peopleForHalf, long loggedMinutes,
			@Nullable String topByTime, @Nullable BigDecimal topTimeShare, List<PersonLine> people) {
	}

	/** One person's work: {@code personId}, {@code minutes} and {@code timeShare} for the provider's side only. */
	public record PersonLine(@Nullable UUID personId, String person, int items, @Nullable BigDecimal itemsShare,
			@Nullable Long minutes, @Nullable BigDecimal timeShare) {
	}

	/** A warning with its message in the reader's language. */
	public record WarningView(String code, Level level, BigDecimal value, int threshold, String messageKey,
			String message) {
	}

	/**
	 * A client organization's risk: its vendor concentration per currency over its engagements in force (ACTIVE or
	 * SUSPENDED), each of those engagements in summary, and the warnings of both.
	 */
	public record OrganizationRiskView(UUID organizationId, String organization, LocalDate from, LocalDate to,
			int days, List<VendorView> vendors, List<EngagementSummary> engagements, RiskThresholds thresholds,
			List<WarningView> warnings) {
	}

	/** Vendor concentration in one currency: the spend with each provider, the biggest first. */
	public record VendorView(String currency, BigDecimal totalSpend, @Nullable BigDecimal topShare,
			List<ProviderLine> providers) {
	}

	public record ProviderLine(UUID providerId, String provider, BigDecimal spend, int engagements,
			@Nullable BigDecimal share) {
	}

	/** An engagement in force of the client, its spend and its figures in short. */
	public record EngagementSummary(UUID engagementId, String title, UUID providerId, String provider,
			EngagementStatus status, String currency, BigDecimal spend, @Nullable BigDecimal topItemsShare,
			@Nullable BigDecimal topTimeShare, @Nullable Integer peopleForHalf, @Nullable BigDecimal knowledgeCoverage,
			@Nullable Integer exitReadiness, List<WarningView> warnings) {
	}
}
