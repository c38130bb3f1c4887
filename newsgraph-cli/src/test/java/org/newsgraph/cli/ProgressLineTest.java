package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private long now;

    @Test
    void onATerminalTheLineShowsDoneOfTotalTheRateAndTheTimeLeftAndIsClearedBeforeTheSummary() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), ProgressLine.Mode.TERMINAL, OptionalInt.of(300), () -> now);
        now = 30_000_000_000L;
        line.update(120, 118, "a.jsonl:120");
        assertThat(text.toString()).isEqualTo("\r  120/300 inputs, 118 new articles, 4.0 inputs/s, about 45 s left");
        now += 100_000_000L;
        line.update(121, 119, "a.jsonl:121");
        assertThat(text.toString()).as("not redrawn within a quarter second").doesNotContain("121/300");
        line.clear();
        assertThat(text.toString()).endsWith("\r" + " ".repeat(65) + "\r");
    }

    @Test
    void withoutATotalThereIsNoTimeLeftAndOffPrintsNothing() {
        ProgressLine line = new ProgressLine(new PrintWriter(new StringWriter()), ProgressLine.Mode.TERMINAL, OptionalInt.empty(), () -> now);
        now = 10_000_000_000L;
        assertThat(line.text(50, 50, now)).isEqualTo("  50 inputs, 50 new articles, 5.0 inputs/s");

        StringWriter quiet = new StringWriter();
        ProgressLine off = new ProgressLine(new PrintWriter(quiet), ProgressLine.Mode.OFF, OptionalInt.of(10), () -> now);
        off.update(50, 50, "x");
        off.clear();
        assertThat(quiet.toString()).isEmpty();
    }

    @Test
    void asLinesOneLinePerFiftyInputs() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), ProgressLine.Mode.LINES, OptionalInt.empty(), () -> now);
        for (int i = 1; i <= 100; i++) {
            now = i * 250_000_000L;
            line.update(i, i, "x");
        }
        assertThat(text.toString().lines()).containsExactly("progress: read 50 inputs, 50 new articles, 4.0 inputs/s",
                "progress: read 100 inputs, 100 new articles, 4.0 inputs/s");
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(ProgressLine.duration(42)).isEqualTo("42 s");
        assertThat(ProgressLine.duration(185)).isEqualTo("3 min 05 s");
        assertThat(ProgressLine.duration(7620)).isEqualTo("2 h 07 min");
    }
}
