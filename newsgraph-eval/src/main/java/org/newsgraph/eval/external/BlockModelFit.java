package org.newsgraph.eval.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.extract.BlockFeatures;
import org.newsgraph.pipeline.extract.LinearModel;
import org.newsgraph.pipeline.extract.HtmlReader;
import org.newsgraph.pipeline.extract.NewsExtractor;
import org.newsgraph.pipeline.extract.TextDecoder;

/**
 * Fits the {@link LinearModel#blocks()} on the <b>train half</b> of trafilatura's evaluation set, and only there: each page is
 * read into blocks ({@link HtmlReader#scoredBlocks}); a block that holds, or lies inside, a snippet the main text
 * must contain is a positive example, one that holds or lies inside a snippet it must not contain a negative one,
 * other blocks are not used. Logistic regression (full-batch gradient descent with AdaGrad steps, L2 penalty, the
 * two classes weighed equally). The setting (hashed features or not, penalty, keep threshold) is chosen by snippet F1
 * on half of the train pages after fitting on the other half; the model is then fitted on the whole train half.
 * Deterministic. Not thread-safe.
 *
 * <pre>java -cp ... org.newsgraph.eval.external.BlockModelFit ../shared/data newsgraph-pipeline/src/main/resources/org/newsgraph/pipeline/extract/block-model.tsv</pre>
 */
public final class BlockModelFit {
    private static final double[] THRESHOLDS = {0.4, 0.5, 0.6, 0.7};

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BlockModelFit DATA_DIR OUT_FILE");
            System.exit(2);
        }
        BlockModelFit fit = new BlockModelFit();
        Outcome<LinearModel> model = fit.fit(Path.of(args[0]));
        if (model instanceof Outcome.Failed<LinearModel> f) {
            System.err.println("BlockModelFit: " + f.problem());
            System.exit(1);
        }
        LinearModel m = ((Outcome.Ok<LinearModel>) model).value();
        List<String> lines = new ArrayList<>();
        lines.add("# Block model (see LinearModel#blocks), fitted by BlockModelFit on the train half of trafilatura-eval only.");
        lines.addAll(m.rows());
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    }

    public Outcome<LinearModel> fit(Path data) {
        ExtractionSetReader reader = new ExtractionSetReader();
        Outcome<List<SnippetPage>> read = reader.snippetPages(data, Integer.MAX_VALUE);
        if (read instanceof Outcome.Failed<List<SnippetPage>> f) {
            return new Outcome.Failed<>(f.problem());
        }
        List<SnippetPage> train = ((Outcome.Ok<List<SnippetPage>>) read).value().stream().filter(SnippetPage::train).toList();
        List<byte[]> html = new ArrayList<>();
        for (SnippetPage p : train) {
            Outcome<byte[]> bytes = reader.page(data, p);
            if (bytes instanceof Outcome.Failed<byte[]> f) {
                return new Outcome.Failed<>(f.problem());
            }
            html.add(((Outcome.Ok<byte[]>) bytes).value());
        }
        List<SnippetPage> fitPages = new ArrayList<>();
        List<byte[]> fitHtml = new ArrayList<>();
        List<SnippetPage> heldPages = new ArrayList<>();
        List<byte[]> heldHtml = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            (i % 2 == 0 ? fitPages : heldPages).add(train.get(i));
            (i % 2 == 0 ? fitHtml : heldHtml).add(html.get(i));
        }
        List<LogisticFit.Example> fitExamples = examples(fitPages, fitHtml);
        double bestF1 = -1;
        Config best = null;
        for (Config c : CONFIGS) {
            LinearModel fitted = regress(fitExamples, c, 0.5);
            for (double t : THRESHOLDS) {
                double f1 = snippetF1(fitted.withThreshold(t), heldPages, heldHtml);
                System.err.printf(Locale.ROOT, "BlockModelFit: %s threshold %.1f held-out train F1 %.4f%n", c, t, f1);
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = new Config(c.hashed(), c.l2(), t);
                }
            }
        }
        List<LogisticFit.Example> examples = examples(train, html);
        System.err.printf(Locale.ROOT, "BlockModelFit: %d train pages, %d labelled blocks; chosen %s%n", train.size(), examples.size(), best);
        return Outcome.ok(regress(examples, best, best.threshold()));
    }

    /** A setting tried: hashed features or not, the L2 penalty, and (once chosen) the keep threshold. */
    private record Config(boolean hashed, double l2, double threshold) {
    }

    private static final List<Config> CONFIGS = List.of(new Config(false, 1e-4, 0), new Config(true, 1e-4, 0), new Config(true, 1e-3, 0));

    private static List<LogisticFit.Example> examples(List<SnippetPage> pages, List<byte[]> html) {
        TextDecoder decoder = new TextDecoder();
        HtmlReader blocks = new HtmlReader(LinearModel.blocks());
        List<LogisticFit.Example> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            SnippetPage page = pages.get(i);
            Outcome<TextDecoder.Decoded> decoded = decoder.decode(html.get(i), null, page.file());
            if (!(decoded instanceof Outcome.Ok<TextDecoder.Decoded> ok)) {
                continue;
            }
            List<String> with = page.with().stream().map(SnippetCounts::normalize).toList();
            List<String> without = page.without().stream().map(SnippetCounts::normalize).toList();
            for (HtmlReader.ScoredBlock b : blocks.scoredBlocks(ok.value().text(), page.url())) {
                if (b.fixed()) {
                    continue;
                }
                String t = SnippetCounts.normalize(b.text());
                boolean in = overlaps(t, with);
                boolean out2 = overlaps(t, without);
                if (in != out2) {
                    out.add(new LogisticFit.Example(b.features().dense(), b.features().hashed(), in));
                }
            }
        }
        return out;
    }

    private static boolean overlaps(String block, List<String> snippets) {
        for (String s : snippets) {
            if (block.contains(s) || (block.length() >= 15 && s.contains(block))) {
                return true;
            }
        }
        return false;
    }

    private static LinearModel regress(List<LogisticFit.Example> examples, Config config, double threshold) {
        return LogisticFit.fit(examples, BlockFeatures.NAMES, BlockFeatures.BUCKETS, config.hashed(), config.l2(), threshold);
    }

    private static double snippetF1(LinearModel model, List<SnippetPage> pages, List<byte[]> html) {
        ExtractionSystem system = ExtractionSystem.of("fit", new NewsExtractor(model));
        SnippetCounts counts = SnippetCounts.ZERO;
        for (int i = 0; i < pages.size(); i++) {
            counts = counts.plus(SnippetCounts.of(system.extract(html.get(i), pages.get(i).url()).text(), pages.get(i).with(),
                    pages.get(i).without()));
        }
        return counts.f1();
    }
}
