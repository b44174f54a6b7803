package org.hireflow.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * One module (the test class's package), the modules whose beans it uses and the shared
 * kernel, nothing else. What such a test shows works without the rest of the service. Its
 * engine has a name of its own, so that it never stands in for the whole service's engine
 * in the same JVM; its context stays open until the JVM ends, with a small pool (closing
 * one mid-run takes the webapps' default engine with it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.MOCK)
@ActiveProfiles("test")
@TestPropertySource(
		properties = { "camunda.bpm.process-engine-name=moduleTest", "spring.datasource.hikari.maximum-pool-size=3" })
@Import({ TestDatabaseBeans.class, ModuleTest.Clock.class, StageFixture.class })
@Tag("integration")
@Tag("module")
public @interface ModuleTest {

	/** The service's modules whose beans a context holds. */
	final class LoadedModules {

		private LoadedModules() {
		}

		public static java.util.Set<String> of(org.springframework.context.ApplicationContext context) {
			java.util.Set<String> modules = new java.util.TreeSet<>();
			for (String name : context.getBeanDefinitionNames()) {
				Class<?> type = context.getType(name);
				String pkg = type == null ? "" : type.getPackageName();
				if (pkg.startsWith("org.hireflow.") && !pkg.startsWith("org.hireflow.testing")) {
					modules.add(pkg.substring("org.hireflow.".length()).split("\\.")[0]);
				}
			}
			return modules;
		}

	}

	@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
	class Clock {

		@org.springframework.context.annotation.Bean
		@org.springframework.context.annotation.Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
