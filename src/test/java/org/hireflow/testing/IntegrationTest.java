package org.hireflow.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on a random port, against the suite's PostgreSQL and SMTP server.
 * Every integration test uses exactly this, so that Spring starts the service once per
 * test JVM. Tagged {@code integration}: the unit tier alone is
 * {@code ./mvnw test -DexcludedGroups=integration}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestInfrastructure.class)
@Tag("integration")
public @interface IntegrationTest {

}
