package org.newsgraph.server;

/**
 * How the server runs. It always binds to the loopback interface.
 *
 * @param port         TCP port; 0 picks a free one
 * @param token        bearer token required by write endpoints, or {@code null}: then writes are open (to loopback)
 * @param maxBodyBytes largest accepted request body; larger bodies get 413
 * @param threads      request worker threads
 * @param connectionsPerClient open connections one client address may hold (more are answered 503 at once)
 * @param headTimeout  time a client has to send its request head (then 408); the body gets three times as long
 */
public record ServerSettings(int port, String token, int maxBodyBytes, int threads, int connectionsPerClient,
                             java.time.Duration headTimeout) {
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_BODY = 8 * 1024 * 1024;
    public static final int DEFAULT_CONNECTIONS_PER_CLIENT = 512;
    public static final java.time.Duration DEFAULT_HEAD_TIMEOUT = java.time.Duration.ofSeconds(10);

    public ServerSettings(int port, String token, int maxBodyBytes, int threads) {
        this(port, token, maxBodyBytes, threads, DEFAULT_CONNECTIONS_PER_CLIENT, DEFAULT_HEAD_TIMEOUT);
    }

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535: " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be within 1..256: " + threads);
        }
        if (connectionsPerClient < 1) {
            throw new IllegalArgumentException("connectionsPerClient must be at least 1: " + connectionsPerClient);
        }
        if (headTimeout == null || headTimeout.isNegative() || headTimeout.isZero()) {
            throw new IllegalArgumentException("headTimeout must be positive: " + headTimeout);
        }
        token = token == null || token.isBlank() ? null : token.strip();
    }

    public static ServerSettings defaults(int port) {
        return new ServerSettings(port, null, DEFAULT_MAX_BODY, 8);
    }

    public ServerSettings withToken(String t) {
        return new ServerSettings(port, t, maxBodyBytes, threads, connectionsPerClient, headTimeout);
    }

    /** The same settings with another per-client connection limit and head timeout. */
    public ServerSettings withConnectionLimits(int perClient, java.time.Duration head) {
        return new ServerSettings(port, token, maxBodyBytes, threads, perClient, head);
    }
}
