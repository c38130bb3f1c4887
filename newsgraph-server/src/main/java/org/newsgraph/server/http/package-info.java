/**
 * A minimal HTTP layer over the JDK's {@code com.sun.net.httpserver}: immutable {@link
 * org.newsgraph.server.http.Request} and {@link org.newsgraph.server.http.Response} values, a {@link
 * org.newsgraph.server.http.Router} from method and path pattern to {@link org.newsgraph.server.http.Handler}, and
 * the query-string parser. No framework: the API and the web UI are plain functions from request to response.
 */
package org.newsgraph.server.http;
