package org.newsgraph.eval.external;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.annotate.Annotator;
import org.newsgraph.pipeline.events.EventCoder;
import org.newsgraph.pipeline.extract.Extractor;
import org.newsgraph.pipeline.ingest.FileSource;
import org.newsgraph.pipeline.ingest.IngestLimits;
import org.newsgraph.pipeline.ingest.SourceItem;

/**
 * Throughput of the language layer on real news: articles are read and extracted first (not timed), the annotator
 * is warmed up on a few of them, then every article is annotated on {@code threads} threads (articles/s, tokens/s,
 * peak heap), and the event coder codes the annotated articles on one thread (sentences/s). Tokens are counted as
 * runs of letters or digits and single other non-blank characters, close to what a Penn-Treebank tokenizer gives.
 * The figures depend on the machine and its load; they are measurements, not assertions. Not thread-safe itself.
 */
public final class LanguageSpeedBenchmark {
    public static final String FILE = "bulk/allsides-article-bias/allsides-articles.part1of4.jsonl.gz";
    /** Articles used when no limit is given. */
    public static final int DEFAULT_ARTICLES = 200;
    private static final int WARM_UP = 10;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    /**
     * @param articles          articles annotated
     * @param tokens            tokens in them
     * @param threads           annotating threads
     * @param processors        processors the JVM sees
     * @param seconds           wall time of annotating
     * @param articlesPerSecond articles annotated per second
     * @param tokensPerSecond   tokens annotated per second
     * @param peakHeapMiB       peak heap used while annotating (all heap pools, MiB)
     * @param maxHeapMiB        the heap limit (MiB)
     * @param sentences         sentences the coder read
     * @param codingSeconds     time the coder took (one thread)
     * @param sentencesPerSecond coded sentences per second
     */
    public record Result(int articles, long tokens, int threads, int processors, double seconds, double articlesPerSecond,
                         double tokensPerSecond, long peakHeapMiB, long maxHeapMiB, long sentences, double codingSeconds,
                         double sentencesPerSecond) implements ExternalReport {
        @Override
        public List<String> lines() {
            return List.of(String.format(Locale.ROOT, "language layer on %d articles (%d tokens) of %s, %d threads, %d processors visible",
                            articles, tokens, FILE, threads, processors),
                    String.format(Locale.ROOT, "  annotate: %.1f s, %.2f articles/s, %.0f tokens/s, peak heap %d MiB of %d MiB", seconds,
                            articlesPerSecond, tokensPerSecond, peakHeapMiB, maxHeapMiB),
                    String.format(Locale.ROOT, "  code events: %d sentences in %.2f s, %.0f sentences/s (one thread)", sentences, codingSeconds,
                            sentencesPerSecond));
        }
    }

    private final Extractor extractor;
    private final Annotator annotator;
    private final EventCoder coder;

    public LanguageSpeedBenchmark(Extractor extractor, Annotator annotator, EventCoder coder) {
        this.extractor = extractor;
        this.annotator = annotator;
        this.coder = coder;
    }

    /** Up to {@code limit} articles of the corpus under {@code data}, annotated on {@code threads} threads. */
    public Outcome<Result> run(Path data, int limit, int threads) {
        Path file = data.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Outcome.failed("not-found", "the corpus is missing", file.toString());
        }
        List<Article> articles = read(file, limit);
        if (articles.isEmpty()) {
            return Outcome.failed("empty", "no article could be extracted", file.toString());
        }
        return Outcome.ok(measure(articles, threads));
    }

    private List<Article> read(Path file, int limit) {
        List<Article> articles = new ArrayList<>();
        final class Enough extends RuntimeException {
            Enough() {
                super(null, null, false, false);
            }
        }
        try {
            new FileSource(List.of(file), IngestLimits.DEFAULT).read(item -> {
                if (articles.size() >= limit) {
                    throw new Enough();
                }
                if (item instanceof SourceItem.Document d && extractor.extract(d.document()) instanceof Outcome.Ok<Article> ok) {
                    articles.add(ok.value());
                }
            });
        } catch (Enough stop) {
            // read as many as asked for
        }
        return articles;
    }

    /** Measures the given articles. */
    public Result measure(List<Article> articles, int threads) {
        for (Article a : articles.subList(0, Math.min(WARM_UP, articles.size()))) {
            annotator.annotate(a);
        }
        long tokens = articles.stream().mapToLong(a -> count(a.text())).sum();
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AnnotatedArticle[] annotated = new AnnotatedArticle[articles.size()];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < annotated.length; i = next.getAndIncrement()) {
                        annotated[i] = annotator.annotate(articles.get(i));
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the annotator failed: " + e.getCause(), e.getCause());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long sentences = 0;
        long codeStart = System.nanoTime();
        for (AnnotatedArticle a : annotated) {
            if (a != null) {
                coder.code(a);
                sentences += a.sentences().size();
            }
        }
        double codingSeconds = (System.nanoTime() - codeStart) / 1e9;
        int n = articles.size();
        return new Result(n, tokens, threads, Runtime.getRuntime().availableProcessors(), seconds, n / seconds, tokens / seconds,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20, sentences, codingSeconds, sentences / codingSeconds);
    }

    static long count(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
