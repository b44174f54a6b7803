package org.hireflow.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server that accepts connections and then says nothing (no greeting, no reply),
 * as an overloaded relay does: the sender must give up on its own timeouts.
 */
final class StallingSmtp implements AutoCloseable {

	private final ServerSocket server;

	private final List<Socket> held = new CopyOnWriteArrayList<>();

	private final Thread acceptor;

	StallingSmtp(int port) throws IOException {
		server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
		acceptor = new Thread(() -> {
			while (!server.isClosed()) {
				try {
					held.add(server.accept());
				}
				catch (IOException closed) {
					return;
				}
			}
		}, "stalling-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Connections accepted and held silent. */
	int connections() {
		return held.size();
	}

	@Override
	public void close() throws IOException {
		server.close();
		for (Socket socket : held) {
			socket.close();
		}
	}

}
