package org.newsgraph.export;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Goldstein conflict-cooperation value of a CAMEO event code, from {@code goldstein.tsv} (its header names the
 * published table it transcribes). A 4-digit code takes its 3-digit base code's value; an unknown or malformed
 * code gives an empty value (never a guess). Loaded once; thread-safe.
 */
final class GoldsteinScale {
    private static final Map<String, Double> VALUES = load();

    private GoldsteinScale() {
    }

    static Optional<Double> of(String cameo) {
        if (cameo == null || !cameo.matches("\\d{2,4}")) {
            return Optional.empty();
        }
        Double v = VALUES.get(cameo);
        if (v == null && cameo.length() == 4) {
            v = VALUES.get(cameo.substring(0, 3));
        }
        return Optional.ofNullable(v);
    }

    private static Map<String, Double> load() {
        Map<String, Double> out = new HashMap<>();
        for (String[] row : TsvTable.rows("goldstein.tsv", 2)) {
            out.put(row[0], Double.parseDouble(row[1]));
        }
        return Map.copyOf(out);
    }
}
