package org.hireflow.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * HAProxy (Debian's package) in front of the nodes: round robin, a node is taken out
 * after two failed health checks a second apart, and a request whose connection a dead
 * node refused goes to the other one.
 */
final class LoadBalancer implements AutoCloseable {

	static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

	final int port;

	private final Process process;

	LoadBalancer(Path directory, List<ServiceNode> nodes) throws IOException {
		this.port = FaultRig.freePort();
		String servers = nodes.stream()
			.map(node -> "  server " + node.name + " 127.0.0.1:" + node.port + " check")
			.collect(Collectors.joining("\n"));
		Path config = directory.resolve("haproxy.cfg");
		Files.writeString(config, """
				global
				  maxconn 512
				defaults
				  mode http
				  timeout connect 2s
				  timeout client 60s
				  timeout server 60s
				  timeout check 5s
				  retries 3
				  option redispatch
				  retry-on conn-failure
				frontend hireflow
				  bind 127.0.0.1:%d
				  default_backend nodes
				backend nodes
				  balance roundrobin
				  option httpchk GET /actuator/health
				  http-check expect status 200
				  default-server inter 1s fall 2 rise 2
				%s
				""".formatted(port, servers));
		process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString()).redirectErrorStream(true)
			.redirectOutput(directory.resolve("haproxy.log").toFile())
			.start();
	}

	/** The address candidates and staff use. */
	String base() {
		return "http://127.0.0.1:" + port;
	}

	/** Waits until the balancer answers with a healthy node behind it. */
	void awaitHealthy(java.time.Duration patience) throws InterruptedException {
		java.time.Instant deadline = java.time.Instant.now().plus(patience);
		while (java.time.Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError("haproxy stopped; see its log under target/faults");
			}
			if (ServiceNode.health(base()) == 200) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("haproxy not healthy within " + patience);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor(10, TimeUnit.SECONDS);
	}

}
