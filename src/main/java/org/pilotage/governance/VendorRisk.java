package org.pilotage.governance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Vendor concentration of one client in one currency: what it spends with each provider on its engagements in force,
 * the biggest first, the share of the biggest, and the warning when that share is past its threshold. Spends in
 * different currencies are not added up: each currency has its own figure.
 *
 * @param topShare null when nothing is spent
 */
public record VendorRisk(String currency, BigDecimal totalSpend, List<ProviderSpend> providers,
		@Nullable BigDecimal topShare, @Nullable RiskWarning warning) {

	public VendorRisk {
		providers = List.copyOf(providers);
	}

	/** A provider's spend in the currency, its engagements counted, and its share of the client's total. */
	public record ProviderSpend(UUID provider, BigDecimal spend, int engagements, @Nullable BigDecimal share) {
	}
}
