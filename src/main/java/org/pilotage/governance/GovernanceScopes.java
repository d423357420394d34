package org.pilotage.governance;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.OrganizationManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an engagement's days start for its KPIs: in its client's time zone, the zone its weekly follow-up is held
 * in, so a week or a month means the same days to both parties and to every figure, report and statement.
 */
@Component
class GovernanceScopes {

	private final Engagements engagements;
	private final OrganizationManagement organizations;

	GovernanceScopes(Engagements engagements, OrganizationManagement organizations) {
		this.engagements = engagements;
		this.organizations = organizations;
	}

	/** The client's zone; UTC when the engagement is not there or its client's zone is unknown. */
	@Transactional(readOnly = true)
	ZoneId zoneOf(UUID engagementId) {
		Caller platform = Caller.platform();
		if (engagements.audience(platform, engagementId).isEmpty()) {
			return ZoneOffset.UTC;
		}
		EngagementAccess access = engagements.access(platform, engagementId);
		try {
			return ZoneId.of(organizations.get(platform, access.clientOrgId()).timeZone());
		}
		catch (DateTimeException unknown) {
			return ZoneOffset.UTC;
		}
	}
}
