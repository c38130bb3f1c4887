package org.newsgraph.eval.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.eval.gold.DatasetSource;
import org.newsgraph.eval.gold.GoldArticle;
import org.newsgraph.eval.gold.GoldLoader;
import org.newsgraph.eval.gold.GoldQuote;
import org.newsgraph.eval.gold.GoldSet;
import org.newsgraph.eval.score.TextMatch;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.extract.BoilerplateRemover;
import org.newsgraph.pipeline.extract.LearnedLineRule;
import org.newsgraph.pipeline.extract.Line;
import org.newsgraph.pipeline.extract.LineFeatures;
import org.newsgraph.pipeline.extract.LinearModel;
import org.newsgraph.pipeline.extract.TextDecoder;
import org.newsgraph.pipeline.ingest.SourceItem;

/**
 * Fits the plain-text line model ({@link LinearModel#lines()}) on the labelled lines of one gold set (the bundled
 * model: {@code devset-mideast}): each plain-text article is cleaned by the standard boilerplate rules, and each line
 * they keep that holds, or lies inside, one of the article's gold {@code boilerplate} strings is a positive example,
 * every other kept line a negative one. The setting (hashed word features or not, penalty, threshold) is chosen by
 * five-fold cross-validation over articles: the most gold boilerplate strings removed while at least 99% of gold
 * quotes stay in the text and at most 5% of the other lines are removed. Then the model is fitted on every article and measured on a second, held-out set (the
 * seeds). Deterministic. Not thread-safe.
 *
 * <pre>java -cp ... org.newsgraph.eval.external.LineModelFit ../shared/data/devset-mideast ../shared/data/seeds OUT_FILE</pre>
 */
public final class LineModelFit {
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9};
    private static final int FOLDS = 5;
    private static final double MIN_KEPT = 0.99;
    private static final double MAX_LOST = 0.05;

    private record Config(boolean hashed, double l2) {
    }

    private static final List<Config> CONFIGS = List.of(new Config(false, 1e-3), new Config(true, 1e-3), new Config(true, 1e-2));

    /** An article's kept lines with their features and labels, and its gold strings. */
    private record Labelled(List<Line> lines, List<LineFeatures> features, List<Boolean> boilerplate, List<String> gold,
                            List<String> quotes) {
    }

    /** Gold strings removed and quotes kept. */
    private record Figures(int removed, int boilerplate, int kept, int quotes, int contentLinesLost, int contentLines) {
        double lostShare() {
            return contentLines == 0 ? 0 : (double) contentLinesLost / contentLines;
        }

        double removedShare() {
            return boilerplate == 0 ? 0 : (double) removed / boilerplate;
        }

        double keptShare() {
            return quotes == 0 ? 1 : (double) kept / quotes;
        }

        Figures plus(Figures o) {
            return new Figures(removed + o.removed, boilerplate + o.boilerplate, kept + o.kept, quotes + o.quotes,
                    contentLinesLost + o.contentLinesLost, contentLines + o.contentLines);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: LineModelFit TRAIN_SET HELD_OUT_SET OUT_FILE");
            System.exit(2);
        }
        List<Labelled> train = load(Path.of(args[0]));
        List<Labelled> heldOut = load(Path.of(args[1]));
        double best = -1;
        Config bestConfig = CONFIGS.get(0);
        double bestThreshold = 0.9;
        for (Config c : CONFIGS) {
            Figures[] byThreshold = new Figures[THRESHOLDS.length];
            for (int t = 0; t < THRESHOLDS.length; t++) {
                byThreshold[t] = new Figures(0, 0, 0, 0, 0, 0);
            }
            for (int fold = 0; fold < FOLDS; fold++) {
                List<Labelled> fit = new ArrayList<>();
                List<Labelled> held = new ArrayList<>();
                for (int i = 0; i < train.size(); i++) {
                    (i % FOLDS == fold ? held : fit).add(train.get(i));
                }
                LinearModel m = fit(fit, c, 0.5);
                for (int t = 0; t < THRESHOLDS.length; t++) {
                    byThreshold[t] = byThreshold[t].plus(figures(held, m.withThreshold(THRESHOLDS[t])));
                }
            }
            for (int t = 0; t < THRESHOLDS.length; t++) {
                Figures f = byThreshold[t];
                System.err.printf(Locale.ROOT, "LineModelFit: %s threshold %.1f cross-validated removed %.3f kept %.3f, other lines lost %.3f%n", c,
                        THRESHOLDS[t], f.removedShare(), f.keptShare(), f.lostShare());
                if (f.keptShare() >= MIN_KEPT && f.lostShare() <= MAX_LOST + 1e-9 && f.removedShare() > best) {
                    best = f.removedShare();
                    bestConfig = c;
                    bestThreshold = THRESHOLDS[t];
                }
            }
        }
        LinearModel model = fit(train, bestConfig, bestThreshold);
        Figures held = figures(heldOut, model);
        System.err.printf(Locale.ROOT, "LineModelFit: chosen %s threshold %.1f; held-out set: removed %.3f (%d/%d) kept %.3f (%d/%d), other lines lost %d/%d%n",
                bestConfig, bestThreshold, held.removedShare(), held.removed(), held.boilerplate(), held.keptShare(), held.kept(), held.quotes(),
                held.contentLinesLost(), held.contentLines());
        List<String> lines = new ArrayList<>();
        lines.add("# Line model (see LinearModel#lines), fitted by LineModelFit on the labelled lines of " + Path.of(args[0]).getFileName() + ".");
        lines.addAll(model.rows());
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
    }

    private static LinearModel fit(List<Labelled> articles, Config c, double threshold) {
        List<LogisticFit.Example> examples = new ArrayList<>();
        for (Labelled a : articles) {
            for (int i = 0; i < a.lines().size(); i++) {
                examples.add(new LogisticFit.Example(a.features().get(i).dense(), a.features().get(i).hashed(), a.boilerplate().get(i)));
            }
        }
        return LogisticFit.fit(examples, LineFeatures.NAMES, LineFeatures.BUCKETS, c.hashed(), c.l2(), threshold);
    }

    private static Figures figures(List<Labelled> articles, LinearModel m) {
        Figures out = new Figures(0, 0, 0, 0, 0, 0);
        for (Labelled a : articles) {
            StringBuilder text = new StringBuilder();
            int lost = 0;
            int content = 0;
            for (int i = 0; i < a.lines().size(); i++) {
                LineFeatures f = a.features().get(i);
                boolean keep = a.lines().size() < 3 || LearnedLineRule.isProtected(a.lines(), i) || m.probability(f.dense(), f.hashed()) < m.threshold();
                if (keep) {
                    text.append(a.lines().get(i).text()).append('\n');
                }
                if (!a.boilerplate().get(i)) {
                    content++;
                    lost += keep ? 0 : 1;
                }
            }
            String t = text.toString();
            int removed = (int) a.gold().stream().filter(g -> !TextMatch.contains(t, g)).count();
            int kept = (int) a.quotes().stream().filter(q -> TextMatch.contains(t, q)).count();
            out = out.plus(new Figures(removed, a.gold().size(), kept, a.quotes().size(), lost, content));
        }
        return out;
    }

    private static List<Labelled> load(Path dir) {
        Outcome<GoldSet> gold = GoldLoader.load(dir.resolve("gold.json"));
        if (!(gold instanceof Outcome.Ok<GoldSet> ok)) {
            throw new IllegalStateException("cannot read " + dir.resolve("gold.json") + ": " + ((Outcome.Failed<GoldSet>) gold).problem());
        }
        Map<String, GoldArticle> byId = new HashMap<>();
        ok.value().articles().forEach(a -> byId.put(a.id(), a));
        Map<String, List<String>> quotes = new HashMap<>();
        for (GoldQuote q : ok.value().quotes()) {
            quotes.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(q.text());
        }
        List<RawDocument> docs = new ArrayList<>();
        new DatasetSource(dir).read(item -> {
            if (item instanceof SourceItem.Document d && d.document().format() == Format.TEXT) {
                docs.add(d.document());
            }
        });
        TextDecoder decoder = new TextDecoder();
        BoilerplateRemover rules = new BoilerplateRemover();
        List<Labelled> out = new ArrayList<>();
        for (RawDocument doc : docs) {
            String file = Path.of(doc.location()).getFileName().toString();
            String id = doc.hints().id() != null ? doc.hints().id() : file.replaceFirst("\\.[^.]+$", "");
            GoldArticle g = byId.get(id);
            if (g == null || g.boilerplate() == null) {
                continue;
            }
            if (!(decoder.decode(doc.bytes(), doc.charset(), doc.location()) instanceof Outcome.Ok<TextDecoder.Decoded> text)) {
                continue;
            }
            List<Line> kept = rules.clean(text.value().text(), List.of()).kept();
            List<LineFeatures> features = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                features.add(LineFeatures.of(kept, i));
                String line = kept.get(i).text();
                labels.add(g.boilerplate().stream().anyMatch(b -> TextMatch.contains(line, b)
                        || (line.length() >= 3 && TextMatch.contains(b, line))));
            }
            out.add(new Labelled(kept, features, labels, g.boilerplate(), quotes.getOrDefault(id, List.of())));
        }
        return out;
    }
}
