package org.newsgraph.pipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a tab-separated data file shipped next to this package. Lines starting with {@code #} and blank
 * lines are skipped. A missing file is a packaging error and fails loudly at class-load time. Thread-safe.
 */
final class TsvResource {
    private TsvResource() {
    }

    static List<String[]> rows(String name) {
        try (InputStream in = TsvResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the build: " + name);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t"));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }
}
