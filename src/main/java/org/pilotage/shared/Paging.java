package org.pilotage.shared;

import org.jspecify.annotations.Nullable;

/** A validated page request: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
public record Paging(int page, int size) {

	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_SIZE = 200;

	public Paging {
		if (page < 0) {
			throw Problem.invalid("page", "range", "must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw Problem.invalid("size", "range", "must be between 1 and " + MAX_SIZE);
		}
	}

	public static Paging of(@Nullable Integer page, @Nullable Integer size) {
		return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
