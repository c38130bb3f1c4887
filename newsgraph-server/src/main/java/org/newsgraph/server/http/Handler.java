package org.newsgraph.server.http;

/**
 * Answers one request. Handlers turn bad input into a 4xx response; an exception means a fault of the server
 * and becomes a 500 problem. Handlers are called from several threads at once and must be thread-safe.
 */
@FunctionalInterface
public interface Handler {
    Response handle(Request request);
}
