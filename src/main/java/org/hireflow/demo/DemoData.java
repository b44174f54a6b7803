package org.hireflow.demo;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.identity.User;
import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.security.IdentitySetup;
import org.hireflow.vacancy.Category;
import org.hireflow.vacancy.Competency;
import org.hireflow.vacancy.LanguageRule;
import org.hireflow.vacancy.Panel;
import org.hireflow.vacancy.Question;
import org.hireflow.vacancy.Vacancies;
import org.hireflow.vacancy.VacancyDraft;
import org.hireflow.vacancy.VacancyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users and one published vacancy, once; later runs find them and change
 * nothing.
 */
@Component
@ConditionalOnProperty(name = "hireflow.demo.enabled", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final IdentityService identity;

	private final VacancyService vacancyService;

	private final Vacancies vacancies;

	private final TaskService tasks;

	private final ManagementService jobs;

	private final Clock clock;

	/**
	 * The demo users join the role groups that {@link IdentitySetup} creates, so it is a
	 * dependency (it runs first): a demo started without it fails on the first
	 * membership.
	 */
	DemoData(IdentitySetup roleGroups, IdentityService identity, VacancyService vacancyService, Vacancies vacancies,
			TaskService tasks, ManagementService jobs, Clock clock) {
		this.identity = identity;
		this.tasks = tasks;
		this.jobs = jobs;
		this.vacancyService = vacancyService;
		this.vacancies = vacancies;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoUsers.ALL.forEach(this::ensureUser);
		if (vacancies.count() == 0) {
			var vacancy = vacancyService.draft(demoVacancy(), "henri");
			String process = vacancyService.submitForApproval(vacancy.getReference(), "henri").getProcessInstanceId();
			runJobs(process);
			approve(process, "henri");
			approve(process, "hana");
			runJobs(process);
			log.info("Demo vacancy {} approved and published", vacancy.getReference());
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void printLogins() {
		StringBuilder logins = new StringBuilder("\n\n  Demo logins (password = user id):\n");
		DemoUsers.ALL.forEach(user -> logins
			.append("    %-6s %s %s (%s)%n".formatted(user.id(), user.firstName(), user.lastName(), user.group())));
		log.info(logins.toString());
	}

	/**
	 * Passes the save points now rather than waiting for the job executor, so the demo is
	 * ready at once.
	 */
	private void runJobs(String processInstanceId) {
		jobs.createJobQuery()
			.processInstanceId(processInstanceId)
			.executable()
			.list()
			.forEach(job -> jobs.executeJob(job.getId()));
	}

	/**
	 * Completes the open approval task of the demo vacancy as {@code user}, as they would
	 * in Tasklist.
	 */
	private void approve(String processInstanceId, String user) {
		Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		tasks.claim(task.getId(), user);
		tasks.complete(task.getId(), Map.of("approved", true));
	}

	private void ensureUser(DemoUsers.DemoUser demo) {
		if (identity.createUserQuery().userId(demo.id()).count() == 0) {
			User user = identity.newUser(demo.id());
			user.setFirstName(demo.firstName());
			user.setLastName(demo.lastName());
			user.setPassword(demo.id());
			user.setEmail(demo.id() + "@hireflow.example");
			identity.saveUser(user);
			identity.createMembership(demo.id(), demo.group());
		}
	}

	private VacancyDraft demoVacancy() {
		ZoneId brussels = ZoneId.of("Europe/Brussels");
		ZonedDateTime closing = ZonedDateTime.now(clock)
			.withZoneSameInstant(brussels)
			.plusDays(30)
			.truncatedTo(ChronoUnit.DAYS)
			.withHour(23)
			.withMinute(59);
		return new VacancyDraft("Cyber Security Officer", Category.A, "A.2", "Emerging Security Challenges",
				"Brussels, Belgium", 2, closing, closing.toLocalDate().plusMonths(4).withDayOfMonth(1), Degree.MASTER,
				3, Map.of(OfficialLanguage.EN, 5, OfficialLanguage.FR, 1), LanguageRule.EACH,
				List.of(new Question("motivation", "Why do you want this post, and what would you bring to it?", 2000),
						new Question("incident",
								"Describe a security incident you handled: the situation, your actions and the result.",
								3000)),
				List.of(new Competency("analysis", "Analysis and judgement",
						"1: restates facts; 3: weighs options with evidence; 5: anticipates second-order effects"),
						new Competency("communication", "Communication",
								"1: unclear; 3: clear and structured; 5: persuasive to experts and non-experts alike"),
						new Competency("security", "Information security expertise",
								"1: textbook knowledge; 3: has run controls in production; 5: has designed them")),
				"henri", List.of("rita"), new Panel(List.of("paul", "petra", "pedro"), "paul"), 60, true);
	}

}
