package org.hireflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hireflow.testing.access.Subject.ADMIN;
import static org.hireflow.testing.access.Subject.CANDIDATE;
import static org.hireflow.testing.access.Subject.EVERYONE;
import static org.hireflow.testing.access.Subject.HIRING_MANAGER;
import static org.hireflow.testing.access.Subject.HR;
import static org.hireflow.testing.access.Subject.OTHER_PANEL_MEMBER;
import static org.hireflow.testing.access.Subject.PANEL_CHAIR;
import static org.hireflow.testing.access.Subject.PANEL_MEMBER;
import static org.hireflow.testing.access.Subject.RECRUITER;
import static org.hireflow.testing.access.Subject.STAFF;
import static org.hireflow.testing.access.Subject.only;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.hireflow.application.StatusTokens;
import org.hireflow.platform.web.Problem;
import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.WebappSession;
import org.hireflow.testing.access.JaxRsEndpoints;
import org.hireflow.testing.access.MatrixReport;
import org.hireflow.testing.access.MatrixWorld;
import org.hireflow.testing.access.Probe;
import org.hireflow.testing.access.Probe.Call;
import org.hireflow.testing.access.Subject;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import jakarta.ws.rs.core.Application;

/**
 * The access matrix: every HTTP endpoint — the service's own (from Spring's handler
 * mappings, actuator included), every engine REST operation, the same operations on the
 * webapps' engine API, the webapps' own APIs, the dev pages — asked by every kind of
 * person the service meets. Each cell is a real request and asserts allow or deny; a new
 * endpoint fails this test until it is placed below. The README's security section is
 * written from what was observed here.
 * <p>
 * "Allowed" means the service's access rules let the call through (what follows may still
 * be a 400 for the deliberately empty body, or a 404 for a made-up id); "denied" means
 * the service refused it: 401/403, or a 404 that hides a task or an application from a
 * stranger.
 */
@IntegrationTest
class AccessMatrixTests {

	static final String ENGINE_REST = "/engine-rest";

	static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

	static final String WEBAPP_API = "/camunda/api";

	/**
	 * Well-formed ids of nothing: a call passes or fails the firewall on who asks, not on
	 * a malformed id.
	 */
	static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";

	static final String UNKNOWN_DEFINITION = "application:1:" + UNKNOWN_ID;

	/** The service's own endpoints and who may call them. */
	static final Map<String, Set<Subject>> SERVICE = new LinkedHashMap<>();

	static {
		Set<Subject> readers = only(RECRUITER, HIRING_MANAGER, HR, ADMIN);
		Set<Subject> owners = only(HIRING_MANAGER, HR, ADMIN);
		Set<Subject> hr = only(HR, ADMIN);
		Set<Subject> candidate = only(CANDIDATE);
		SERVICE.put("GET /", EVERYONE);
		SERVICE.put("GET /error", Set.of()); // the error page answers error dispatches
												// only
		SERVICE.put("GET /vacancies", EVERYONE);
		SERVICE.put("GET /vacancies/feed.atom", EVERYONE);
		SERVICE.put("GET /vacancies/{reference}", EVERYONE);
		SERVICE.put("GET /vacancies/{reference}/apply", EVERYONE);
		SERVICE.put("GET /applied", EVERYONE);
		SERVICE.put("GET /status/lost", EVERYONE);
		SERVICE.put("POST /status/lost", EVERYONE);
		SERVICE.put("GET /status/{token}", candidate);
		SERVICE.put("GET /status/{token}/withdraw", candidate);
		SERVICE.put("POST /status/{token}/withdraw", candidate);
		SERVICE.put("GET /status/{token}/interview.ics", candidate);
		SERVICE.put("GET /status/{token}/offer", candidate);
		SERVICE.put("POST /status/{token}/offer", candidate);
		SERVICE.put("GET /status/{token}/details", candidate);
		SERVICE.put("POST /status/{token}/details", candidate);
		SERVICE.put("GET /status/{token}/personal-data", candidate);
		SERVICE.put("GET /status/{token}/erasure", candidate);
		SERVICE.put("POST /status/{token}/erasure", candidate);
		SERVICE.put("GET /api/public/vacancies", EVERYONE);
		SERVICE.put("GET /api/public/vacancies/{reference}", EVERYONE);
		SERVICE.put("POST /api/public/vacancies/{vacancyReference}/applications", EVERYONE);
		SERVICE.put("GET /api/applications", readers);
		SERVICE.put("GET /api/applications/{reference}", readers);
		SERVICE.put("POST /api/applications/{reference}/withdrawal", hr);
		SERVICE.put("POST /api/applications/{reference}/interview/reschedule", only(RECRUITER, HR, ADMIN));
		SERVICE.put("POST /api/applications/{reference}/interview/cancellation", only(RECRUITER, HR, ADMIN));
		SERVICE.put("POST /api/applications/{reference}/offer/answer", hr);
		SERVICE.put("PUT /api/applications/{reference}/offer/start-date", hr);
		SERVICE.put("GET /api/vacancies", readers);
		SERVICE.put("POST /api/vacancies", owners);
		SERVICE.put("GET /api/vacancies/{reference}", readers);
		SERVICE.put("POST /api/vacancies/{reference}/submission", owners);
		SERVICE.put("POST /api/vacancies/{reference}/closing-date", owners);
		SERVICE.put("POST /api/vacancies/{reference}/cancellation", owners);
		SERVICE.put("PUT /api/vacancies/{reference}/panel", owners);
		SERVICE.put("GET /api/vacancies/{reference}/reserve-list",
				only(PANEL_MEMBER, PANEL_CHAIR, OTHER_PANEL_MEMBER, HIRING_MANAGER, HR, ADMIN));
		SERVICE.put("POST /api/vacancies/{reference}/reserve-list/reorder", only(PANEL_CHAIR, ADMIN));
		SERVICE.put("GET /api/member-states", readers);
		SERVICE.put("PUT /api/member-states/{code}", only(ADMIN));
		SERVICE.put("DELETE /api/member-states/{code}", only(ADMIN));
		SERVICE.put("GET /api/outbox", hr);
		SERVICE.put("POST /api/outbox/{id}/retry", hr);
		SERVICE.put("GET /api/tasks/{taskId}/context", only(PANEL_MEMBER, ADMIN));
		SERVICE.put("GET /api/tasks/{taskId}/cv", only(PANEL_MEMBER, ADMIN));
		SERVICE.put("GET /api/reports/pipeline", hr);
		SERVICE.put("GET /api/reports/pipeline.csv", hr);
		SERVICE.put("GET /reports/pipeline", hr);
		SERVICE.put("GET /api/applications/{reference}/personal-data", hr);
		SERVICE.put("POST /api/applications/{reference}/erasure", hr);
		SERVICE.put("GET /api/retention/runs", hr);
		SERVICE.put("GET /api/retention/runs/{id}", hr);
		SERVICE.put("POST /api/retention/runs", hr);
		SERVICE.put("GET /api/admin-actions", only(ADMIN));
		SERVICE.put("GET /api/event-publications", only(ADMIN));
		SERVICE.put("POST /api/event-publications/resubmission", only(ADMIN));
		SERVICE.put("GET /v3/api-docs", EVERYONE);
		SERVICE.put("GET /v3/api-docs.yaml", EVERYONE);
		SERVICE.put("GET /v3/api-docs/swagger-config", EVERYONE);
		SERVICE.put("GET /swagger-ui.html", EVERYONE);
		SERVICE.put("GET /actuator", only(ADMIN));
		SERVICE.put("GET /actuator/health", EVERYONE);
		SERVICE.put("GET /actuator/health/**", EVERYONE);
		SERVICE.put("GET /actuator/info", EVERYONE);
		SERVICE.put("GET /actuator/metrics", only(ADMIN));
		SERVICE.put("GET /actuator/metrics/{requiredMetricName}", only(ADMIN));
		SERVICE.put("GET /actuator/flyway", only(ADMIN));
		// the embedded run's dev mailbox (its controller exists only in that profile; the
		// rule is tested here)
		SERVICE.put("GET /dev/mailbox", only(ADMIN));
		SERVICE.put("GET /dev/mailbox/{id}", only(ADMIN));
	}

	static final Set<String> PROFILE_ONLY = Set.of("GET /dev/mailbox", "GET /dev/mailbox/{id}");

	/**
	 * Engine operations anyone but an administrator may call, on both engine APIs; all
	 * others: admins only.
	 */
	static final Map<String, Set<Subject>> ENGINE = new LinkedHashMap<>();

	static {
		Set<Subject> taskWorker = only(PANEL_MEMBER, ADMIN); // the panel member's own
																// evaluation task
		Set<Subject> candidateWorker = only(RECRUITER, ADMIN); // the screening task
																// offered to the
																// recruiter
		for (String operation : List.of("GET /filter", "OPTIONS /filter", "GET /filter/count", "GET /filter/{id}",
				"GET /filter/{id}/list", "POST /filter/{id}/list", "GET /filter/{id}/count", "POST /filter/{id}/count",
				"GET /task", "POST /task", "GET /task/count", "POST /task/count", "GET /process-definition/{id}",
				"GET /process-definition/{id}/xml", "GET /user/{id}/profile", "GET /group", "GET /identity/groups")) {
			ENGINE.put(operation, STAFF);
		}
		for (String operation : List.of("GET /task/{id}", "GET /task/{id}/form", "GET /task/{id}/deployed-form",
				"GET /task/{id}/form-variables", "GET /task/{id}/identity-links", "POST /task/{id}/complete",
				"POST /task/{id}/submit-form")) {
			ENGINE.put(operation, taskWorker);
		}
		ENGINE.put("POST /task/{id}/claim", candidateWorker);
		ENGINE.put("POST /task/{id}/unclaim", candidateWorker);
	}

	/**
	 * The webapps' own APIs anyone may call; the first-run setup nobody may; all others:
	 * admins only.
	 */
	static final Map<String, Set<Subject>> WEBAPP = Map.of( //
			"GET /admin/auth/user/{processEngineName}", EVERYONE, //
			"POST /admin/auth/user/{processEngineName}/login/{appName}", EVERYONE, //
			"POST /admin/auth/user/{processEngineName}/logout", EVERYONE, //
			"POST /admin/setup/{engine}/user/create", Set.of());

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Pipeline pipeline;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	StatusTokens tokens;

	@Autowired
	TestClock clock;

	MatrixWorld world;

	@Test
	void every_endpoint_answers_every_kind_of_person_as_the_matrix_says() throws Exception {
		world = new MatrixWorld(pipeline, identity, tasks, history, management, tokens, clock);
		MatrixWorld.Facts facts = world.build();
		Map<Subject, Probe> probes = new LinkedHashMap<>();
		for (Subject subject : Subject.values()) {
			probes.put(subject, new Probe(port, subject));
		}
		List<Row> rows = new ArrayList<>();

		Set<String> service = serviceEndpoints();
		assertThat(service).as("endpoints missing from the matrix: place them in SERVICE").isSubsetOf(SERVICE.keySet());
		for (Map.Entry<String, Set<Subject>> row : SERVICE.entrySet()) {
			assertThat(service.contains(row.getKey()) || PROFILE_ONLY.contains(row.getKey()))
				.as("SERVICE names an endpoint that no longer exists: " + row.getKey())
				.isTrue();
			rows.add(new Row("Service", row.getKey(), row.getValue(), probe -> serviceCall(row.getKey(), probe, facts),
					response -> response.status() == 404 && notFoundHides(row.getKey()), true));
		}

		Set<String> engine = JaxRsEndpoints.of(CamundaRestResources.getResourceClasses());
		engine.removeIf(operation -> operation.contains(" /engine/{name}"));
		assertThat(engine).as("engine operations the matrix expects").containsAll(ENGINE.keySet());
		for (String api : List.of(ENGINE_REST, WEBAPP_ENGINE)) {
			String section = api.equals(ENGINE_REST) ? "Engine REST (/engine-rest)"
					: "Webapps' engine API (/camunda/api/engine)";
			for (String operation : engine) {
				Set<Subject> expected = ENGINE.getOrDefault(operation, only(ADMIN));
				if (operation.equals("GET /engine")) {
					expected = api.equals(WEBAPP_ENGINE) ? EVERYONE : STAFF;
				}
				boolean claiming = operation.endsWith("/claim") || operation.endsWith("/unclaim");
				rows.add(new Row(section, operation, expected,
						probe -> probe.send(engineCall(api, operation, probe.subject(), facts)),
						AccessMatrixTests::hiddenByFirewall, claiming));
			}
		}

		Set<String> webapps = webappEndpoints();
		assertThat(webapps).as("webapp operations the matrix expects").containsAll(WEBAPP.keySet());
		for (String operation : webapps) {
			Set<Subject> expected = WEBAPP.getOrDefault(operation,
					operation.contains("/static/") && operation.startsWith("GET ") ? EVERYONE : only(ADMIN));
			rows.add(new Row("Webapps' APIs (/camunda/api/{admin,cockpit,tasklist,welcome})", operation, expected,
					probe -> webappAttempt(operation, probe), AccessMatrixTests::hiddenByFirewall, false));
		}

		List<String> wrong = Collections.synchronizedList(new ArrayList<>());
		Map<Row, Set<Subject>> observed = new ConcurrentHashMap<>();
		// rows that change what they touch run in order; the others (refusals, reads,
		// unreadable bodies) in parallel
		for (Row row : rows) {
			if (row.inOrder()) {
				observed.put(row, run(row, probes, wrong));
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (var done : pool.invokeAll(rows.stream()
				.filter(row -> !row.inOrder())
				.map(row -> (Callable<Set<Subject>>) () -> observed.put(row, run(row, probes, wrong)))
				.toList())) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		world.undoSideEffects();

		List<MatrixReport.Line> lines = rows.stream()
			.map(row -> new MatrixReport.Line(row.section(), row.endpoint(), observed.get(row)))
			.toList();
		MatrixReport.writeInto(Path.of("README.md"), MatrixReport.markdown(lines));
		assertThat(wrong).as("cells that differ from the matrix").isEmpty();
	}

	/**
	 * One endpoint, how each subject calls it, and what counts as the service hiding a
	 * record.
	 */
	record Row(String section, String endpoint, Set<Subject> expected, Function<Probe, Api.Response> attempt,
			Predicate<Api.Response> hidden, boolean inOrder) {
	}

	// ---- one row

	private Set<Subject> run(Row row, Map<Subject, Probe> probes, List<String> wrong) {
		Set<Subject> allowed = EnumSet.noneOf(Subject.class);
		Map<Subject, Integer> statuses = new LinkedHashMap<>();
		for (Probe probe : probes.values()) {
			Subject subject = probe.subject();
			world.prepare(row.endpoint());
			Api.Response response = row.attempt().apply(probe);
			statuses.put(subject, response.status());
			if (allowedBy(response, row.hidden())) {
				allowed.add(subject);
			}
			boolean enginesOwnTrouble = subject == ADMIN && !row.section().equals("Service");
			if (response.status() >= 500 && !enginesOwnTrouble) {
				wrong.add(row.endpoint() + " as " + subject + ": " + response.status() + " "
						+ abbreviate(response.text()));
			}
		}
		if (!allowed.equals(row.expected())) {
			wrong.add(row.section() + " " + row.endpoint() + ": allowed " + allowed + ", expected " + row.expected()
					+ " (answers " + statuses + ")");
		}
		return allowed;
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	/**
	 * Refused by the service: 401/403 of its own (not the engine's, which answers only
	 * after the service let the call in), or a 404 on a row where 404 is how a record is
	 * hidden from a stranger (for engine calls, the firewall's "task-not-found").
	 */
	static boolean allowedBy(Api.Response response, Predicate<Api.Response> hidden) {
		int status = response.status();
		if (status == 401 || status == 403) {
			return isEnginesOwn(response);
		}
		return !hidden.test(response);
	}

	/**
	 * Camunda's own answers (its error JSON, not the service's problem types) come after
	 * the service let a call in.
	 */
	private static boolean isEnginesOwn(Api.Response response) {
		String text = response.text();
		return !text.contains(Problem.TYPE_BASE) && text.contains("\"type\"")
				&& (text.contains("Exception") || text.contains("\"message\""));
	}

	/**
	 * The engine firewall's 404 for a task that is none of the caller's business (the
	 * engine's own 404s pass, and so do the container's, which carry the service's
	 * {@code not-found} type).
	 */
	private static boolean hiddenByFirewall(Api.Response response) {
		return response.status() == 404 && response.text().contains(Problem.TYPE_BASE + "task-not-found");
	}

	/**
	 * Rows where a 404 is the refusal: a link that opens nothing, a task that is none of
	 * the caller's business.
	 */
	private static boolean notFoundHides(String endpoint) {
		return endpoint.contains("{token}") || endpoint.contains("{taskId}") || endpoint.equals("GET /error");
	}

	// ---- requests

	private Api.Response serviceCall(String endpoint, Probe probe, MatrixWorld.Facts facts) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
		String path = facts.servicePath(pattern, probe.subject());
		if (method.equals("POST") && pattern.startsWith("/status/")) {
			// a candidate page's form: opened first for its CSRF token, as a browser
			// does; one client address each
			Call post = Call.of("POST", path)
				.header("X-Forwarded-For", "198.51.100." + (probe.subject().ordinal() + 1));
			boolean lost = pattern.equals("/status/lost");
			String form = lost ? path : facts.servicePath("/status/{token}/details", probe.subject());
			if (pattern.endsWith("/withdraw") && probe.subject() == CANDIDATE) {
				form = path.replace("/withdraw", "/details");
			}
			return probe.submitForm(form, post, lost ? Map.of("email", "mx-lost@example.org") : Map.of());
		}
		if (pattern.equals("/applied")) {
			path = path + "?reference=" + facts.application();
		}
		Call call = Call.of(method, path).header("Accept", "application/json, text/html");
		if (method.equals("GET")) {
			return probe.send(call);
		}
		if (pattern.endsWith("/reserve-list/reorder")) {
			return probe.send(call.json("{\"application\":\"AP-0000-000000\",\"position\":1,\"reason\":\"matrix\"}"));
		}
		return probe.send(call.json("{}"));
	}

	private Call engineCall(String api, String operation, Subject subject, MatrixWorld.Facts facts) {
		String method = operation.substring(0, operation.indexOf(' '));
		String pattern = operation.substring(operation.indexOf(' ') + 1);
		String me = subject.user == null ? PANEL_MEMBER.user : subject.user;
		String taskId = pattern.endsWith("/claim") || pattern.endsWith("/unclaim") ? facts.screeningTask()
				: facts.evaluationTask();
		String path = pattern.startsWith("/task/{id}") ? pattern.replace("{id}", taskId)
				: pattern.startsWith("/user/{id}") ? pattern.replace("{id}", me) : pattern;
		path = path.replace("/process-definition/{id}", "/process-definition/" + UNKNOWN_DEFINITION)
			.replaceAll("\\{[^}]+}", UNKNOWN_ID);
		if (pattern.equals("/engine") && api.equals(WEBAPP_ENGINE)) {
			return Call.of(method, "/camunda/api/engine/engine/"); // where the webapps
																	// ask for the engine
																	// list
		}
		if (pattern.equals("/group")) {
			path += "?member=" + me;
		}
		if (pattern.equals("/identity/groups")) {
			path += "?userId=" + me;
		}
		boolean ownTaskQuery = pattern.equals("/task") || pattern.equals("/task/count");
		if (ownTaskQuery && method.equals("GET")) {
			path += "?candidateUser=" + me; // a task query names the caller
		}
		Call call = Call.of(method, api + path);
		if (method.equals("GET") || method.equals("OPTIONS")) {
			return call;
		}
		if (subject == ADMIN) {
			// administrators pass the firewall: a body the operation cannot read keeps
			// the engine from acting
			return call.body("text/plain", "matrix");
		}
		if (pattern.endsWith("/claim") || pattern.endsWith("/unclaim")) {
			return call.json("{\"userId\":\"" + me + "\"}");
		}
		if (ownTaskQuery) {
			return call.json("{\"candidateUser\":\"" + me + "\"}");
		}
		return call
			.json(pattern.endsWith("/complete") || pattern.endsWith("/submit-form") ? "{\"variables\":{}}" : "{}");
	}

	/**
	 * Signing in and out happen in a browser of their own, so that each subject keeps its
	 * session.
	 */
	private Api.Response webappAttempt(String operation, Probe probe) {
		if (operation.endsWith("/login/{appName}")) {
			return WebappSession.anonymous(port)
				.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
						"application/x-www-form-urlencoded",
						"username=" + Subject.RECRUITER.user + "&password=" + Subject.RECRUITER.user);
		}
		if (operation.endsWith("/logout")) {
			return WebappSession.login(port, Subject.RECRUITER.user, "tasklist")
				.send("POST", "/camunda/api/admin/auth/user/default/logout", null, null);
		}
		return probe.send(webappCall(operation, probe.subject()));
	}

	private Call webappCall(String operation, Subject subject) {
		String method = operation.substring(0, operation.indexOf(' '));
		String pattern = operation.substring(operation.indexOf(' ') + 1);
		String path = pattern.replace("{processEngineName}", "default")
			.replace("{engineName}", "default")
			.replace("{engine}", "default")
			.replace("{appName}", "tasklist")
			.replace("{file}", "app/plugin.js")
			.replaceAll("\\{[^}]+}", UNKNOWN_ID);
		Call call = Call.of(method, WEBAPP_API + path);
		if (method.equals("GET") || method.equals("OPTIONS")) {
			return call;
		}
		return call.body(subject == ADMIN ? "text/plain" : "application/json", subject == ADMIN ? "matrix" : "{}");
	}

	// ---- endpoints

	/**
	 * "METHOD /pattern" for every handler method Spring MVC knows (controllers,
	 * springdoc, actuator).
	 */
	private Set<String> serviceEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
				if (methods.isEmpty()) {
					methods.add("GET");
				}
				for (String pattern : info.getPatternValues()) {
					methods.forEach(m -> endpoints.add(m + " " + pattern));
				}
			}
		}
		return endpoints;
	}

	/**
	 * Every operation of Cockpit's, Admin's, Tasklist's and Welcome's own APIs, with
	 * their plugins.
	 */
	private static Set<String> webappEndpoints() throws ReflectiveOperationException {
		Set<String> operations = new TreeSet<>();
		Map<String, String> applications = Map.of("/cockpit", "org.camunda.bpm.cockpit.impl.web.CockpitApplication",
				"/admin", "org.camunda.bpm.admin.impl.web.AdminApplication", "/tasklist",
				"org.camunda.bpm.tasklist.impl.web.TasklistApplication", "/welcome",
				"org.camunda.bpm.welcome.impl.web.WelcomeApplication");
		for (Map.Entry<String, String> app : applications.entrySet()) {
			Application application = (Application) Class.forName(app.getValue())
				.getDeclaredConstructor()
				.newInstance();
			for (String operation : JaxRsEndpoints.of(application.getClasses())) {
				int space = operation.indexOf(' ');
				operations.add(operation.substring(0, space) + " " + app.getKey() + operation.substring(space + 1));
			}
		}
		return operations;
	}

}
