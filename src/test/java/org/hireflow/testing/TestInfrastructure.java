package org.hireflow.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatusChanged;
import org.hireflow.application.IntakeService;
import org.hireflow.notification.MailComposition;
import org.hireflow.offer.OfferService;
import org.hireflow.vacancy.VacancyService;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.Async;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What every integration test runs against: the suite's PostgreSQL
 * ({@link TestDatabase}), a real SMTP server (GreenMail) on a free port, and a clock the
 * test controls.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ProcessEngineCoverageConfiguration.class, TestDatabaseBeans.class })
public class TestInfrastructure {

	/**
	 * A real SMTP server on a port chosen once, so a test can stop and restart it (an
	 * outage).
	 */
	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail smtpServer() throws java.io.IOException {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	@Bean
	DynamicPropertyRegistrar smtpProperties(GreenMail smtpServer) {
		return registry -> {
			registry.add("spring.mail.host", () -> "127.0.0.1");
			registry.add("spring.mail.port", () -> smtpServer.getSmtp().getPort());
		};
	}

	/**
	 * A listener after commit that fails for candidates named "Unlucky" until a test says
	 * it is fixed: how a broken email template would behave, without breaking one.
	 */
	public static class BrokenListener {

		private volatile boolean fixed = true;

		/**
		 * Through the bean (a transactional proxy), so that the listener itself sees it.
		 */
		public void breakDown() {
			fixed = false;
		}

		public void mend() {
			fixed = true;
		}

		@Async(MailComposition.EXECUTOR)
		@TransactionalEventListener(fallbackExecution = true)
		@Transactional(propagation = Propagation.REQUIRES_NEW)
		void on(ApplicationStatusChanged changed) {
			if (!fixed && changed.candidate().name().endsWith("Unlucky")) {
				throw new IllegalStateException("this listener is broken for the test");
			}
		}

	}

	@Bean
	BrokenListener brokenListener() {
		return new BrokenListener();
	}

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

	@Bean
	Pipeline testPipeline(VacancyService vacancies, IntakeService intake, ApplicationService applications,
			OfferService offers, RuntimeService runtime, TaskService tasks, ManagementService management,
			HistoryService history, TestClock clock) {
		return new Pipeline(vacancies, intake, applications, offers, runtime, tasks, management, history, clock);
	}

}
