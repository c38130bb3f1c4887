package org.newsgraph.server;

/**
 * How the server runs. It always binds to the loopback interface.
 *
 * @param port         TCP port; 0 picks a free one
 * @param token        bearer token required by write endpoints, or {@code null}: then writes are open (to loopback)
 * @param maxBodyBytes largest accepted request body; larger bodies get 413
 * @param threads      request worker threads
 */
public record ServerSettings(int port, String token, int maxBodyBytes, int threads) {
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_BODY = 8 * 1024 * 1024;

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
        token = token == null || token.isBlank() ? null : token.strip();
    }

    public static ServerSettings defaults(int port) {
        return new ServerSettings(port, null, DEFAULT_MAX_BODY, 8);
    }

    public ServerSettings withToken(String t) {
        return new ServerSettings(port, t, maxBodyBytes, threads);
    }
}
