package org.newsgraph.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.server.api.ApiResponses;
import org.newsgraph.server.http.Response;
import org.newsgraph.server.http.Router;

/**
 * Static files from the class path: our stylesheet and scripts under {@code /static/}, and the graph library
 * from its WebJar under {@code /webjars/}. Only the files named here are served (no path from the request
 * reaches the class loader). Thread-safe; files are cached after the first read.
 */
public final class Assets {
    private static final String VIS = "/META-INF/resources/webjars/vis-network/9.1.2/standalone/umd/vis-network.min.js";
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Assets() {
    }

    public static void register(Router r) {
        r.add("GET", "/static/newsgraph.css", req -> cached(resource("/org/newsgraph/server/web/static/newsgraph.css", "text/css; charset=utf-8")));
        r.add("GET", "/static/graph.js", req -> cached(resource("/org/newsgraph/server/web/static/graph.js", "text/javascript; charset=utf-8")));
        r.add("GET", "/webjars/vis-network.min.js", req -> cached(resource(VIS, "text/javascript; charset=utf-8")));
    }

    private static Response cached(Response r) {
        return r.status() == 200 ? r.withHeader("Cache-Control", "public, max-age=3600") : r;
    }

    /** A class-path file as a response, or a 404 problem when it is missing from the build. */
    public static Response resource(String path, String contentType) {
        byte[] body = CACHE.computeIfAbsent(path, p -> {
            try (InputStream in = Assets.class.getResourceAsStream(p)) {
                return in == null ? new byte[0] : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (body.length == 0) {
            return ApiResponses.problem(404, "Not found", "This build has no " + path + ".", path);
        }
        return new Response(200, contentType, body, Map.of());
    }
}
