package org.hireflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One spelling per path: what the canonical-request filter lets through and what it
 * refuses.
 */
class CanonicalPathTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/applications/AP-2026-000001", "/status/AP-2026-000001.aBc-_9",
			"/camunda/api/engine/engine/default/process-definition/application%3A1%3Aabc/xml",
			"/vacancies/VN-2026-0001/apply", "/engine-rest/task/6f1c2d3e-aaaa-bbbb-cccc-0123456789ab/form-variables",
			"/names/Ren%C3%A9e" })
	void ordinary_paths_pass(String path) {
		assertThat(CanonicalRequestFilter.canonical(path)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/%65ngine-rest/task", "/engine-rest/%74ask", "/api/%2e%2e/x", "/api/%2F", "/a%5Cb",
			"/a%25b", "/a%00", "/a%7Eb", "/camunda/api/admin;x=1/setup", "/engine-rest/./task", "/engine-rest/../x",
			"/x/..", "//api", "/api//x", "/a\\b", "/a b" })
	void paths_spelt_another_way_are_refused(String path) {
		assertThat(CanonicalRequestFilter.canonical(path)).isFalse();
	}

}
