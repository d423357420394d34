package org.pilotage.support;

/** The demo data's logins, as loaded on an empty database. */
public final class Demo {

	public static final String PASSWORD = "pilotage-demo";
	public static final String ADMIN = "admin@pilotage.demo";
	public static final String CLIENT_ADMIN = "client.admin@acme.demo";
	public static final String CLIENT_MEMBER = "client.member@acme.demo";
	public static final String PROVIDER_MANAGER = "manager@atlas.demo";
	public static final String PROVIDER_AGENT = "agent@atlas.demo";
	public static final String FREELANCER = "yasmine@freelance.demo";
	public static final String FREELANCER_2 = "andrei@freelance.demo";
	public static final String AUDITOR = "auditor@pilotage.demo";

	public static final String ACME = "Acme Industries";
	public static final String ATLAS = "Atlas Digital Services";

	private Demo() {
	}
}
