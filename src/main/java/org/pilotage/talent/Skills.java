package org.pilotage.talent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pilotage.talent.matching.SkillVocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The skill vocabulary: codes with English and French names and aliases. It only changes with a migration,
 * so it is read once and kept.
 */
@Repository
class Skills {

	/** One skill of the vocabulary, as listed by {@code GET /api/v1/skills}. */
	record Skill(String code, String nameEn, String nameFr, List<String> aliases) {
	}

	private record Loaded(List<Skill> skills, SkillVocabulary vocabulary, Map<String, Skill> byCode) {
	}

	private final JdbcClient jdbc;

	private volatile @Nullable Loaded loaded;

	Skills(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Skill> all() {
		return load().skills();
	}

	/** The matcher's vocabulary: each code is canonical, its names and aliases lead to it. */
	SkillVocabulary vocabulary() {
		return load().vocabulary();
	}

	/** The code of a vocabulary term (code, name or alias, case and accents ignored), if it is one. */
	Optional<String> code(String term) {
		String canonical = vocabulary().canonical(term);
		return load().byCode().containsKey(canonical) ? Optional.of(canonical) : Optional.empty();
	}

	String name(String code, boolean french) {
		Skill skill = load().byCode().get(code);
		return skill == null ? code : french ? skill.nameFr() : skill.nameEn();
	}

	private Loaded load() {
		Loaded current = loaded;
		if (current == null) {
			Map<String, List<String>> aliases = new LinkedHashMap<>();
			jdbc.sql("SELECT alias, code FROM skill_aliases ORDER BY alias")
				.query((rs, n) -> aliases.computeIfAbsent(rs.getString("code"), c -> new ArrayList<>())
					.add(rs.getString("alias")))
				.list();
			List<Skill> skills = jdbc.sql("SELECT code, name_en, name_fr FROM skills ORDER BY code")
				.query((rs, n) -> new Skill(rs.getString("code"), rs.getString("name_en"), rs.getString("name_fr"),
						List.copyOf(aliases.getOrDefault(rs.getString("code"), List.of()))))
				.list();
			Map<String, Set<String>> terms = new LinkedHashMap<>();
			Map<String, Skill> byCode = new LinkedHashMap<>();
			for (Skill skill : skills) {
				Set<String> names = new LinkedHashSet<>(skill.aliases());
				names.add(skill.nameEn());
				names.add(skill.nameFr());
				terms.put(skill.code(), names);
				byCode.put(skill.code(), skill);
			}
			current = new Loaded(List.copyOf(skills), SkillVocabulary.of(terms), Map.copyOf(byCode));
			loaded = current;
		}
		return current;
	}
}
