package org.pilotage.work;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.EngagementView;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.shared.PageResult;
import org.pilotage.shared.Paging;
import org.pilotage.work.WorkViews.WorkItemView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work lists: one engagement's, or every engagement's the caller may see, filtered, sorted, searched and paged,
 * each item shaped for the caller by {@link WorkItems} as on its own page. The engagement module decides what the
 * caller sees; the scope handed to the SQL holds those engagements only, so other tenants' items are never read.
 */
@Service
@Transactional(readOnly = true)
class WorkSearch {

	/** Rows of a CSV export at most; past it the export is cut and says so. */
	static final int EXPORT_MAX = 10_000;

	/** A list's total is exact up to this many items; past it, the page says "10,000 or more". */
	static final long COUNT_CAP = 10_000;

	private final Engagements engagements;
	private final WorkItems work;
	private final WorkQueries queries;

	WorkSearch(Engagements engagements, WorkItems work, WorkQueries queries) {
		this.engagements = engagements;
		this.work = work;
		this.queries = queries;
	}

	/** One engagement's items. @throws org.pilotage.shared.Problem 404 when the caller may not see it */
	public PageResult<WorkItemView> list(Caller caller, UUID engagementId, WorkFilter filter, Paging paging) {
		EngagementAccess access = engagements.access(caller, engagementId);
		WorkQueries.Scope scope = new WorkQueries.Scope(Map.of(engagementId, access.audience() != Audience.CLIENT));
		return page(scope, filter, paging, items -> work.views(caller, access, items));
	}

	/** The items of every engagement the caller may see (or of those of {@code filter.engagements()} among them). */
	public PageResult<WorkItemView> listAll(Caller caller, WorkFilter filter, Paging paging) {
		WorkQueries.Scope scope = scope(caller, filter);
		return page(scope, filter, paging, items -> views(caller, items, new HashMap<>()));
	}

	/**
	 * A page and its total. A search for a common term reads one row more than the page instead of counting: the
	 * total is then exact only on the last page, and otherwise says "more than" what was read.
	 */
	private PageResult<WorkItemView> page(WorkQueries.Scope scope, WorkFilter filter, Paging paging,
			java.util.function.Function<List<WorkItem>, List<WorkItemView>> shape) {
		if (queries.commonTerm(filter)) {
			List<WorkItem> read = queries.page(scope, filter, paging.size() + 1L, paging.offset(), true);
			List<WorkItem> items = read.size() > paging.size() ? read.subList(0, paging.size()) : read;
			return PageResult.ofCounted(shape.apply(items), paging, paging.offset() + read.size(),
					paging.offset() + paging.size());
		}
		List<WorkItem> items = queries.page(scope, filter, paging.size(), paging.offset());
		return PageResult.ofCounted(shape.apply(items), paging, queries.count(scope, filter, COUNT_CAP), COUNT_CAP);
	}

	/** A board: per status, the first {@code perColumn} items in the filter's order and how many there are. */
	public Map<WorkStatus, PageResult<WorkItemView>> board(Caller caller, UUID engagementId, WorkFilter filter,
			int perColumn) {
		EngagementAccess access = engagements.access(caller, engagementId);
		WorkQueries.Scope scope = new WorkQueries.Scope(Map.of(engagementId, access.audience() != Audience.CLIENT));
		Paging paging = new Paging(0, perColumn);
		Map<WorkStatus, PageResult<WorkItemView>> columns = new java.util.EnumMap<>(WorkStatus.class);
		for (WorkStatus status : WorkStatus.values()) {
			WorkFilter column = filter.withStatus(status);
			List<WorkItem> items = queries.page(scope, column, perColumn, 0);
			columns.put(status, PageResult.ofCounted(work.views(caller, access, items), paging,
					queries.count(scope, column, COUNT_CAP), COUNT_CAP));
		}
		return columns;
	}

	/** An export's rows: the items in the list's order, the first {@value #EXPORT_MAX} at most, and how many match. */
	record Export(List<WorkItemView> items, Map<UUID, String> engagementTitles, long total) {

		boolean truncated() {
			return total > items.size();
		}
	}

	public Export export(Caller caller, @Nullable UUID engagementId, WorkFilter filter) {
		Map<UUID, EngagementAccess> accesses = new HashMap<>();
		WorkQueries.Scope scope;
		if (engagementId != null) {
			EngagementAccess access = engagements.access(caller, engagementId);
			accesses.put(engagementId, access);
			scope = new WorkQueries.Scope(Map.of(engagementId, access.audience() != Audience.CLIENT));
		}
		else {
			scope = scope(caller, filter);
		}
		List<WorkItemView> items = views(caller, queries.page(scope, filter, EXPORT_MAX, 0), accesses);
		Map<UUID, String> titles = new HashMap<>();
		accesses.forEach((id, access) -> titles.put(id, access.title()));
		return new Export(items, titles, queries.count(scope, filter));
	}

	/**
	 * The engagements the caller may see, as the engagement module lists them, each with whether the caller sees
	 * internal comments there; narrowed to those the filter names (an engagement it may not see is simply absent).
	 */
	private WorkQueries.Scope scope(Caller caller, WorkFilter filter) {
		Map<UUID, Boolean> scope = new LinkedHashMap<>();
		for (int page = 0;; page++) {
			PageResult<EngagementView> engagementPage = engagements.list(caller, null, null,
					new Paging(page, Paging.MAX_SIZE));
			for (EngagementView engagement : engagementPage.items()) {
				if (filter.engagements().isEmpty() || filter.engagements().contains(engagement.id())) {
					scope.put(engagement.id(), engagement.audience() != Audience.CLIENT);
				}
			}
			if (page + 1 >= engagementPage.totalPages()) {
				break;
			}
		}
		return new WorkQueries.Scope(scope);
	}

	/** The items in their order, each shaped through the engagement it belongs to. */
	private List<WorkItemView> views(Caller caller, List<WorkItem> items, Map<UUID, EngagementAccess> accesses) {
		Map<UUID, List<WorkItem>> byEngagement = new LinkedHashMap<>();
		items.forEach(item -> byEngagement.computeIfAbsent(item.engagementId(), e -> new ArrayList<>()).add(item));
		Map<UUID, WorkItemView> views = new HashMap<>();
		byEngagement.forEach((engagementId, ofEngagement) -> {
			EngagementAccess access = accesses.computeIfAbsent(engagementId, id -> engagements.access(caller, id));
			work.views(caller, access, ofEngagement).forEach(view -> views.put(view.id(), view));
		});
		return items.stream().map(item -> views.get(item.id())).toList();
	}
}
