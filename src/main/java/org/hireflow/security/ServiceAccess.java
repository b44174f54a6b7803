package org.hireflow.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call each of the service's own staff endpoints — the one place it is written,
 * checked before a body is read (so a stranger learns nothing from validation). Any
 * {@code /api/**} call not listed here is refused: a new endpoint is closed until it is
 * added. Rules about one record (the chair of this panel, a task offered to me) are the
 * services' own, behind these.
 */
final class ServiceAccess {

	record Route(HttpMethod method, String pattern, String... roles) {
	}

	private static final String[] READERS = { Roles.ADMIN, Roles.HR, Roles.HIRING_MANAGER, Roles.RECRUITER };

	private static final String[] VACANCY_OWNERS = { Roles.ADMIN, Roles.HR, Roles.HIRING_MANAGER };

	private static final String[] HR = { Roles.ADMIN, Roles.HR };

	private static final String[] STAFF = { Roles.ADMIN, Roles.HR, Roles.HIRING_MANAGER, Roles.RECRUITER, Roles.PANEL };

	static final List<Route> ROUTES = List.of(new Route(GET, "/api/applications", READERS),
			new Route(GET, "/api/applications/{reference}", READERS),
			new Route(POST, "/api/applications/{reference}/withdrawal", HR),
			new Route(POST, "/api/applications/{reference}/interview/reschedule", Roles.ADMIN, Roles.HR,
					Roles.RECRUITER),
			new Route(POST, "/api/applications/{reference}/interview/cancellation", Roles.ADMIN, Roles.HR,
					Roles.RECRUITER),
			new Route(POST, "/api/applications/{reference}/offer/answer", HR),
			new Route(PUT, "/api/applications/{reference}/offer/start-date", HR),
			new Route(GET, "/api/vacancies", READERS), new Route(POST, "/api/vacancies", VACANCY_OWNERS),
			new Route(GET, "/api/vacancies/{reference}", READERS),
			new Route(POST, "/api/vacancies/{reference}/submission", VACANCY_OWNERS),
			new Route(POST, "/api/vacancies/{reference}/closing-date", VACANCY_OWNERS),
			new Route(POST, "/api/vacancies/{reference}/cancellation", VACANCY_OWNERS),
			new Route(PUT, "/api/vacancies/{reference}/panel", VACANCY_OWNERS),
			new Route(GET, "/api/vacancies/{reference}/reserve-list", Roles.ADMIN, Roles.HR, Roles.HIRING_MANAGER,
					Roles.PANEL),
			new Route(POST, "/api/vacancies/{reference}/reserve-list/reorder", Roles.ADMIN, Roles.PANEL),
			new Route(GET, "/api/member-states", READERS), new Route(PUT, "/api/member-states/{code}", Roles.ADMIN),
			new Route(DELETE, "/api/member-states/{code}", Roles.ADMIN), new Route(GET, "/api/outbox", HR),
			new Route(POST, "/api/outbox/{id}/retry", HR), new Route(GET, "/api/tasks/{taskId}/context", STAFF),
			// the CV: the panel's tasks only, which the service checks against the task
			// itself
			new Route(GET, "/api/tasks/{taskId}/cv", Roles.ADMIN, Roles.PANEL),
			// reports: HR and administrators only, never screeners, panels or decision
			// makers
			new Route(GET, "/api/reports/pipeline", HR), new Route(GET, "/api/reports/pipeline.csv", HR),
			new Route(GET, "/reports/pipeline", HR),
			// personal data: access and erasure (HR), the retention job's runs
			new Route(GET, "/api/applications/{reference}/personal-data", HR),
			new Route(POST, "/api/applications/{reference}/erasure", HR), new Route(GET, "/api/retention/runs", HR),
			new Route(GET, "/api/retention/runs/{id}", HR), new Route(POST, "/api/retention/runs", HR),
			new Route(GET, "/api/admin-actions", Roles.ADMIN), new Route(GET, "/api/event-publications", Roles.ADMIN),
			new Route(POST, "/api/event-publications/resubmission", Roles.ADMIN));

	private ServiceAccess() {
	}

	static void apply(
			AuthorizeHttpRequestsConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		for (Route route : ROUTES) {
			requests.requestMatchers(route.method(), route.pattern()).hasAnyRole(route.roles());
		}
		requests.requestMatchers("/api/**", "/reports/**").denyAll();
	}

}
