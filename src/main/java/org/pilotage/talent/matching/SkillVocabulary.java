package org.pilotage.talent.matching;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Canonical skill names and their aliases ("k8s" is "Kubernetes"). Lookup ignores case, accents and repeated
 * spaces. A term the vocabulary does not know is a free tag: it passes through folded the same way, so two
 * people who typed the same free tag still match.
 */
public final class SkillVocabulary {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Map<String, String> canonicalByFoldedTerm;

	private SkillVocabulary(Map<String, String> canonicalByFoldedTerm) {
		this.canonicalByFoldedTerm = Map.copyOf(canonicalByFoldedTerm);
	}

	public static SkillVocabulary empty() {
		return new SkillVocabulary(Map.of());
	}

	/**
	 * @throws IllegalArgumentException when one term would lead to two canonical skills, which would make
	 *     matching depend on map iteration order
	 */
	public static SkillVocabulary of(Map<String, Set<String>> aliasesByCanonical) {
		Map<String, String> index = new HashMap<>();
		aliasesByCanonical.forEach((canonical, aliases) -> {
			Set<String> terms = new LinkedHashSet<>(aliases);
			terms.add(canonical);
			for (String term : terms) {
				String previous = index.putIfAbsent(fold(term), canonical);
				if (previous != null && !previous.equals(canonical)) {
					throw new IllegalArgumentException(
							"'" + term + "' is both " + previous + " and " + canonical);
				}
			}
		});
		return new SkillVocabulary(index);
	}

	/** The canonical name of a skill term, or the folded term itself when it is a free tag. */
	public String canonical(String term) {
		String folded = fold(term);
		return canonicalByFoldedTerm.getOrDefault(folded, folded);
	}

	public Set<String> canonical(Set<String> terms) {
		Set<String> result = new LinkedHashSet<>();
		terms.forEach(term -> result.add(canonical(term)));
		return result;
	}

	static String fold(String term) {
		String decomposed = Normalizer.normalize(term.strip(), Normalizer.Form.NFD);
		String withoutAccents = MARKS.matcher(decomposed).replaceAll("");
		return SPACES.matcher(withoutAccents).replaceAll(" ").toLowerCase(Locale.ROOT);
	}
}
