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
	public static final String YASMINE_ORGANIZATION = "Yasmine Benali (freelance)";
	public static final String ANDREI_ORGANIZATION = "Andrei Popescu (freelance)";

	/** People of the talent demo data: Atlas's helpdesk team and the two freelancers' profiles. */
	public static final String SALMA = "Salma Tazi";
	public static final String OMAR = "Omar Alaoui";
	public static final String NADIA = "Nadia Berrada";
	public static final String YOUSSEF = "Youssef Amrani";
	public static final String YASMINE = "Yasmine Benali";
	public static final String ANDREI = "Andrei Popescu";

	/** The demo's subcontracting mission (Acme → Atlas, staffed with both freelancers) and BPO helpdesk. */
	public static final String MISSION = "Kubernetes migration of the order platform";
	public static final String HELPDESK = "Acme IT helpdesk, levels 1 and 2";

	private Demo() {
	}
}
