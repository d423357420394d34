package org.pilotage.estimation.reference;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The estimator's reference data: the current snapshot (cached, and reloaded as soon as another version is
 * published, by this instance or another), any earlier version, and the writes. Every write publishes one new
 * version in one transaction, with its audit row; only platform administrators write.
 */
@Service
public class ReferenceData {

	private static final int CACHED_VERSIONS = 16;

	private final ReferenceTables tables;
	private final CurrentCaller callers;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private volatile @Nullable Edition latest;
	private final Map<Integer, Edition> earlier = java.util.Collections.synchronizedMap(
			new LinkedHashMap<>(CACHED_VERSIONS, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<Integer, Edition> eldest) {
					return size() > CACHED_VERSIONS;
				}
			});

	ReferenceData(ReferenceTables tables, CurrentCaller callers, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.tables = tables;
		this.callers = callers;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The latest version. Reads one number from the database to see whether another version was published since
	 * the cached one, so that every instance answers with the latest data.
	 * @throws IllegalStateException before the seed has run
	 */
	public ReferenceSnapshot current() {
		return edition().snapshot();
	}

	/** The reference data as it stood at that version, or empty when there is no such version. */
	public Optional<ReferenceSnapshot> at(int version) {
		return edition(version).map(Edition::snapshot);
	}

	public List<ReferenceVersion> versions() {
		return tables.versions();
	}

	Edition edition() {
		int version = tables.latestVersion()
			.orElseThrow(() -> new IllegalStateException("no reference data yet: the seed has not run"));
		Edition cached = latest;
		if (cached != null && cached.version().version() == version) {
			return cached;
		}
		Edition loaded = edition(version).orElseThrow();
		latest = loaded;
		return loaded;
	}

	Optional<Edition> edition(int version) {
		Edition cached = latest;
		if (cached != null && cached.version().version() == version) {
			return Optional.of(cached);
		}
		Edition known = earlier.get(version);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Edition> loaded = transactions.execute(status -> tables.version(version)
			.map(info -> Edition.of(info, tables.rows(version))));
		loaded.ifPresent(edition -> earlier.put(version, edition));
		return loaded;
	}

	/** The version asked for, or the latest when {@code version} is null; an unknown version is 404. */
	Edition edition(@Nullable Integer version) {
		if (version == null) {
			return edition();
		}
		return edition(version.intValue()).orElseThrow(() -> Problem.notFound("Reference data version " + version));
	}

	/**
	 * Changes one row: the row of that key if it exists (columns left out of {@code values} keep their value),
	 * else a new row, which needs every column.
	 * @param expectedVersion the version the change was made against (If-Match, or the form's hidden field):
	 * another version published since is a conflict (412); {@code null} skips the check
	 * @param mustExist refuse with 404 instead of creating a row
	 */
	public ReferenceVersion put(Dataset dataset, List<String> key, Map<String, String> values,
			@Nullable Integer expectedVersion, boolean mustExist) {
		Caller caller = requireAdmin();
		return publish(caller, dataset, expectedVersion, current -> {
			String wanted = String.join("|", key);
			Optional<Row> existing = current.stream().filter(r -> r.key().equals(wanted)).findFirst();
			if (existing.isEmpty() && mustExist) {
				throw Problem.notFound(dataset.id() + " " + wanted.replace('|', ' '));
			}
			List<String> raw = new ArrayList<>();
			for (int i = 0; i < dataset.columns().size(); i++) {
				String column = dataset.columns().get(i).name();
				if (i < dataset.keySize()) {
					raw.add(key.get(i));
				}
				else if (values.containsKey(column)) {
					raw.add(values.get(column));
				}
				else {
					raw.add(existing.map(r -> r.get(column)).orElse(""));
				}
			}
			List<Issue> issues = new ArrayList<>();
			Row row = ReferenceRules.row(dataset, 0, raw, issues);
			if (row == null) {
				throw new InvalidReferenceData(issues);
			}
			List<Row> next = new ArrayList<>(current);
			next.replaceAll(r -> r.key().equals(wanted) ? row : r);
			if (existing.isEmpty()) {
				next.add(row);
			}
			return next;
		});
	}

	/** Replaces a whole dataset with the rows of a CSV file, every row checked before anything is written. */
	public ReferenceVersion importCsv(Dataset dataset, String csv, @Nullable Integer expectedVersion) {
		Caller caller = requireAdmin();
		List<Row> rows = ReferenceCsv.read(dataset, csv);
		return publish(caller, dataset, expectedVersion, current -> rows);
	}

	/** The dataset as CSV, as it stood at that version (the latest when {@code version} is null). */
	public String exportCsv(Dataset dataset, @Nullable Integer version) {
		return ReferenceCsv.write(dataset, edition(version).rows(dataset));
	}

	private ReferenceVersion publish(Caller caller, Dataset dataset, @Nullable Integer expectedVersion,
			UnaryOperator<List<Row>> change) {
		ReferenceVersion published = transactions.execute(status -> {
			int latestVersion = tables.latestVersion().orElseThrow(
					() -> new IllegalStateException("no reference data yet: the seed has not run"));
			if (expectedVersion != null && expectedVersion != latestVersion) {
				throw Problem.staleVersion();
			}
			Map<Dataset, List<Row>> all = new EnumMap<>(tables.rows(latestVersion));
			List<Row> current = all.get(dataset);
			List<Row> next = change.apply(current);
			all.put(dataset, next);
			List<Issue> issues = ReferenceRules.consistency(all, dataset);
			if (!issues.isEmpty()) {
				throw new InvalidReferenceData(issues);
			}
			ReferenceVersion version = new ReferenceVersion(latestVersion + 1,
					clock.instant().truncatedTo(ChronoUnit.MICROS), caller.userId(), "Edit of " + dataset.id());
			tables.insert(version);
			ReferenceTables.Changes changes = tables.write(dataset, current, next, version.version());
			events.publishEvent(new ReferenceEvents.ReferenceDataPublished(caller.userId(), caller.email(),
					version.version(), dataset.id(), summary(dataset, current, next, changes)));
			return version;
		});
		latest = null;
		return published;
	}

	/** Writes the seed as version 1 (the platform itself is the actor). False if a version already exists. */
	boolean seed(Map<Dataset, List<Row>> rows, String note) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			if (tables.latestVersion().isPresent()) {
				return false;
			}
			for (Dataset dataset : Dataset.values()) {
				List<Issue> issues = ReferenceRules.consistency(rows, dataset);
				if (!issues.isEmpty()) {
					throw new IllegalStateException("the seed's " + dataset.id() + " are inconsistent: " + issues);
				}
			}
			tables.insert(new ReferenceVersion(1, clock.instant().truncatedTo(ChronoUnit.MICROS), null, note));
			for (Dataset dataset : Dataset.values()) {
				tables.write(dataset, List.of(), rows.get(dataset), 1);
			}
			events.publishEvent(new ReferenceEvents.ReferenceDataPublished(null, "system", 1, "all",
					note + ": " + Dataset.values().length + " datasets, " + rows.get(Dataset.FIGURES).size()
							+ " figures"));
			return true;
		}));
	}

	private Caller requireAdmin() {
		Caller caller = callers.require();
		if (!caller.isPlatformAdmin()) {
			throw Problem.forbidden("Only a platform administrator changes the reference data");
		}
		return caller;
	}

	/** Which rows changed and, for a single change, which columns from what to what. */
	static String summary(Dataset dataset, List<Row> current, List<Row> next, ReferenceTables.Changes changes) {
		if (changes.isEmpty()) {
			return dataset.id() + ": no change";
		}
		if (changes.added().size() + changes.changed().size() + changes.removed().size() == 1) {
			String key = first(changes);
			Optional<Row> before = current.stream().filter(r -> r.key().equals(key)).findFirst();
			Optional<Row> after = next.stream().filter(r -> r.key().equals(key)).findFirst();
			List<String> differences = new ArrayList<>();
			for (int i = dataset.keySize(); i < dataset.columns().size(); i++) {
				int column = i;
				String old = before.map(r -> r.values().get(column)).orElse("");
				String now = after.map(r -> r.values().get(column)).orElse("");
				if (!old.equals(now)) {
					differences.add(dataset.columns().get(i).name() + " " + shorten(old) + " -> " + shorten(now));
				}
			}
			String verb = !changes.added().isEmpty() ? "added" : !changes.removed().isEmpty() ? "removed" : "changed";
			return dataset.id() + " " + key.replace('|', ' ') + " " + verb + ": " + String.join("; ", differences);
		}
		return dataset.id() + ": " + changes.added().size() + " added, " + changes.changed().size() + " changed, "
				+ changes.removed().size() + " removed (" + shorten(String.join(", ", keys(changes))) + ")";
	}

	private static String first(ReferenceTables.Changes changes) {
		return keys(changes).get(0);
	}

	private static List<String> keys(ReferenceTables.Changes changes) {
		List<String> keys = new ArrayList<>(changes.added());
		keys.addAll(changes.changed());
		keys.addAll(changes.removed());
		return keys.stream().map(k -> k.replace('|', ' ')).toList();
	}

	private static String shorten(String text) {
		return text.length() > 80 ? text.substring(0, 79) + "…" : text;
	}
}
