package org.hireflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class OwnTaskQueriesTests {

	static final Caller PETRA = new Caller("petra", Set.of("panel"));

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void a_raw_task_query_must_name_the_caller_or_one_of_their_groups() {
		assertThat(keeps("/task", Map.of(), null)).isFalse();
		assertThat(keeps("/task/count", Map.of(), "{\"sorting\":[]}")).isFalse();
		assertThat(keeps("/task", Map.of("candidateUser", new String[] { "petra" }), null)).isTrue();
		assertThat(keeps("/task", Map.of(), "{\"assignee\":\"petra\"}")).isTrue();
		assertThat(keeps("/engine/default/task/count", Map.of(), "{\"candidateGroups\":[\"panel\"]}")).isTrue();
	}

	@Test
	void a_raw_query_naming_the_caller_only_inside_an_or_group_is_refused() {
		assertThat(keeps("/task", Map.of(), "{\"orQueries\":[{\"assignee\":\"petra\"}]}")).isFalse();
	}

	@Test
	void no_task_query_may_name_anyone_else_or_match_people_by_pattern() {
		assertThat(keeps("/task", Map.of(), "{\"assignee\":\"petra\",\"candidateUser\":\"paul\"}")).isFalse();
		assertThat(keeps("/task", Map.of("assigneeIn", new String[] { "petra,paul" }), null)).isFalse();
		assertThat(keeps("/task", Map.of(), "{\"candidateGroup\":\"hr\"}")).isFalse();
		assertThat(keeps("/task", Map.of(), "{\"owner\":\"petra\",\"assigneeLike\":\"%\"}")).isFalse();
		assertThat(keeps("/task", Map.of(), "{\"assignee\":\"petra\",\"orQueries\":[{\"owner\":\"paul\"}]}")).isFalse();
	}

	@Test
	void criteria_added_to_a_filter_may_narrow_it_but_not_name_anyone_else() {
		assertThat(keeps("/filter/f1/list", Map.of(), "{\"sorting\":[{\"sortBy\":\"dueDate\"}]}")).isTrue();
		assertThat(keeps("/filter/f1/count", Map.of(), null)).isTrue();
		assertThat(keeps("/filter/f1/list", Map.of(), "{\"assignee\":\"petra\"}")).isTrue();
		assertThat(keeps("/filter/f1/list", Map.of(), "{\"assignee\":\"paul\"}")).isFalse();
		assertThat(keeps("/filter/f1/list", Map.of(), "{\"candidateGroup\":\"recruiters\"}")).isFalse();
	}

	@Test
	void other_engine_calls_are_not_task_queries() {
		assertThat(OwnTaskQueries.applies("/task/0b5e/complete")).isFalse();
		assertThat(OwnTaskQueries.applies("/filter")).isFalse();
		assertThat(OwnTaskQueries.applies("/task")).isTrue();
		assertThat(OwnTaskQueries.applies("/filter/f1/list")).isTrue();
	}

	private static boolean keeps(String path, Map<String, String[]> parameters, String body) {
		try {
			JsonNode query = body == null ? null : JSON.readTree(body);
			return OwnTaskQueries.keepsToTheCaller(path, PETRA, parameters, query);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
