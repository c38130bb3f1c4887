package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import org.newsgraph.store.Ingestor;

/**
 * Ingest progress on standard error. On a terminal: one line rewritten in place, at most a few times a second,
 * with inputs done of the total (when known), new articles, articles per second and the time left, cleared before
 * anything else is printed. As lines ({@code --progress always}, for logs): one line per {@value #LINE_EVERY}
 * inputs. Off: nothing.
 */
final class ProgressLine implements Ingestor.Progress {
    enum Mode { TERMINAL, LINES, OFF }

    private static final int LINE_EVERY = 50;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final Mode mode;
    private final OptionalInt total;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private int width;

    /**
     * @param total inputs expected, when known beforehand (standard input is not counted)
     * @param clock nanoseconds, {@link System#nanoTime} outside tests
     */
    ProgressLine(PrintWriter err, Mode mode, OptionalInt total, LongSupplier clock) {
        this.err = err;
        this.mode = mode;
        this.total = total;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDraw = start - REDRAW_NANOS;
    }

    @Override
    public void update(int seen, int added, String location) {
        switch (mode) {
            case OFF -> {
            }
            case LINES -> {
                if (seen % LINE_EVERY == 0) {
                    err.println("progress: read " + seen + " inputs, " + added + " new articles, "
                            + String.format(Locale.ROOT, "%.1f", rate(seen)) + " inputs/s");
                    err.flush();
                }
            }
            case TERMINAL -> {
                long now = clock.getAsLong();
                if (now - lastDraw >= REDRAW_NANOS) {
                    lastDraw = now;
                    draw(text(seen, added, now));
                }
            }
        }
    }

    /** The line as it stands after {@code seen} inputs at time {@code now}. */
    String text(int seen, int added, long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = seen / seconds;
        StringBuilder line = new StringBuilder("  ");
        line.append(seen);
        total.ifPresent(t -> line.append('/').append(t));
        line.append(" inputs, ").append(added).append(" new articles, ")
                .append(String.format(Locale.ROOT, "%.1f", rate)).append(" inputs/s");
        if (total.isPresent() && seen > 0 && total.getAsInt() > seen) {
            line.append(", about ").append(duration((total.getAsInt() - seen) / rate)).append(" left");
        }
        return line.toString();
    }

    private double rate(int seen) {
        return seen / Math.max(1e-9, (clock.getAsLong() - start) / 1e9);
    }

    /** Clears the terminal line, so that what is printed next starts on a clean line. */
    void clear() {
        if (mode == Mode.TERMINAL && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    /** Seconds since the start. */
    double elapsedSeconds() {
        return (clock.getAsLong() - start) / 1e9;
    }

    private void draw(String text) {
        String padded = text.length() < width ? text + " ".repeat(width - text.length()) : text;
        err.print("\r" + padded);
        err.flush();
        width = Math.max(width, text.length());
    }

    /**
     * Whether standard error is on a terminal, as far as Java can tell: a console whose {@code isTerminal()} (Java
     * 22 and later, where a console exists also when output is redirected) says so, or on Java 21 any console.
     */
    static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** "42 s", "3 min 05 s", "2 h 07 min". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
