package org.pilotage.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total count so that clients can page without guessing. */
public record PageResult<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

	public static <T> PageResult<T> of(List<T> items, Paging paging, long total) {
		int pages = (int) ((total + paging.size() - 1) / paging.size());
		return new PageResult<>(List.copyOf(items), paging.page(), paging.size(), total, pages);
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalElements, totalPages);
	}
}
