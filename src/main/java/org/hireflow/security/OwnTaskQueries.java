package org.hireflow.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Task queries from anyone but an administrator stay on the caller's own tasks. The
 * engine grants tasks per process definition, so a query that names nobody would list
 * every task of the pipeline:
 * <ul>
 * <li>a raw task query ({@code /task}, {@code /task/count}) must name the caller —
 * assigned to, owned by, involving or offered to them, or offered to one of their groups;
 * criteria of a task query are all required at once, so one such criterion keeps the
 * whole answer to the caller;</li>
 * <li>a filter's query names the current user itself (see {@link TasklistFilters}); the
 * criteria a caller adds to it ({@code /filter/{id}/list}) replace the filter's own of
 * the same name, so they may name nobody else either.</li>
 * </ul>
 * Person and group criteria inside {@code orQueries} are held to the same rule.
 */
final class OwnTaskQueries {

	/** After the API prefix (optionally with /engine/{name}). */
	private static final Pattern RAW_TASK_QUERY = Pattern.compile("(/engine/[^/]+)?/task(/count)?/?");

	private static final Pattern FILTER_QUERY = Pattern
		.compile("(/engine/[^/]+)?/filter/[^/]+/(list|count|singleResult)/?");

	private static final Set<String> PERSON = Set.of("assignee", "candidateUser", "involvedUser", "owner",
			"assigneeIn");

	private static final Set<String> GROUPS = Set.of("candidateGroup", "candidateGroups");

	/** Criteria that match people by pattern or by exclusion: never the caller alone. */
	private static final Set<String> ANYONE = Set.of("assigneeLike", "ownerLike", "candidateGroupLike",
			"assigneeNotIn");

	private OwnTaskQueries() {
	}

	/** Whether the call is a task query this rule applies to. */
	static boolean applies(String pathInApi) {
		return RAW_TASK_QUERY.matcher(pathInApi).matches() || FILTER_QUERY.matcher(pathInApi).matches();
	}

	/** Whether a caller's task query keeps to their own tasks. */
	static boolean keepsToTheCaller(String pathInApi, Caller caller, Map<String, String[]> parameters, JsonNode body) {
		if (!namesNobodyElse(caller, parameters, body)) {
			return false;
		}
		return !RAW_TASK_QUERY.matcher(pathInApi).matches() || namesSomeone(parameters, body);
	}

	/** Someone at all: {@link #namesNobodyElse} makes sure it is the caller. */
	private static boolean namesSomeone(Map<String, String[]> parameters, JsonNode body) {
		boolean person = PERSON.stream().anyMatch(field -> values(parameters, body, field).findAny().isPresent());
		boolean group = GROUPS.stream().anyMatch(field -> values(parameters, body, field).findAny().isPresent());
		return person || group;
	}

	private static boolean namesNobodyElse(Caller caller, Map<String, String[]> parameters, JsonNode body) {
		for (String field : ANYONE) {
			if (values(parameters, body, field).findAny().isPresent()) {
				return false;
			}
		}
		for (String field : PERSON) {
			if (!values(parameters, body, field).allMatch(caller.id()::equals)) {
				return false;
			}
		}
		List<String> groups = GROUPS.stream()
			.flatMap(field -> values(parameters, body, field))
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.toList();
		if (!caller.groups().containsAll(groups)) {
			return false;
		}
		JsonNode alternatives = body == null ? null : body.get("orQueries");
		if (alternatives != null && alternatives.isArray()) {
			for (JsonNode alternative : alternatives) {
				if (!namesNobodyElse(caller, Map.of(), alternative)) {
					return false;
				}
			}
		}
		return true;
	}

	private static Stream<String> values(Map<String, String[]> parameters, JsonNode body, String field) {
		Stream<String> fromQuery = parameters.containsKey(field)
				? Arrays.stream(parameters.get(field))
					.flatMap(value -> field.endsWith("In") ? Arrays.stream(value.split(",")) : Stream.of(value))
				: Stream.empty();
		JsonNode node = body == null ? null : body.get(field);
		Stream<String> fromBody = node == null || node.isNull() ? Stream.empty()
				: node.isArray() ? Stream.iterate(0, i -> i < node.size(), i -> i + 1).map(i -> node.get(i).asText())
						: Stream.of(node.asText());
		return Stream.concat(fromQuery, fromBody);
	}

}
