package org.pilotage.identity;

/** What a member may do. Platform-wide roles have no organization; the others belong to one kind. */
public enum Role {

	PLATFORM_ADMIN(null),
	CLIENT_ADMIN(OrganizationKind.CLIENT),
	CLIENT_MEMBER(OrganizationKind.CLIENT),
	PROVIDER_MANAGER(OrganizationKind.PROVIDER),
	PROVIDER_AGENT(OrganizationKind.PROVIDER),
	FREELANCER(OrganizationKind.FREELANCER),
	AUDITOR(null);

	private final OrganizationKind kind;

	Role(OrganizationKind kind) {
		this.kind = kind;
	}

	public boolean isPlatformWide() {
		return kind == null;
	}

	/** Whether a membership with this role may be held in an organization of that kind. */
	public boolean fits(OrganizationKind organizationKind) {
		return kind == organizationKind;
	}

	/** Roles that administer their own organization's members. */
	public boolean administersOrganization() {
		return this == CLIENT_ADMIN || this == PROVIDER_MANAGER || this == FREELANCER;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
