package org.newsgraph.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.newsgraph.server.api.ApiResponses;
import org.newsgraph.server.api.ExportApi;
import org.newsgraph.server.api.IngestApi;
import org.newsgraph.server.api.ReadApi;
import org.newsgraph.server.http.QueryParams;
import org.newsgraph.server.http.Request;
import org.newsgraph.server.http.Response;
import org.newsgraph.server.http.Router;
import org.newsgraph.server.web.Assets;
import org.newsgraph.server.web.WebRoutes;

/**
 * The API and the web UI in one HTTP server on the loopback interface. Requests are served by a fixed pool of
 * worker threads; bodies larger than {@link ServerSettings#maxBodyBytes()} are refused with 413 before they are
 * read; an unexpected failure inside a handler becomes a 500 problem (logged once), never a dropped connection.
 * Thread-safe; {@link #close()} stops it.
 */
public final class NewsgraphServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(NewsgraphServer.class.getName());

    private final HttpServer http;
    private final ExecutorService workers;
    private final Router router;
    private final ServerSettings settings;

    private NewsgraphServer(HttpServer http, ExecutorService workers, Router router, ServerSettings settings) {
        this.http = http;
        this.workers = workers;
        this.router = router;
        this.settings = settings;
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
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), s.port()), 64);
        ExecutorService workers = Executors.newFixedThreadPool(s.threads(), r -> {
            Thread t = new Thread(r, "newsgraph-http");
            t.setDaemon(true);
            return t;
        });
        NewsgraphServer server = new NewsgraphServer(http, workers, router, s);
        http.createContext("/", server::serve);
        http.setExecutor(workers);
        http.start();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return URI.create("http://" + http.getAddress().getAddress().getHostAddress() + ":" + port() + "/");
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            Response response;
            try {
                response = answer(ex);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "request " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + " failed", e);
                response = ApiResponses.problem(500, "Internal server error",
                        "The server failed on this request; the failure is logged.", ex.getRequestURI().getRawPath());
            }
            send(ex, response);
        }
    }

    private Response answer(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = ex.getRequestURI().getRawPath();
        boolean api = rawPath.startsWith("/api/") || rawPath.equals("/api");
        long declared = declaredLength(ex);
        if (declared > settings.maxBodyBytes()) {
            return tooLarge(rawPath);
        }
        byte[] body = readBounded(ex.getRequestBody(), settings.maxBodyBytes());
        if (body == null) {
            return tooLarge(rawPath);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        Request req = new Request(method, rawPath, QueryParams.parse(ex.getRequestURI().getRawQuery()), headers, body, Map.of());
        return switch (router.match(method, rawPath)) {
            case Router.Match.Found f -> f.handler().handle(req.withPathParams(f.params()));
            case Router.Match.WrongMethod w -> {
                Response r = api ? ApiResponses.problem(405, "Method not allowed", method + " is not supported here; use "
                        + String.join(" or ", w.allowed()) + ".", rawPath) : WebRoutes.errorPage(405, "This page cannot be reached with " + method + ".");
                yield r.withHeader("Allow", String.join(", ", w.allowed()));
            }
            case Router.Match.NotFound n -> api ? ApiResponses.problem(404, "Not found", "There is no endpoint at this path; see /openapi.json.", rawPath)
                    : WebRoutes.errorPage(404, "There is no page at this address.");
        };
    }

    private static Response tooLarge(String path) {
        return ApiResponses.problem(413, "Request too large", "The request body is larger than this server accepts.", path);
    }

    private static long declaredLength(HttpExchange ex) {
        String v = ex.getRequestHeaders().getFirst("Content-Length");
        if (v == null) {
            return -1;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Reads at most {@code max} bytes; {@code null} when the body is longer. */
    private static byte[] readBounded(InputStream in, int max) throws IOException {
        byte[] data = in.readNBytes(max);
        if (data.length == max && in.read() != -1) {
            return null;
        }
        return data;
    }

    private static void send(HttpExchange ex, Response r) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", r.contentType());
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        if (!h.containsKey("Cache-Control")) {
            h.set("Cache-Control", "no-store");
        }
        r.headers().forEach(h::set);
        boolean head = ex.getRequestMethod().equalsIgnoreCase("HEAD");
        if (head || r.status() == 204) {
            ex.sendResponseHeaders(r.status(), -1);
            return;
        }
        ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        if (r.body().length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
    }

}
