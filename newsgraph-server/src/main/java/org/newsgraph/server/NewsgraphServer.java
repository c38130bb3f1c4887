package org.newsgraph.server;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.server.api.ApiResponses;
import org.newsgraph.server.api.ExportApi;
import org.newsgraph.server.api.IngestApi;
import org.newsgraph.server.api.ReadApi;
import org.newsgraph.server.http.LoopbackHttpServer;
import org.newsgraph.server.http.OriginCheck;
import org.newsgraph.server.http.QueryParams;
import org.newsgraph.server.http.Request;
import org.newsgraph.server.http.Response;
import org.newsgraph.server.http.Router;
import org.newsgraph.server.web.Assets;
import org.newsgraph.server.web.WebRoutes;

/**
 * The API and the web UI in one HTTP server on the loopback interface ({@link LoopbackHttpServer}: slow clients
 * hold no worker, heads and bodies have deadlines, connections per client are limited). Requests whose
 * {@code Host} is not the served address (DNS rebinding) are refused with 421, writes whose {@code Origin} or
 * {@code Sec-Fetch-Site} shows another site (cross-origin forms and scripts) with 403, and a malformed
 * percent-escape in the path or query with 400; bodies larger than {@link ServerSettings#maxBodyBytes()} get 413
 * before they are read; an unexpected failure inside a handler becomes a 500 problem (logged once), never a
 * dropped connection. Thread-safe; {@link #close()} stops it.
 */
public final class NewsgraphServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(NewsgraphServer.class.getName());

    private final LoopbackHttpServer http;
    private final Router router;

    private NewsgraphServer(LoopbackHttpServer http, Router router) {
        this.http = http;
        this.router = router;
    }

    /** Binds to loopback and starts serving. Fails with {@link IOException} when the port is taken. */
    public static NewsgraphServer start(Backend backend) throws IOException {
        Router router = new Router();
        new ReadApi(backend).register(router);
        new IngestApi(backend).register(router);
        new ExportApi(backend).register(router);
        router.add("GET", "/openapi.json", req -> Assets.resource("/org/newsgraph/server/api/openapi.json", "application/json; charset=utf-8"));
        new WebRoutes(backend).register(router);
        new org.newsgraph.server.web.AlertFeeds(backend).register(router);
        Assets.register(router);
        ServerSettings s = backend.settings();
        Duration head = s.headTimeout();
        LoopbackHttpServer.Limits limits = new LoopbackHttpServer.Limits(head, head.multipliedBy(3), head.multipliedBy(12),
                32 * 1024, s.maxBodyBytes(), s.connectionsPerClient(), Math.max(1024, s.connectionsPerClient()));
        LoopbackHttpServer http = LoopbackHttpServer.start(s.port(), limits, s.threads(),
                in -> secured(guarded(router, in, in.port())),
                (status, title, detail) -> secured(ApiResponses.problem(status, title, detail, "/")));
        return new NewsgraphServer(http, router);
    }

    public int port() {
        return http.address().getPort();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return URI.create("http://" + http.address().getAddress().getHostAddress() + ":" + port() + "/");
    }

    private static Response guarded(Router router, LoopbackHttpServer.Incoming in, int port) {
        String rawPath = in.rawPath();
        try {
            return answer(router, in, port);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "request " + in.method() + " " + rawPath + " failed", e);
            return ApiResponses.problem(500, "Internal server error", "The server failed on this request; the failure is logged.", clip(rawPath));
        }
    }

    private static Response answer(Router router, LoopbackHttpServer.Incoming in, int port) {
        String method = in.method().toUpperCase(Locale.ROOT);
        String rawPath = in.rawPath();
        String where = clip(rawPath);
        boolean api = rawPath.startsWith("/api/") || rawPath.equals("/api");
        Map<String, List<String>> headers = new LinkedHashMap<>(in.headers());
        Request probe = new Request(method, rawPath, QueryParams.EMPTY, headers, new byte[0], Map.of());
        String host = probe.header("host").orElse("");
        if (!OriginCheck.isServedHost(host, port)) {
            return ApiResponses.problem(421, "Misdirected request", "This server answers only to 127.0.0.1:" + port
                    + " or localhost:" + port + ", not to the host '" + clip(host) + "'.", where);
        }
        if (!OriginCheck.isSafe(method) && !OriginCheck.isSameOrigin(probe, port)) {
            return ApiResponses.problem(403, "Cross-origin request refused", "Writes are accepted only from pages of this "
                    + "server or from clients that send no Origin; the request came from '" + clip(probe.header("origin")
                    .orElse(probe.header("sec-fetch-site").orElse("another site"))) + "'.", where);
        }
        String bad = OriginCheck.malformedEscape(rawPath, in.rawQuery());
        if (bad != null) {
            return api ? ApiResponses.problem(400, "Malformed request", bad, where) : WebRoutes.errorPage(400, bad);
        }
        Request req = new Request(method, rawPath, QueryParams.parse(in.rawQuery()), headers, in.body(), Map.of());
        return switch (router.match(method, rawPath)) {
            case Router.Match.Found f -> f.handler().handle(req.withPathParams(f.params()));
            case Router.Match.WrongMethod w -> {
                Response r = api ? ApiResponses.problem(405, "Method not allowed", method + " is not supported here; use "
                        + String.join(" or ", w.allowed()) + ".", where) : WebRoutes.errorPage(405, "This page cannot be reached with " + method + ".");
                yield r.withHeader("Allow", String.join(", ", w.allowed()));
            }
            case Router.Match.NotFound n -> api ? ApiResponses.problem(404, "Not found", "There is no endpoint at this path; see /openapi.json.", where)
                    : WebRoutes.errorPage(404, "There is no page at this address.");
        };
    }

    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    /** The security headers every answer carries. */
    private static Response secured(Response r) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        h.put("Cache-Control", "no-store");
        h.putAll(r.headers());
        return new Response(r.status(), r.contentType(), r.body(), h);
    }

    @Override
    public void close() {
        http.close();
    }
}
