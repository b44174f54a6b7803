package org.hireflow.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts Testcontainers' PostgreSQL from an image that is either present on the Docker
 * engine or pulled within a bounded time — never an open-ended wait on a registry that
 * cannot be reached.
 */
public final class PostgresContainers {

	/**
	 * How long a missing image may take to pull ({@code HIREFLOW_TEST_PULL_TIMEOUT},
	 * ISO-8601, default 5 min).
	 */
	public static Duration pullTimeout() {
		String configured = System.getenv("HIREFLOW_TEST_PULL_TIMEOUT");
		return configured == null || configured.isBlank() ? Duration.ofMinutes(5) : Duration.parse(configured);
	}

	private PostgresContainers() {
	}

	@SuppressWarnings("resource")
	public static PostgreSQLContainer<?> start(String image, Duration pullTimeout) {
		ensureImage(image, pullTimeout);
		PostgreSQLContainer<?> container = new PostgreSQLContainer<>(
				DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
		container.start();
		return container;
	}

	static void ensureImage(String image, Duration pullTimeout) {
		DockerClient docker = DockerClientFactory.instance().client();
		try {
			docker.inspectImageCmd(image).exec();
			return;
		}
		catch (NotFoundException absent) {
			// pull it, within the time allowed
		}
		boolean pulled;
		try {
			pulled = docker.pullImageCmd(image)
				.exec(new PullImageResultCallback())
				.awaitCompletion(pullTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable(image, pullTimeout, ex);
		}
		catch (RuntimeException ex) {
			throw unavailable(image, pullTimeout, ex);
		}
		if (!pulled) {
			throw unavailable(image, pullTimeout, null);
		}
	}

	private static IllegalStateException unavailable(String image, Duration timeout, Exception cause) {
		return new IllegalStateException("PostgreSQL image '" + image
				+ "' is not on the Docker engine and could not be " + "pulled within " + timeout.toSeconds() + " s"
				+ (cause == null ? "" : " (" + cause.getMessage() + ")")
				+ ". On a machine without registry access build it with .ci/docker/start-engine.sh; otherwise set "
				+ "HIREFLOW_TEST_POSTGRES_IMAGE to an image your registry serves, or HIREFLOW_TEST_DB=embedded.",
				cause);
	}

}
