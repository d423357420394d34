package org.pilotage.shared;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One thread per instance that does a pass of work, sleeps as long as the pass answers (at most {@code max-sleep}, so
 * what another instance or a moved clock changed is seen), and does the next: the SLA deadlines and the weekly reports.
 * A pass that fails is logged and tried again after {@link #retry()}; {@link #wakeUp()} ends a sleep early. Stopping
 * waits for the pass under way and does not interrupt it: an interrupt inside a JDBC call could close the embedded
 * database's file under another thread. Several instances on one database each run their own loop; what a pass does
 * must claim its work in the database to do it once.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);

	private final String name;
	private final boolean enabled;
	private final Duration maxSleep;
	private final Duration retry;
	private final String instance;

	private final Object monitor = new Object();
	private boolean woken;
	private volatile boolean running;
	private @Nullable Thread thread;

	/**
	 * @param name the thread's name, and what the log says could not be done
	 * @param property the setting of {@code maxSleep}, named when it is not positive
	 */
	protected BackgroundLoop(String name, boolean enabled, Duration maxSleep, String property) {
		if (maxSleep.isNegative() || maxSleep.isZero()) {
			throw new IllegalArgumentException(property + " must be positive: " + maxSleep);
		}
		this.name = name;
		this.enabled = enabled;
		this.maxSleep = maxSleep;
		this.retry = maxSleep.compareTo(Duration.ofSeconds(5)) < 0 ? maxSleep : Duration.ofSeconds(5);
		String host = System.getenv("HOSTNAME");
		this.instance = (host == null || host.isBlank() ? "localhost" : host) + "/" + ProcessHandle.current().pid() + "/"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	/** One pass of the work; how long to sleep before the next ({@link #capped}). */
	protected abstract Duration pass();

	/** Who does the work, as a claim stores it: the host, the process and this application context. */
	public String instance() {
		return instance;
	}

	/** How long a pass waits after a failure before trying again: five seconds, or less if the loop sleeps less. */
	protected Duration retry() {
		return retry;
	}

	protected Duration maxSleep() {
		return maxSleep;
	}

	/** The wait {@code until} something is due, at least zero and at most {@code max-sleep}. */
	protected Duration capped(Duration until) {
		return until.isNegative() ? Duration.ZERO : until.compareTo(maxSleep) > 0 ? maxSleep : until;
	}

	/** Ends the current sleep, or the next one, at once. */
	protected void wakeUp() {
		synchronized (monitor) {
			woken = true;
			monitor.notifyAll();
		}
	}

	/** Whether the loop still runs: a pass over many things stops between two when it does not. */
	protected boolean running() {
		return running;
	}

	@Override
	public void start() {
		if (!enabled || running) {
			return;
		}
		running = true;
		Thread started = new Thread(this::loop, name);
		started.setDaemon(true);
		thread = started;
		started.start();
	}

	/** Asks the thread to stop and waits, up to 30 seconds, for the pass it is doing; it is not interrupted. */
	@Override
	public void stop() {
		running = false;
		synchronized (monitor) {
			monitor.notifyAll();
		}
		Thread stopping = thread;
		if (stopping != null) {
			try {
				stopping.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void loop() {
		while (running) {
			Duration wait;
			try {
				wait = pass();
			}
			catch (RuntimeException failure) {
				log.warn("{}: a pass failed; trying again in {}", name, retry, failure);
				wait = retry;
			}
			sleep(wait);
		}
	}

	private void sleep(Duration wait) {
		long until = System.nanoTime() + wait.toNanos();
		synchronized (monitor) {
			try {
				while (running && !woken) {
					long left = until - System.nanoTime();
					if (left <= 0) {
						break;
					}
					TimeUnit.NANOSECONDS.timedWait(monitor, left);
				}
			}
			catch (InterruptedException e) {
				running = false;
				Thread.currentThread().interrupt();
			}
			woken = false;
		}
	}
}
