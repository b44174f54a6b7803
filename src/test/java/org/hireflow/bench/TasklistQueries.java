package org.hireflow.bench;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The task queries staff really send, one after the other as one person clicking: for
 * each demo user, the filter list and each of their saved filters' first page (the
 * request Tasklist sends, HAL included) and count; and the engine REST queries by
 * candidate user and by group.
 */
final class TasklistQueries {

	/**
	 * What Tasklist sends for a filter's first page (sorted by creation, newest first).
	 */
	static final String FIRST_PAGE = """
			{"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],\
			"sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

	static final List<String> STAFF = List.of("rita", "henri", "hana", "paul", "petra", "pedro");

	private final IntakeClient client;

	TasklistQueries(IntakeClient client) {
		this.client = client;
	}

	/** One query: its label, who sends it, and the call. */
	record Query(String label, String user, String method, String path, String body) {

		int send(IntakeClient client) throws Exception {
			return client.engine(user, method, path, body);
		}

	}

	/** Every query of every demo user. */
	List<Query> all() throws Exception {
		List<Query> queries = new ArrayList<>();
		for (String user : STAFF) {
			queries.addAll(of(user));
		}
		return queries;
	}

	List<Query> of(String user) throws Exception {
		List<Query> queries = new ArrayList<>();
		queries.add(new Query(user + ": filter list", user, "GET",
				"/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task", null));
		for (JsonNode filter : client.engineJson(user, "GET", "/filter?resourceType=Task&itemCount=false", null)) {
			String id = filter.path("id").asText();
			String name = filter.path("name").asText();
			queries.add(new Query(user + ": filter \"" + name + "\" page", user, "POST",
					"/filter/" + id + "/list?firstResult=0&maxResults=15", FIRST_PAGE));
			queries.add(
					new Query(user + ": filter \"" + name + "\" count", user, "GET", "/filter/" + id + "/count", null));
		}
		if (user.equals("rita")) {
			queries.add(new Query("rita: tasks by candidate user", user, "GET",
					"/task?candidateUser=rita&maxResults=15", null));
			queries.add(new Query("rita: tasks by group", user, "GET", "/task?candidateGroup=recruiters&maxResults=15",
					null));
		}
		if (user.equals("hana")) {
			queries.add(new Query("hana: tasks by group", user, "GET", "/task?candidateGroup=hr&maxResults=15", null));
		}
		return queries;
	}

}
