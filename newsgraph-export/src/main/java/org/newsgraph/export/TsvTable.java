package org.newsgraph.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a tab-separated table shipped next to this package (each file's header comment names its source).
 * Lines starting with {@code #} and blank lines are skipped; a row with fewer than {@code columns} cells is a
 * packaging error, as is a missing file: both fail loudly at class-load time. Thread-safe.
 */
final class TsvTable {
    private TsvTable() {
    }

    static List<String[]> rows(String name, int columns) {
        try (InputStream in = TsvTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the build: " + name);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < columns) {
                    throw new IllegalStateException(name + " line " + number + " has " + cells.length + " cells, expected " + columns);
                }
                rows.add(cells);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }
}
