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

	/**
	 * Whether a membership with this role may be held in an organization of that kind. An AUDITOR is
	 * platform-wide and may also be attached to organizations of any kind, which gives it read-only access to
	 * their engagements and work.
	 */
	public boolean fits(OrganizationKind organizationKind) {
		return kind == organizationKind || this == AUDITOR;
	}

	/** A platform-wide role that may nevertheless be held in an organization (an auditor's attachment). */
	public boolean attachable() {
		return this == AUDITOR;
	}

	/** Roles that administer their own organization's members. */
	public boolean administersOrganization() {
		return this == CLIENT_ADMIN || this == PROVIDER_MANAGER || this == FREELANCER;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
