package org.newsgraph.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small HTTP/1.1 server on the loopback interface that a slow or hostile client cannot stall: each connection
 * is read on its own virtual thread, so a client that sends its request a byte at a time holds no worker; the
 * request head must arrive within {@link Limits#headTimeout()} and the body within {@link Limits#bodyTimeout()}
 * (else 408); a head larger than {@link Limits#maxHeadBytes()} is refused (431), a body larger than
 * {@link Limits#maxBodyBytes()} too (413, before it is read); one client address may hold at most
 * {@link Limits#maxConnectionsPerClient()} connections at a time (more get 503 at once); and every connection is
 * closed after {@link Limits#maxConnectionTime()} whatever it is doing. Complete requests are answered by a fixed
 * pool of worker threads, one response per connection ({@code Connection: close}). Thread-safe.
 */
public final class LoopbackHttpServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LoopbackHttpServer.class.getName());

    /**
     * Bounds on what one connection may take.
     *
     * @param headTimeout             time for the request line and headers to arrive
     * @param bodyTimeout             time for the body to arrive once the head has
     * @param maxConnectionTime       a connection is closed after this, whatever it is doing
     * @param maxHeadBytes            largest request head
     * @param maxBodyBytes            largest body
     * @param maxConnectionsPerClient open connections one client address may hold
     * @param maxConnections          open connections in all
     */
    public record Limits(Duration headTimeout, Duration bodyTimeout, Duration maxConnectionTime, int maxHeadBytes,
                         int maxBodyBytes, int maxConnectionsPerClient, int maxConnections) {
        public Limits {
            if (headTimeout.isNegative() || headTimeout.isZero() || bodyTimeout.isNegative() || bodyTimeout.isZero()
                    || maxConnectionTime.compareTo(headTimeout.plus(bodyTimeout)) < 0) {
                throw new IllegalArgumentException("timeouts must be positive and the connection time at least head plus body");
            }
            if (maxHeadBytes < 1024 || maxBodyBytes < 0 || maxConnectionsPerClient < 1 || maxConnections < maxConnectionsPerClient) {
                throw new IllegalArgumentException("limits must be positive, and the total at least the per-client limit");
            }
        }
    }

    /**
     * A request as it came off the wire: raw (undecoded) path and query, header names in lower case, and the port
     * the server listens on.
     */
    public record Incoming(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body, int port) {
    }

    /** Makes the problem response for a request the server itself refuses (status, title, detail). */
    @FunctionalInterface
    public interface Refusal {
        Response of(int status, String title, String detail);
    }

    private final ServerSocket socket;
    private final Limits limits;
    private final Function<Incoming, Response> app;
    private final Refusal refusal;
    private final ExecutorService workers;
    private final ScheduledExecutorService watchdog;
    private final Map<InetAddress, AtomicInteger> perClient = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    private LoopbackHttpServer(ServerSocket socket, Limits limits, int threads, Function<Incoming, Response> app, Refusal refusal) {
        this.socket = socket;
        this.limits = limits;
        this.app = app;
        this.refusal = refusal;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-http");
            t.setDaemon(true);
            return t;
        });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsgraph-http-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "newsgraph-http-accept");
        this.acceptor.setDaemon(true);
    }

    /** Binds to loopback on {@code port} (0: a free one) and starts serving. */
    public static LoopbackHttpServer start(int port, Limits limits, int threads, Function<Incoming, Response> app, Refusal refusal)
            throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        LoopbackHttpServer server = new LoopbackHttpServer(socket, limits, threads, app, refusal);
        server.acceptor.start();
        return server;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "accept failed: " + e.getMessage());
                }
                continue;
            }
            InetAddress who = client.getInetAddress();
            AtomicInteger mine = perClient.computeIfAbsent(who, k -> new AtomicInteger());
            int mineNow = mine.incrementAndGet();
            int openNow = open.incrementAndGet();
            if (mineNow > limits.maxConnectionsPerClient() || openNow > limits.maxConnections()) {
                Thread.ofVirtual().start(() -> {
                    try (client) {
                        write(client, refusal.of(503, "Too many connections", "This client has too many open connections; "
                                + "finish or close some and try again."), false);
                    } catch (IOException ignored) {
                        // the client is gone; nothing to tell it
                    } finally {
                        release(who, mine);
                    }
                });
                continue;
            }
            Future<?> guard = watchdog.schedule(() -> closeQuietly(client), limits.maxConnectionTime().toMillis(), TimeUnit.MILLISECONDS);
            Thread.ofVirtual().name("newsgraph-http-conn").start(() -> {
                try (client) {
                    handle(client);
                } catch (IOException ignored) {
                    // the client went away, or the watchdog closed it
                } finally {
                    guard.cancel(false);
                    release(who, mine);
                }
            });
        }
    }

    private void release(InetAddress who, AtomicInteger mine) {
        open.decrementAndGet();
        if (mine.decrementAndGet() <= 0) {
            perClient.remove(who, mine);
        }
    }

    /** Connections open now (for tests and statistics). */
    public int openConnections() {
        return open.get();
    }

    private void handle(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        long headDeadline = System.nanoTime() + limits.headTimeout().toNanos();
        byte[] head;
        try {
            head = readHead(client, in, headDeadline);
        } catch (SocketTimeoutException e) {
            write(client, refusal.of(408, "Request timeout", "The request head did not arrive within "
                    + limits.headTimeout().toSeconds() + " s."), false);
            return;
        }
        if (head == null) {
            return;
        }
        if (head.length > limits.maxHeadBytes()) {
            write(client, refusal.of(431, "Request header fields too large", "The request head is larger than "
                    + limits.maxHeadBytes() + " bytes."), false);
            return;
        }
        String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r?\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.") || !requestLine[1].startsWith("/")
                || !requestLine[0].chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            write(client, refusal.of(400, "Bad request", "The request line is not 'METHOD /path HTTP/1.1'."), false);
            return;
        }
        String method = requestLine[0];
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                write(client, refusal.of(400, "Bad request", "A request header is not 'Name: value'."), false);
                return;
            }
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body;
        try {
            body = readBody(client, in, headers, System.nanoTime() + limits.bodyTimeout().toNanos());
        } catch (SocketTimeoutException e) {
            write(client, refusal.of(408, "Request timeout", "The request body did not arrive within "
                    + limits.bodyTimeout().toSeconds() + " s."), false);
            return;
        } catch (BodyException e) {
            write(client, refusal.of(e.status, e.title, e.getMessage()), false);
            return;
        }
        String target = requestLine[1];
        int q = target.indexOf('?');
        Incoming incoming = new Incoming(method, q < 0 ? target : target.substring(0, q), q < 0 ? null : target.substring(q + 1),
                headers, body, socket.getLocalPort());
        Response response;
        try {
            response = workers.submit(() -> app.apply(incoming)).get();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "request " + method + " " + incoming.rawPath() + " failed", e.getCause());
            response = refusal.of(500, "Internal server error", "The server failed on this request; the failure is logged.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (java.util.concurrent.RejectedExecutionException e) {
            response = refusal.of(503, "Shutting down", "The server is stopping.");
        }
        write(client, response, method.equals("HEAD"));
    }

    /** The bytes up to the blank line that ends the head (without it); null when the client closed first. */
    private byte[] readHead(Socket client, InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int b1 = -1;
        int b2 = -1;
        while (true) {
            setTimeout(client, deadline);
            int c = in.read();
            if (c < 0) {
                return null;
            }
            if (head.size() == 0 && (c == '\r' || c == '\n')) {
                continue; // stray line breaks before a request are allowed
            }
            head.write(c);
            if (c == '\n' && (b1 == '\n' || (b1 == '\r' && b2 == '\n'))) {
                byte[] all = head.toByteArray();
                int end = all.length;
                while (end > 0 && (all[end - 1] == '\r' || all[end - 1] == '\n')) {
                    end--;
                }
                return java.util.Arrays.copyOf(all, end);
            }
            b2 = b1;
            b1 = c;
            if (head.size() > limits.maxHeadBytes()) {
                return head.toByteArray();
            }
        }
    }

    private static final class BodyException extends Exception {
        final int status;
        final String title;

        BodyException(int status, String title, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.title = title;
        }
    }

    private byte[] readBody(Socket client, InputStream in, Map<String, List<String>> headers, long deadline)
            throws IOException, BodyException {
        String encoding = first(headers, "transfer-encoding");
        String length = first(headers, "content-length");
        if (encoding != null) {
            if (!encoding.equalsIgnoreCase("chunked")) {
                throw new BodyException(501, "Not implemented", "Only the chunked transfer encoding is understood.");
            }
            return readChunked(client, in, deadline);
        }
        if (length == null) {
            return new byte[0];
        }
        long declared;
        try {
            declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw new BodyException(400, "Bad request", "Content-Length is not a number.");
        }
        if (declared < 0) {
            throw new BodyException(400, "Bad request", "Content-Length is negative.");
        }
        if (declared > limits.maxBodyBytes()) {
            throw new BodyException(413, "Request too large", "The request body is larger than this server accepts.");
        }
        byte[] body = new byte[(int) declared];
        int read = 0;
        while (read < body.length) {
            setTimeout(client, deadline);
            int n = in.read(body, read, body.length - read);
            if (n < 0) {
                throw new BodyException(400, "Bad request", "The body ended before Content-Length bytes arrived.");
            }
            read += n;
        }
        return body;
    }

    private byte[] readChunked(Socket client, InputStream in, long deadline) throws IOException, BodyException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(client, in, deadline);
            int semicolon = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new BodyException(400, "Bad request", "A chunk size is not a hexadecimal number.");
            }
            if (size < 0 || body.size() + size > limits.maxBodyBytes()) {
                throw new BodyException(413, "Request too large", "The request body is larger than this server accepts.");
            }
            if (size == 0) {
                while (!readLine(client, in, deadline).isEmpty()) {
                    // trailers are read and dropped
                }
                return body.toByteArray();
            }
            for (long i = 0; i < size; i++) {
                setTimeout(client, deadline);
                int c = in.read();
                if (c < 0) {
                    throw new BodyException(400, "Bad request", "The body ended inside a chunk.");
                }
                body.write(c);
            }
            readLine(client, in, deadline);
        }
    }

    private static String readLine(Socket client, InputStream in, long deadline) throws IOException, BodyException {
        StringBuilder line = new StringBuilder();
        while (true) {
            setTimeout(client, deadline);
            int c = in.read();
            if (c < 0) {
                throw new BodyException(400, "Bad request", "The body ended early.");
            }
            if (c == '\n') {
                int n = line.length();
                return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
            }
            if (line.length() > 4096) {
                throw new BodyException(400, "Bad request", "A chunk line is too long.");
            }
            line.append((char) c);
        }
    }

    private static void setTimeout(Socket client, long deadline) throws IOException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        client.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static void write(Socket client, Response r, boolean head) throws IOException {
        boolean noBody = head || r.status() == 204 || r.status() == 304;
        StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
        sb.append("Content-Type: ").append(r.contentType()).append("\r\n");
        r.headers().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("content-length") && !k.equalsIgnoreCase("connection") && !k.equalsIgnoreCase("content-type")) {
                sb.append(k).append(": ").append(v.replace("\r", " ").replace("\n", " ")).append("\r\n");
            }
        });
        if (r.status() != 204 && r.status() != 304) {
            sb.append("Content-Length: ").append(r.body().length).append("\r\n");
        }
        sb.append("Connection: close\r\n\r\n");
        OutputStream out = client.getOutputStream();
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        if (!noBody) {
            out.write(r.body());
        }
        out.flush();
        client.shutdownOutput();
        drain(client);
    }

    /**
     * Reads what the client still sends (an unread body) for a moment before the socket is closed, so that the
     * close does not reset the connection before the client has read the answer.
     */
    private static void drain(Socket client) {
        try {
            client.setSoTimeout(500);
            InputStream in = client.getInputStream();
            byte[] sink = new byte[8192];
            long total = 0;
            int n;
            while (total < (1 << 20) && (n = in.read(sink)) > 0) {
                total += n;
            }
        } catch (IOException ignored) {
            // the client closed, or took too long: close anyway
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 421 -> "Misdirected Request";
            case 422 -> "Unprocessable Content";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> "Status " + status;
        };
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
        watchdog.shutdownNow();
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
