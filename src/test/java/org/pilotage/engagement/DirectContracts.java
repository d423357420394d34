package org.pilotage.engagement;

import java.util.regex.Pattern;

import org.pilotage.support.Demo;

/**
 * The engagements list of a page less its rows of engagements a freelancer holds directly as provider: there the
 * client contracts the freelancer itself and knows its name, so a scan for the mission's hidden freelancers must
 * not read those rows. Other tests may have made some (the visibility tests make one with Andrei), and the order
 * the test classes run in decides whether they exist yet.
 */
final class DirectContracts {

	private static final Pattern ROW = Pattern.compile("<tr[^>]*data-engagement[^>]*>.*?</tr>", Pattern.DOTALL);

	private DirectContracts() {
	}

	static String without(String html) {
		return ROW.matcher(html).replaceAll(row -> row.group().contains(Demo.ANDREI_ORGANIZATION)
				|| row.group().contains(Demo.YASMINE_ORGANIZATION) ? "" : java.util.regex.Matcher.quoteReplacement(row.group()));
	}
}
