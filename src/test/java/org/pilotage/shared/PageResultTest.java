package org.pilotage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A total counted up to a cap: exact up to it, "more than" the cap past it. */
class PageResultTest {

	private final Paging paging = new Paging(0, 50);

	@Test
	void aCountWithinTheCapIsExact() {
		PageResult<String> page = PageResult.ofCounted(List.of("a"), paging, 10_000, 10_000);

		assertThat(page.totalExact()).isTrue();
		assertThat(page.totalElements()).isEqualTo(10_000);
		assertThat(page.totalPages()).isEqualTo(200);
	}

	@Test
	void aCountPastTheCapGivesTheCapAsALowerBound() {
		PageResult<String> page = PageResult.ofCounted(List.of("a"), paging, 10_001, 10_000);

		assertThat(page.totalExact()).isFalse();
		assertThat(page.totalElements()).isEqualTo(10_000);
		assertThat(page.totalPages()).as("row 10,001 is on page 201").isEqualTo(201);
		assertThat(page.map(String::length).totalExact()).isFalse();
	}

	@Test
	void aPlainPageIsExact() {
		assertThat(PageResult.of(List.of(), paging, 0).totalExact()).isTrue();
		assertThat(PageResult.of(List.of(), paging, 0).totalPages()).isZero();
	}
}
