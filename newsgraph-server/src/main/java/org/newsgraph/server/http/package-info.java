/**
 * A minimal HTTP layer: {@link org.newsgraph.server.http.LoopbackHttpServer}, a small HTTP/1.1 server on the
 * loopback interface with deadlines and connection limits that slow clients cannot stall; immutable {@link
 * org.newsgraph.server.http.Request} and {@link org.newsgraph.server.http.Response} values; a {@link
 * org.newsgraph.server.http.Router} from method and path pattern to {@link org.newsgraph.server.http.Handler}; the
 * query-string parser; and {@link org.newsgraph.server.http.OriginCheck} for Host and Origin. No framework: the
 * API and the web UI are plain functions from request to response.
 */
package org.newsgraph.server.http;
