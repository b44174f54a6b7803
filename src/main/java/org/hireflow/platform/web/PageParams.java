package org.hireflow.platform.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code ?page=&size=} of the staff lists: page from 0, 1 to 100 rows (20 when not
 * given). Out of range is a 400; the order is the list's own, never the caller's (no
 * sorting by a personal field).
 */
public record PageParams(@Min(0) Integer page, @Min(1) @Max(100) Integer size) {

	public PageRequest sortedBy(Sort order) {
		return PageRequest.of(page == null ? 0 : page, size == null ? 20 : size, order);
	}

}
