package org.hireflow.security.engineapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One call to an engine API, reduced to what the policy decides on: which API, the HTTP
 * method and the path inside the API, with the engine name ({@code /engine/default})
 * taken out — the same call has the same shape on {@code /engine-rest} and on the
 * webapps' {@code /camunda/api/engine}.
 */
public record EngineApiCall(Api api, String method, List<String> segments) {

	public enum Api {

		/** {@code /engine-rest/**}: scripts and integrations, HTTP Basic. */
		ENGINE_REST,

		/**
		 * {@code /camunda/api/engine/**}: the engine API the webapps (Tasklist, Cockpit,
		 * Admin) call.
		 */
		WEBAPP_ENGINE,

		/**
		 * {@code /camunda/api/{admin,cockpit,tasklist,welcome}/**}: the webapps' own APIs
		 * and plugins.
		 */
		WEBAPP

	}

	public EngineApiCall {
		segments = List.copyOf(segments);
	}

	/**
	 * The call a request makes, if it is one. {@code path} is the path the container
	 * dispatches on (decoded, dot segments resolved).
	 */
	public static Optional<EngineApiCall> of(String method, String path, String webappPath) {
		if (path.equals("/engine-rest") || path.startsWith("/engine-rest/")) {
			return Optional.of(new EngineApiCall(Api.ENGINE_REST, method, withoutEngineName(path, "/engine-rest")));
		}
		String engineApi = webappPath + "/api/engine";
		if (path.equals(engineApi) || path.startsWith(engineApi + "/")) {
			return Optional.of(new EngineApiCall(Api.WEBAPP_ENGINE, method, withoutEngineName(path, engineApi)));
		}
		String webappApi = webappPath + "/api/";
		if (path.startsWith(webappApi)) {
			return Optional.of(new EngineApiCall(Api.WEBAPP, method, split(path.substring(webappApi.length()))));
		}
		return Optional.empty();
	}

	public static Optional<EngineApiCall> of(HttpServletRequest request, String webappPath) {
		String pathInfo = request.getPathInfo();
		return of(request.getMethod(), request.getServletPath() + (pathInfo == null ? "" : pathInfo), webappPath);
	}

	/**
	 * {@code /engine/{name}/task/1} → {@code task/1}; {@code /engine} and
	 * {@code /engine/} stay the engine list.
	 */
	private static List<String> withoutEngineName(String path, String prefix) {
		List<String> segments = split(path.substring(prefix.length()));
		if (segments.size() >= 2 && segments.get(0).equals("engine")) {
			return segments.subList(2, segments.size());
		}
		return segments;
	}

	private static List<String> split(String path) {
		List<String> segments = new ArrayList<>(Arrays.asList(path.split("/")));
		segments.removeIf(String::isEmpty);
		return segments;
	}

	public String path() {
		return "/" + String.join("/", segments);
	}

	public boolean safe() {
		return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
	}

	/** The segment at {@code index}, or "" when the path is shorter. */
	public String segment(int index) {
		return index < segments.size() ? segments.get(index) : "";
	}

}
