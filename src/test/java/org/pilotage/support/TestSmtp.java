package org.pilotage.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) on a free local port, for the tests that check what e-mails go out. */
public final class TestSmtp {

	private TestSmtp() {
	}

	/** A port nobody listens on now. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A started server accepting any recipient on 127.0.0.1:{@code port}. */
	public static GreenMail start(int port) {
		GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}
}
