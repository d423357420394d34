package org.pilotage.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total count so that clients can page without guessing. {@code totalExact} is false
 * when a list over a very large scope counted only up to a cap: there are more than {@code totalElements} items,
 * and {@code totalPages} are the pages known to exist.
 */
public record PageResult<T>(List<T> items, int page, int size, long totalElements, int totalPages,
		boolean totalExact) {

	public static <T> PageResult<T> of(List<T> items, Paging paging, long total) {
		int pages = (int) ((total + paging.size() - 1) / paging.size());
		return new PageResult<>(List.copyOf(items), paging.page(), paging.size(), total, pages, true);
	}

	/**
	 * A page whose total was counted up to {@code cap + 1} rows at most: more than {@code cap} gives the cap as a
	 * lower bound ("more than"), and the pages known to exist (up to the one holding row {@code cap + 1}). Counting
	 * a million matching rows exactly costs more than reading the page itself.
	 */
	public static <T> PageResult<T> ofCounted(List<T> items, Paging paging, long countedUpToCapPlusOne, long cap) {
		if (countedUpToCapPlusOne <= cap) {
			return of(items, paging, countedUpToCapPlusOne);
		}
		int pages = (int) (cap / paging.size() + 1);
		return new PageResult<>(List.copyOf(items), paging.page(), paging.size(), cap, pages, false);
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalElements, totalPages,
				totalExact);
	}
}
