package org.newsgraph.eval.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link SuiteReport}: a text table (one row per metric, the worst set first, then one column per set;
 * baselines as rows of their own) or one JSON object.
 */
public final class SuiteTable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuiteTable() {
    }

    public static String text(SuiteReport report) {
        List<SetResult> sets = report.sets();
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("metric", "worst"));
        sets.forEach(s -> header.add(s.set().name() + " (" + s.set().role().label() + ")"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (String metric : report.metrics()) {
            List<String> row = new ArrayList<>();
            row.add(metric);
            row.add(report.worst(metric).map(w -> number(w.value()) + " " + w.set()).orElse("-"));
            sets.forEach(s -> row.add(number(s.metric(metric))));
            rows.add(row);
            for (String baseline : baselineLabels(report)) {
                if (sets.stream().anyMatch(s -> s.baselines().getOrDefault(baseline, Map.of()).get(metric) != null)) {
                    List<String> b = new ArrayList<>();
                    b.add("  baseline " + baseline);
                    b.add("");
                    sets.forEach(s -> b.add(number(s.baselines().getOrDefault(baseline, Map.of()).get(metric))));
                    rows.add(b);
                }
            }
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(i < 2 ? pad(cell, widths[i]) : padLeft(cell, widths[i])).append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        for (SetResult s : sets) {
            if (s.problem() != null) {
                out.append("skipped ").append(s.set().name()).append(": ").append(s.problem()).append('\n');
            }
        }
        return out.toString();
    }

    public static String json(SuiteReport report, boolean pretty) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode sets = root.putObject("sets");
        for (SetResult s : report.sets()) {
            ObjectNode set = sets.putObject(s.set().name());
            set.put("role", s.set().role().label());
            set.put("kind", s.set().kind().name().toLowerCase(Locale.ROOT));
            if (s.problem() != null) {
                set.put("skipped", s.problem());
            }
            ObjectNode metrics = set.putObject("metrics");
            s.metrics().forEach(metrics::put);
            ObjectNode baselines = set.putObject("baselines");
            s.baselines().forEach((label, m) -> {
                ObjectNode b = baselines.putObject(label);
                m.forEach(b::put);
            });
        }
        ObjectNode worst = root.putObject(SuiteReport.WORST);
        for (String metric : report.metrics()) {
            report.worst(metric).ifPresent(w -> {
                ObjectNode node = worst.putObject(metric);
                node.put("set", w.set());
                node.put("value", w.value());
            });
        }
        try {
            return pretty ? JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) : JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the suite report", e);
        }
    }

    private static List<String> baselineLabels(SuiteReport report) {
        java.util.Set<String> labels = new java.util.LinkedHashSet<>();
        report.sets().forEach(s -> labels.addAll(s.baselines().keySet()));
        return new ArrayList<>(labels);
    }

    private static String number(Double d) {
        if (d == null) {
            return "-";
        }
        if (d == Math.rint(d) && Math.abs(d) >= 1 && Math.abs(d) < 1e6 && d != 1.0) {
            return String.valueOf(d.longValue());
        }
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }

    private static String padLeft(String s, int w) {
        return " ".repeat(Math.max(0, w - s.length())) + s;
    }
}
