package org.hireflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.hireflow.HireflowApplication;
import org.hireflow.platform.embedded.EmbeddedPostgresServer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The service as production runs it (profile {@code prod}, configured through the same
 * HIREFLOW_* settings), with the demo staff and vacancy, on a PostgreSQL server with
 * default durability — an embedded one in target/bench, or the one given — and an SMTP
 * sink. The load runs in the same JVM, as the clients of the issue ran on the same
 * machine.
 */
final class BenchService implements AutoCloseable {

	private final EmbeddedPostgresServer postgres;

	private final GreenMail smtp;

	final ConfigurableApplicationContext context;

	final int port;

	final JdbcTemplate jdbc;

	private BenchService(EmbeddedPostgresServer postgres, GreenMail smtp, ConfigurableApplicationContext context) {
		this.postgres = postgres;
		this.smtp = smtp;
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	static BenchService start(BenchSettings settings) {
		EmbeddedPostgresServer postgres = null;
		String url = settings.dbUrl();
		String user = settings.dbUser();
		String password = settings.dbPassword();
		if (url == null) {
			Path data = Path.of("target", "bench", "postgres");
			try {
				FileSystemUtils.deleteRecursively(data);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			postgres = EmbeddedPostgresServer.start(data, 0);
			url = postgres.jdbcUrl();
			user = postgres.username();
			password = postgres.password();
		}
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		smtp.start();
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--HIREFLOW_DB_URL=" + url,
				"--HIREFLOW_DB_USER=" + user, "--HIREFLOW_DB_PASSWORD=" + password, "--HIREFLOW_SMTP_HOST=127.0.0.1",
				"--HIREFLOW_SMTP_PORT=" + smtp.getSmtp().getPort(), "--HIREFLOW_SMTP_AUTH=false",
				"--HIREFLOW_SMTP_STARTTLS=false", "--HIREFLOW_PUBLIC_BASE_URL=http://localhost:8080",
				"--HIREFLOW_TOKEN_SECRET=benchmark-only-secret-0123456789abcdefghij", "--hireflow.demo.enabled=true",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.hireflow=WARN"));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HireflowApplication.class,
				BenchConfiguration.class)
			.profiles("prod")
			.initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchLeavesOutTests", new LeaveOutTests()))
			.run(args.toArray(String[]::new));
		return new BenchService(postgres, smtp, context);
	}

	/** Emails the SMTP sink has received. */
	int emailsReceived() {
		return smtp.getReceivedMessages().length;
	}

	@Override
	public void close() {
		// the engine and the pool close before the database they use
		context.close();
		smtp.stop();
		if (postgres != null) {
			postgres.close();
		}
	}

	/**
	 * Nothing compiled from src/test is picked up by the service's component scan (the
	 * test infrastructure would replace its database and clock); the benchmark adds its
	 * own configuration explicitly.
	 */
	static final class LeaveOutTests extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof LeaveOutTests;
		}

		@Override
		public int hashCode() {
			return LeaveOutTests.class.hashCode();
		}

	}

}
