package org.newsgraph.eval.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.events.CameoClass;
import org.newsgraph.pipeline.events.EventTypeFeatures;
import org.newsgraph.pipeline.events.EventTypeModel;

/**
 * Learns the sentence-level {@link EventTypeModel} (CAMEO PentaClass) from cameo-conflibert's {@code cameo_class}
 * train split and reports macro-F1 on its test split next to two baselines fitted on the same split in the same run:
 * TF-IDF (words and word pairs) with the same logistic regression, and the cue patterns' own vote (the class with most
 * cue support). The regularisation of each learned system is chosen by 5-fold cross-validation on the train split;
 * the test split is only scored.
 */
public final class EventTypeTrainer {
    private static final double[] L2 = {1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2};
    private static final int FOLDS = 5;
    private static final int CLASSES = CameoClass.values().length;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    /** One labelled sentence. */
    public record Sentence(String text, int label) {
    }

    /** One system's figures: cross-validated macro-F1 on train (NaN where nothing was fitted) and macro-F1 on test. */
    public record SystemScore(String system, double chosenL2, double trainCvMacroF1, double testMacroF1, double testAccuracy,
                              double[] testF1PerClass) {
    }

    /** The fitted model and the table of figures. */
    public record Result(EventTypeModel model, List<SystemScore> scores, int train, int test) {
    }

    private EventTypeTrainer() {
    }

    /** Reads {@code sentence<TAB>label} lines; a missing file or a bad line is a failed outcome naming it. */
    public static Outcome<List<Sentence>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Outcome.failed("unreadable", "cannot read " + file + ": " + e.getMessage(), file.toString());
        }
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            String label = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (tab <= 0 || !label.matches("[0-4]")) {
                return Outcome.failed("malformed", "line " + (i + 1) + " is not 'sentence<TAB>label 0-4'",
                        file + ":" + (i + 1));
            }
            out.add(new Sentence(line.substring(0, tab).strip(), Integer.parseInt(label)));
        }
        return Outcome.ok(out);
    }

    public static Result train(List<Sentence> train, List<Sentence> test, EventTypeFeatures features) {
        List<SoftmaxRegression.Row> embTrain = denseRows(train, features);
        List<SoftmaxRegression.Row> embTest = denseRows(test, features);
        Tfidf tfidf = Tfidf.fit(train);
        List<SoftmaxRegression.Row> tfTrain = train.stream().map(tfidf::row).toList();
        List<SoftmaxRegression.Row> tfTest = test.stream().map(tfidf::row).toList();

        List<SystemScore> scores = new ArrayList<>();
        Chosen tf = choose(tfTrain, tfidf.size());
        SoftmaxRegression.Fit tfFit = SoftmaxRegression.fit(tfTrain, CLASSES, tfidf.size(), tf.l2());
        scores.add(score("baseline: TF-IDF + logistic regression", tf, tfTest, tfFit::predict));

        scores.add(score("baseline: cue patterns' vote", new Chosen(Double.NaN, Double.NaN), embTest,
                r -> cueVote(r, majority(train))));

        Chosen emb = choose(embTrain, EventTypeFeatures.SIZE);
        SoftmaxRegression.Fit embFit = SoftmaxRegression.fit(embTrain, CLASSES, EventTypeFeatures.SIZE, emb.l2());
        SystemScore shipped = score("MiniLM embedding + cue shares + logistic regression (shipped)", emb, embTest, embFit::predict);
        scores.add(shipped);

        String provenance = String.join("\n",
                "Learned by `newsgraph train-event-types`; do not edit by hand.",
                "Classes: CAMEO PentaClass (01-02, 03-05, 06-08, 09-13, 14-20) in CameoClass order.",
                "Features: MiniLM sentence embedding (384), cue support share per class (5), no-cue flag (1).",
                "Data: cameo-conflibert cameo_class/train.tsv (" + train.size() + " sentences); l2 chosen by 5-fold CV: "
                        + String.format(Locale.ROOT, "%.4g (CV macro-F1 %.3f)", emb.l2(), emb.cvMacroF1()),
                String.format(Locale.ROOT, "Test macro-F1 (cameo_class/test.tsv, %d sentences): %.3f; TF-IDF baseline %.3f",
                        test.size(), shipped.testMacroF1(), scores.getFirst().testMacroF1()));
        return new Result(new EventTypeModel(embFit.weights(), embFit.bias(), provenance), scores, train.size(), test.size());
    }

    private record Chosen(double l2, double cvMacroF1) {
    }

    private static Chosen choose(List<SoftmaxRegression.Row> rows, int size) {
        Chosen best = null;
        for (double l2 : L2) {
            int[] predicted = new int[rows.size()];
            for (int fold = 0; fold < FOLDS; fold++) {
                List<SoftmaxRegression.Row> fitOn = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (i % FOLDS != fold) {
                        fitOn.add(rows.get(i));
                    }
                }
                SoftmaxRegression.Fit fit = SoftmaxRegression.fit(fitOn, CLASSES, size, l2);
                for (int i = fold; i < rows.size(); i += FOLDS) {
                    predicted[i] = fit.predict(rows.get(i));
                }
            }
            int[] gold = rows.stream().mapToInt(SoftmaxRegression.Row::label).toArray();
            double f1 = macroF1(gold, predicted, new double[CLASSES]);
            if (best == null || f1 > best.cvMacroF1() + 1e-12) {
                best = new Chosen(l2, f1);
            }
        }
        return best;
    }

    private static SystemScore score(String name, Chosen chosen, List<SoftmaxRegression.Row> test,
                                     java.util.function.ToIntFunction<SoftmaxRegression.Row> predict) {
        int[] gold = test.stream().mapToInt(SoftmaxRegression.Row::label).toArray();
        int[] predicted = test.stream().mapToInt(predict).toArray();
        double[] perClass = new double[CLASSES];
        double f1 = macroF1(gold, predicted, perClass);
        int right = 0;
        for (int i = 0; i < gold.length; i++) {
            right += gold[i] == predicted[i] ? 1 : 0;
        }
        return new SystemScore(name, chosen.l2(), chosen.cvMacroF1(), f1, gold.length == 0 ? 0 : (double) right / gold.length, perClass);
    }

    /** The class with most cue support (the cue-share features), else the train split's most frequent class. */
    private static int cueVote(SoftmaxRegression.Row r, int fallback) {
        int best = -1;
        double top = 0;
        for (int c = 0; c < CLASSES; c++) {
            double v = r.value()[EventTypeFeatures.EMBEDDING + c];
            if (v > top) {
                top = v;
                best = c;
            }
        }
        return best < 0 ? fallback : best;
    }

    private static int majority(List<Sentence> train) {
        int[] n = new int[CLASSES];
        train.forEach(s -> n[s.label()]++);
        int best = 0;
        for (int c = 1; c < CLASSES; c++) {
            if (n[c] > n[best]) {
                best = c;
            }
        }
        return best;
    }

    static double macroF1(int[] gold, int[] predicted, double[] perClass) {
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.length; i++) {
                if (predicted[i] == c && gold[i] == c) {
                    tp++;
                } else if (predicted[i] == c) {
                    fp++;
                } else if (gold[i] == c) {
                    fn++;
                }
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            perClass[c] = f1;
            sum += f1;
        }
        return sum / CLASSES;
    }

    private static List<SoftmaxRegression.Row> denseRows(List<Sentence> sentences, EventTypeFeatures features) {
        List<SoftmaxRegression.Row> rows = new ArrayList<>();
        for (Sentence s : sentences) {
            Optional<double[]> x = features.of(s.text());
            rows.add(SoftmaxRegression.Row.dense(x.orElseGet(() -> new double[EventTypeFeatures.SIZE]), s.label()));
        }
        return rows;
    }

    /** TF-IDF over lower-cased words and adjacent word pairs seen in at least two train sentences; rows L2-normalised. */
    private record Tfidf(Map<String, Integer> index, double[] idf) {
        static Tfidf fit(List<Sentence> train) {
            Map<String, Integer> df = new TreeMap<>();
            for (Sentence s : train) {
                terms(s.text()).keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            }
            Map<String, Integer> index = new HashMap<>();
            List<Double> idf = new ArrayList<>();
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                if (e.getValue() >= 2) {
                    index.put(e.getKey(), idf.size());
                    idf.add(Math.log((1.0 + train.size()) / (1.0 + e.getValue())) + 1);
                }
            }
            return new Tfidf(index, idf.stream().mapToDouble(Double::doubleValue).toArray());
        }

        int size() {
            return idf.length;
        }

        SoftmaxRegression.Row row(Sentence s) {
            Map<Integer, Double> x = new TreeMap<>();
            terms(s.text()).forEach((t, n) -> {
                Integer i = index.get(t);
                if (i != null) {
                    x.put(i, (1 + Math.log(n)) * idf[i]);
                }
            });
            double norm = Math.sqrt(x.values().stream().mapToDouble(v -> v * v).sum());
            int[] idx = x.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] val = x.values().stream().mapToDouble(v -> norm == 0 ? 0 : v / norm).toArray();
            return new SoftmaxRegression.Row(idx, val, s.label());
        }

        static Map<String, Integer> terms(String text) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
            Map<String, Integer> terms = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                terms.merge(words.get(i), 1, Integer::sum);
                if (i + 1 < words.size()) {
                    terms.merge(words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
                }
            }
            return terms;
        }
    }
}
