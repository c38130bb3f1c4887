package org.newsgraph.store.server.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway single-node OpenSearch on loopback for tests and benchmarks: a copy of an unpacked distribution (the
 * {@code org.opensearch.distribution.integ-test-zip:opensearch} zip, unpacked by the build) in a fresh temp folder,
 * started as a child process with {@code discovery.type=single-node} on the running JDK. OpenSearch refuses to run
 * as root, so as root it runs as {@code nobody} (through {@code setpriv}). {@link #close} stops it and deletes the
 * folder.
 */
public final class LocalOpenSearch implements AutoCloseable {
    private final Path home;
    private final Process process;
    private final URI uri;

    private LocalOpenSearch(Path home, Process process, URI uri) {
        this.home = home;
        this.process = process;
        this.uri = uri;
    }

    /** Starts from the unpacked distribution {@code distribution}; waits until it answers (at most 4 minutes). */
    public static LocalOpenSearch start(Path distribution) {
        if (!Files.isRegularFile(distribution.resolve("bin").resolve("opensearch"))) {
            throw new IllegalStateException("no OpenSearch distribution at " + distribution);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path home = Files.createTempDirectory("newsgraph-os-");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path dist = home.resolve("dist");
            copy(distribution, dist);
            Files.createDirectories(home.resolve("data"));
            Files.createDirectories(home.resolve("logs"));
            if (root) {
                UserPrincipal nobody = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
                try (Stream<Path> all = Files.walk(home)) {
                    for (Path p : all.toList()) {
                        Files.setOwner(p, nobody);
                    }
                }
            }
            int http = freePort();
            int transport = freePort();
            List<String> command = new ArrayList<>();
            if (root) {
                command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
            }
            command.addAll(List.of(dist.resolve("bin").resolve("opensearch").toString(),
                    "-E", "discovery.type=single-node", "-E", "network.host=127.0.0.1", "-E", "http.port=" + http,
                    "-E", "transport.port=" + transport, "-E", "path.data=" + home.resolve("data"),
                    "-E", "path.logs=" + home.resolve("logs"), "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
            ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(home.resolve("console.log").toFile());
            pb.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
            pb.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms384m -Xmx384m");
            Process process = pb.start();
            LocalOpenSearch os = new LocalOpenSearch(home, process, URI.create("http://127.0.0.1:" + http));
            os.awaitUp(Duration.ofMinutes(4));
            return os;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a local OpenSearch: " + e.getMessage(), e);
        }
    }

    public URI uri() {
        return uri;
    }

    private void awaitUp(Duration limit) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                String log = tail();
                close();
                throw new IllegalStateException("OpenSearch stopped while starting: " + log);
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while OpenSearch started", e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while OpenSearch started", e);
            }
        }
        String log = tail();
        close();
        throw new IllegalStateException("OpenSearch did not answer within " + limit.toSeconds() + " s: " + log);
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("console.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        try (Stream<Path> bin = Files.list(to.resolve("bin"))) {
            for (Path p : bin.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temp folder left behind is removed by the system's temp cleaning
        }
    }
}
