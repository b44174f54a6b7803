package org.hireflow.platform.embedded;

import java.nio.file.Path;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The developer run's infrastructure, started inside the JVM: PostgreSQL 17 with its data
 * in a folder kept between runs, and a GreenMail SMTP sink whose messages the dev mailbox
 * shows. Only in the "embedded" profile; the libraries are not even in the deployable
 * jar.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
@ConditionalOnClass(
		name = { "io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "com.icegreen.greenmail.util.GreenMail" })
class EmbeddedInfrastructureConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(@Value("${hireflow.embedded.data-directory}") Path dataDirectory,
			@Value("${hireflow.embedded.postgres-port}") int port) {
		return EmbeddedPostgresServer.start(dataDirectory, port);
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnection(EmbeddedPostgresServer postgres) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return postgres.username();
			}

			@Override
			public String getPassword() {
				return postgres.password();
			}

			@Override
			public String getJdbcUrl() {
				return postgres.jdbcUrl();
			}
		};
	}

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail embeddedSmtp(@Value("${hireflow.embedded.smtp-port}") int port) {
		return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

}
