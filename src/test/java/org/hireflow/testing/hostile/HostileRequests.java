package org.hireflow.testing.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated requests that every public and staff endpoint must refuse with a 4xx — never
 * a 5xx, never a stored row. Each is built from a valid request and broken on purpose in
 * a way that cannot come out valid: a truncated or trailing-garbage document, a value of
 * the wrong type, a required field removed, an unknown field, text with control or
 * invisible characters or broken Unicode, huge and deeply nested bodies, broken
 * multipart, unknown references and paths spelt to slip past a prefix check.
 */
public final class HostileRequests {

	/** One request: who sends it, and what. {@code user} null = anonymous. */
	public record Request(String kind, String method, String path, String contentType, byte[] body, String user,
			Map<String, String> headers) {

		@Override
		public String toString() {
			String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
			return kind + ": " + method + " " + path + " as " + user + " ["
					+ (text.length() > 300 ? text.substring(0, 300) + "…" : text) + "]";
		}

	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String vacancy;

	private final Map<String, Object> application;

	private final Map<String, Object> vacancyRequest;

	private final String staff;

	private final String admin;

	private final String recruiter;

	/**
	 * @param vacancy an open vacancy's reference
	 * @param application a valid application for it (a fresh email is put in each
	 * request)
	 * @param vacancyRequest a valid request to draft a vacancy
	 * @param staff an HR user
	 * @param admin an administrator
	 * @param recruiter a recruiter (passwords = user ids)
	 */
	public HostileRequests(String vacancy, Map<String, Object> application, Map<String, Object> vacancyRequest,
			String staff, String admin, String recruiter) {
		this.recruiter = recruiter;
		this.vacancy = vacancy;
		this.application = application;
		this.vacancyRequest = vacancyRequest;
		this.staff = staff;
		this.admin = admin;
	}

	public Arbitrary<Request> all() {
		return Arbitraries.frequencyOf(Tuple.of(30, intakeJson()), Tuple.of(8, intakeMultipart()),
				Tuple.of(20, staffJson()), Tuple.of(6, staffQueries()), Tuple.of(8, paths()), Tuple.of(4, pages()),
				Tuple.of(6, engine()));
	}

	// ---- the public intake API

	private String intakePath() {
		return "/api/public/vacancies/" + vacancy + "/applications";
	}

	Arbitrary<Request> intakeJson() {
		Arbitrary<String> bodies = Arbitraries.oneOf(brokenDocument(this::freshApplication),
				wrongType(this::freshApplication, APPLICATION_TYPES), missingField(this::freshApplication),
				unknownField(this::freshApplication), hostileApplicationText(), huge(), deeplyNested());
		Arbitrary<Request> json = bodies.map(body -> new Request("intake-json", "POST", intakePath(),
				"application/json", utf8(body), null, Map.of()));
		Arbitrary<Request> elsewhere = Arbitraries
			.oneOf(Arbitraries.of("VN-2099-9999", "VN-0000-0000", "x", "%00x"),
					Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30))
			.map(ref -> new Request("intake-unknown-vacancy", "POST", "/api/public/vacancies/" + ref + "/applications",
					"application/json", utf8(write(freshApplication())), null, Map.of()));
		Arbitrary<Request> contentTypes = Arbitraries
			.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
					"application/json; charset=ebcdic", "multipart/form-data")
			.map(type -> new Request("intake-content-type", "POST", intakePath(), type, utf8(write(freshApplication())),
					null, Map.of()));
		Arbitrary<Request> keys = Arbitraries
			.oneOf(Arbitraries.strings().withCharRange('a', 'z').ofLength(101),
					Arbitraries.of(" ", "key with space", "quote\"d key"))
			.map(key -> new Request("intake-idempotency-key", "POST", intakePath(), "application/json",
					utf8(write(freshApplication())), null, Map.of("Idempotency-Key", key)));
		return Arbitraries.frequencyOf(Tuple.of(20, json), Tuple.of(2, elsewhere), Tuple.of(2, contentTypes),
				Tuple.of(2, keys));
	}

	Arbitrary<Request> intakeMultipart() {
		String boundary = "hostile-boundary";
		Arbitrary<Request> noBoundary = Arbitraries.just(new Request("multipart-no-boundary", "POST", intakePath(),
				"multipart/form-data", multipart(boundary, write(freshApplication()), true), null, Map.of()));
		// cut into the closing delimiter at least, so that no prefix is a complete body
		Arbitrary<Request> truncated = Arbitraries.integers().between(boundary.length() + 7, 400).map(cut -> {
			byte[] whole = multipart(boundary, write(freshApplication()), true);
			byte[] part = java.util.Arrays.copyOf(whole, Math.max(1, whole.length - cut));
			return new Request("multipart-truncated", "POST", intakePath(), "multipart/form-data; boundary=" + boundary,
					part, null, Map.of());
		});
		Arbitrary<Request> tooMany = Arbitraries.integers().between(51, 120).map(parts -> {
			StringBuilder body = new StringBuilder();
			for (int i = 0; i < parts; i++) {
				body.append("--")
					.append(boundary)
					.append("\r\nContent-Disposition: form-data; name=\"p")
					.append(i)
					.append("\"\r\n\r\nx\r\n");
			}
			body.append("--").append(boundary).append("--\r\n");
			return new Request("multipart-too-many-parts", "POST", intakePath(),
					"multipart/form-data; boundary=" + boundary, utf8(body.toString()), null, Map.of());
		});
		Arbitrary<Request> hostileJsonPart = Arbitraries
			.oneOf(brokenDocument(this::freshApplication), wrongType(this::freshApplication, APPLICATION_TYPES),
					hostileApplicationText())
			.map(json -> new Request("multipart-hostile-json", "POST", intakePath(),
					"multipart/form-data; boundary=" + boundary, multipart(boundary, json, true), null, Map.of()));
		Arbitrary<Request> notPdf = Arbitraries.bytes()
			.array(byte[].class)
			.ofMinSize(1)
			.ofMaxSize(2000)
			.map(bytes -> new Request("multipart-cv-not-pdf", "POST", intakePath(),
					"multipart/form-data; boundary=" + boundary,
					multipartWithFile(boundary, write(freshApplication()), bytes), null, Map.of()));
		Arbitrary<Request> noApplication = Arbitraries.just(new Request("multipart-no-application", "POST",
				intakePath(), "multipart/form-data; boundary=" + boundary, utf8("--" + boundary
						+ "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary + "--\r\n"),
				null, Map.of()));
		return Arbitraries.oneOf(noBoundary, truncated, tooMany, hostileJsonPart, notPdf, noApplication);
	}

	// ---- staff endpoints, as HR and as an administrator

	Arbitrary<Request> staffJson() {
		Arbitrary<String> users = Arbitraries.of(staff, admin);
		Arbitrary<String> draft = Arbitraries.oneOf(brokenDocument(this::freshVacancy),
				wrongType(this::freshVacancy, VACANCY_TYPES), missingField(this::freshVacancy),
				unknownField(this::freshVacancy), hostileVacancyText());
		Arbitrary<Request> drafts = Combinators.combine(draft, users)
			.as((body, user) -> new Request("staff-draft-vacancy", "POST", "/api/vacancies", "application/json",
					utf8(body), user, Map.of()));
		Arbitrary<String> references = Arbitraries.of("VN-2099-9999", vacancy, "AP-2099-999999", "nope");
		Arbitrary<Request> actions = Combinators
			.combine(Arbitraries.of(STAFF_ACTIONS), references, users, hostileSmallBody())
			.as((action, reference, user, body) -> new Request("staff-" + action[1], action[0],
					action[1].replace("{ref}", reference), "application/json", utf8(body), user, Map.of()));
		return Arbitraries.frequencyOf(Tuple.of(3, drafts), Tuple.of(2, actions));
	}

	/** Staff actions as METHOD, path; all of them get a body that cannot be valid. */
	private static final String[][] STAFF_ACTIONS = { { "POST", "/api/vacancies/{ref}/closing-date" },
			{ "POST", "/api/vacancies/{ref}/cancellation" }, { "PUT", "/api/vacancies/{ref}/panel" },
			{ "POST", "/api/vacancies/{ref}/reserve-list/reorder" },
			{ "POST", "/api/applications/{ref}/interview/reschedule" },
			{ "POST", "/api/applications/{ref}/offer/answer" }, { "PUT", "/api/applications/{ref}/offer/start-date" } };

	/**
	 * Bodies no staff action accepts: every field of every action is either missing,
	 * mistyped or hostile.
	 */
	private Arbitrary<String> hostileSmallBody() {
		Arbitrary<Object> wrong = Arbitraries.of(true, 0, 1.5, List.of(), Map.of("a", 1));
		Arbitrary<String> mistyped = Combinators.combine(wrong, wrong, wrong)
			.as((a, b, c) -> write(Map.of("reason", a, "closingAt", b, "members", c, "chair", a, "accepted", b,
					"application", c, "position", a, "startsAt", b, "timeZone", c, "startDate", a)));
		Arbitrary<String> hostile = HostileText.freeText()
			.map(text -> HostileText.escapeLoneSurrogates(
					write(Map.of("reason", text, "application", text, "position", "1", "members", List.of(text),
							"chair", text, "accepted", "yes", "startsAt", text, "timeZone", text, "startDate", text))));
		return Arbitraries.oneOf(mistyped, hostile, Arbitraries.of("", "{", "[]", "null", "{}}", "\"x\""),
				Arbitraries.strings().ofMaxLength(50).map(s -> "{\"" + s));
	}

	Arbitrary<Request> staffQueries() {
		Arbitrary<String> bad = Arbitraries.of("BOGUS", "-1", "999999999999", "%00", "%E2%80%AE", "1e9", "",
				"submitted");
		Arbitrary<String> queries = Combinators.combine(Arbitraries.of("status", "page", "size", "vacancy"), bad)
			.as((name, value) -> name + "=" + value);
		Arbitrary<String> paths = Arbitraries.of("/api/applications", "/api/vacancies", "/api/outbox");
		return Combinators.combine(paths, queries, Arbitraries.of(staff, admin))
			.as((path, query, user) -> new Request("staff-query", "GET", path + "?" + query, null, null, user,
					Map.of()));
	}

	// ---- paths spelt to slip past a prefix check, pages, the engine

	Arbitrary<Request> paths() {
		return Combinators
			.combine(
					Arbitraries.of("/%65ngine-rest/task", "/engine-rest/%74ask", "/engine-rest/./task",
							"/engine-rest/../engine-rest/task", "/camunda/api/admin;x=1/setup/default/user/create",
							"/camunda/api/admin/setup;/default/user/create", "/api//applications",
							"/api/%2e%2e/engine-rest/task", "/api/public/vacancies/%2F..%2Fapplications", "/status/%00",
							"/engine-rest/task%00", "/api%5Capplications", "/%61pi/applications",
							"/camunda/api/engine/engine/default/task;jsessionid=x", "/api/applications%3B"),
					Arbitraries.of("GET", "POST", "PUT", "DELETE"), Arbitraries.of(staff, admin, "").injectNull(0.3))
			.as((path, method, user) -> new Request("path", method, path, "application/json", utf8("{}"),
					user == null || user.isEmpty() ? null : user, Map.of()));
	}

	Arbitrary<Request> pages() {
		Arbitrary<String> tokens = Arbitraries
			.oneOf(Arbitraries.strings().ascii().ofMaxLength(150),
					Arbitraries.of("AP-2026-000001.forged", ".", "..x", "a.b.c"))
			.map(token -> java.net.URLEncoder.encode(token, StandardCharsets.UTF_8).replace("+", "%20"));
		return Combinators
			.combine(Arbitraries.of("", "/withdraw", "/offer", "/details"), tokens, Arbitraries.of("GET", "POST"))
			.as((suffix, token, method) -> new Request("page-status", method, "/status/" + token + suffix,
					method.equals("POST") ? "application/x-www-form-urlencoded" : null,
					method.equals("POST") ? utf8("answer=accept&correspondenceLanguage=fr") : null, null, Map.of()));
	}

	Arbitrary<Request> engine() {
		Arbitrary<String> garbage = Arbitraries.oneOf(Arbitraries.of("{", "[]", "null", "\"x\"", "{\"variables\":7}",
				"{\"orQueries\":[{\"assigneeExpression\":\"${1+1}\"}]}", "{\"sorting\":[{\"sortBy\":\"nope\"}]}"),
				HostileText.freeText().map(text -> HostileText.escapeLoneSurrogates(write(Map.of("name", text)))));
		Arbitrary<String> paths = Arbitraries.of("/engine-rest/task", "/engine-rest/task/count",
				"/engine-rest/filter/00000000-0000-0000-0000-000000000000/list",
				"/engine-rest/task/00000000-0000-0000-0000-000000000000/complete",
				"/engine-rest/task/00000000-0000-0000-0000-000000000000/submit-form",
				"/engine-rest/filter/00000000-0000-0000-0000-000000000000/list", "/engine-rest/process-instance",
				"/engine-rest/message", "/engine-rest/task/not-an-id/claim");
		return Combinators.combine(paths, garbage, Arbitraries.of(recruiter, staff))
			.as((path, body, user) -> new Request(isQuery(path) ? "engine-query" : "engine-change", "POST", path,
					"application/json", utf8(body), user, Map.of()));
	}

	/**
	 * Camunda's queries are POSTs: a hostile query may still be answered (200), but never
	 * with a 5xx.
	 */
	public static boolean isQuery(String path) {
		return path.equals("/engine-rest/task") || path.endsWith("/count") || path.endsWith("/list");
	}

	// ---- ways to break a JSON document that never come out valid

	/**
	 * Field → the JSON type it must have: s string, i integer, b boolean, a array, o
	 * object.
	 */
	private static final Map<String, Character> APPLICATION_TYPES = types("email:s givenName:s familyName:s "
			+ "dateOfBirth:s nationalities:a appliedNationality:s languages:a highestDegree:s yearsOfExperience:i "
			+ "correspondenceLanguage:s declarations:o answers:a");

	private static final Map<String, Character> VACANCY_TYPES = types("title:s category:s grade:s division:s "
			+ "location:s posts:i closingAt:s timeZone:s expectedStartDate:s languageRequirements:o minDegree:s "
			+ "minYearsExperience:i questions:a competencies:a hiringManager:s recruiters:a panel:o");

	private Arbitrary<String> brokenDocument(java.util.function.Supplier<Map<String, Object>> valid) {
		Arbitrary<String> truncated = Arbitraries.integers().between(0, 100_000).map(at -> {
			String whole = write(valid.get());
			return whole.substring(0, at % whole.length());
		});
		Arbitrary<String> trailing = Arbitraries.of("}", "]", ",", "x", "{}", " 1", "\"")
			.map(tail -> write(valid.get()) + tail);
		Arbitrary<String> leading = Arbitraries.of("x", "]", "\uFEFF\uFEFF", ",")
			.map(head -> head + write(valid.get()));
		return Arbitraries.oneOf(truncated, trailing, leading);
	}

	private Arbitrary<String> wrongType(java.util.function.Supplier<Map<String, Object>> valid,
			Map<String, Character> types) {
		return Combinators
			.combine(Arbitraries.of(new ArrayList<>(types.keySet())), Arbitraries.integers().between(0, 9))
			.as((field, pick) -> {
				Map<String, Object> body = valid.get();
				List<Object> wrong = wrongValues(types.get(field));
				body.put(field, wrong.get(pick % wrong.size()));
				return write(body);
			});
	}

	private static List<Object> wrongValues(char type) {
		return switch (type) {
			case 's' -> List.of(true, 0, 1.5, List.of("x"), Map.of("x", 1));
			case 'i' -> List.of("8", true, 1.5, List.of(1), Map.of(), "", 1e300);
			case 'b' -> List.of(0, 1, "true", List.of(), Map.of());
			case 'a' -> List.of("FR", true, 0, Map.of("x", 1));
			default -> List.of("x", true, 0, List.of());
		};
	}

	private Arbitrary<String> missingField(java.util.function.Supplier<Map<String, Object>> valid) {
		return Arbitraries.integers().between(0, 100).map(i -> {
			Map<String, Object> body = valid.get();
			List<String> fields = new ArrayList<>(body.keySet());
			fields.removeIf(f -> f.equals("assessmentPassMark") || f.equals("blindScreening"));
			body.remove(fields.get(i % fields.size()));
			return write(body);
		});
	}

	private Arbitrary<String> unknownField(java.util.function.Supplier<Map<String, Object>> valid) {
		return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(name -> {
			Map<String, Object> body = valid.get();
			body.put("x" + name, "surprise");
			return write(body);
		});
	}

	private Arbitrary<String> hostileApplicationText() {
		Arbitrary<Function<String, Map<String, Object>>> where = Arbitraries.of(text -> {
			Map<String, Object> body = freshApplication();
			body.put("givenName", text);
			return body;
		}, text -> {
			Map<String, Object> body = freshApplication();
			body.put("familyName", text);
			return body;
		});
		Arbitrary<String> names = Combinators.combine(where, HostileText.name())
			.as((put, name) -> write(put.apply(name)));
		Arbitrary<String> answers = HostileText.freeText().map(text -> {
			Map<String, Object> body = freshApplication();
			body.put("answers", List.of(Map.of("questionCode", "motivation", "text", text),
					Map.of("questionCode", "example", "text", "A real answer about a negotiation.")));
			return write(body);
		});
		return Arbitraries.oneOf(names, answers).map(HostileText::escapeLoneSurrogates);
	}

	private Arbitrary<String> hostileVacancyText() {
		return Combinators.combine(Arbitraries.of("title", "division", "location"), HostileText.freeText())
			.as((field, text) -> {
				Map<String, Object> body = freshVacancy();
				body.put(field, text);
				return HostileText.escapeLoneSurrogates(write(body));
			});
	}

	private Arbitrary<String> huge() {
		return Arbitraries.integers().between(300_000, 600_000).map(size -> {
			Map<String, Object> body = freshApplication();
			body.put("answers", List.of(Map.of("questionCode", "motivation", "text", "x".repeat(size))));
			return write(body);
		});
	}

	private Arbitrary<String> deeplyNested() {
		return Arbitraries.integers()
			.between(1_000, 50_000)
			.map(depth -> "{\"answers\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
	}

	// ---- helpers

	private Map<String, Object> freshApplication() {
		Map<String, Object> body = deepCopy(application);
		body.put("email", "hostile-" + java.util.UUID.randomUUID() + "@example.org");
		return body;
	}

	private Map<String, Object> freshVacancy() {
		return deepCopy(vacancyRequest);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> deepCopy(Map<String, Object> map) {
		return JSON.convertValue(map, LinkedHashMap.class);
	}

	private static Map<String, Character> types(String spec) {
		Map<String, Character> types = new LinkedHashMap<>();
		for (String entry : spec.split(" ")) {
			types.put(entry.substring(0, entry.indexOf(':')), entry.charAt(entry.length() - 1));
		}
		return types;
	}

	private static byte[] multipart(String boundary, String json, boolean close) {
		return utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + json + "\r\n" + (close ? "--" + boundary + "--\r\n" : ""));
	}

	private static byte[] multipartWithFile(String boundary, String json, byte[] file) {
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"cv.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"));
		body.writeBytes(file[0] == '%' ? new byte[] { 'x' } : file);
		body.writeBytes(utf8("\r\n--" + boundary + "--\r\n"));
		return body.toByteArray();
	}

	static String write(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
