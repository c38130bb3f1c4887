package org.newsgraph.eval.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.annotate.Annotator;
import org.newsgraph.pipeline.annotate.tagging.NamedEntityTagger;
import org.newsgraph.pipeline.annotate.tagging.TaggedText;
import org.newsgraph.pipeline.annotate.tagging.Token;

/**
 * CoNLL-2003 test: our entity layer as wired (the {@link Annotator}'s mentions) and the raw CoreNLP CRF labels (a
 * {@link NamedEntityTagger}) on the rebuilt documents, scored by {@link NameScorer}.
 *
 * <p>Our mentions map to CoNLL classes by kind and type: names and acronyms of a person are {@code PER}, of an
 * organisation {@code ORG}, of a country, city or other place {@code LOC}, other names {@code MISC}; demonyms
 * ("Iranian") are {@code MISC} as CoNLL annotates them; metonyms ("Washington said") are {@code LOC} as CoNLL
 * annotates them; role descriptions and pronouns are not names and are left out. The CRF's labels map
 * {@code PERSON/ORGANIZATION/LOCATION/MISC} to {@code PER/ORG/LOC/MISC}; a run of tokens of a sentence with the
 * same label is one name. Not thread-safe.
 */
public final class Conll2003Benchmark {
    public static final String FILE = "conll2003/eng.testb.docs.conll";

    /**
     * @param documents   documents scored
     * @param tokens      tokens in them
     * @param ours        our entity layer
     * @param crf         the raw CoreNLP CRF (CoNLL four-class model)
     * @param oursSeconds time our annotator took
     * @param crfSeconds  time the CRF took
     */
    public record Result(int documents, int tokens, NameScores ours, NameScores crf, double oursSeconds, double crfSeconds)
            implements ExternalReport {
        @Override
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("CoNLL-2003 test (testb), " + documents + " documents, " + tokens + " tokens, " + ours.overall().gold()
                    + " gold names; exact span and type");
            out.add(String.format(Locale.ROOT, "%-12s %-28s %6s", "system", "overall", "secs"));
            out.add(String.format(Locale.ROOT, "%-12s %-28s %6.1f", "Newsgraph", ours.overall().brief(), oursSeconds));
            out.add(String.format(Locale.ROOT, "%-12s %-28s %6.1f", "CoreNLP CRF", crf.overall().brief(), crfSeconds));
            out.add("per type:");
            for (NameScores.TypeScore t : ours.byType()) {
                String theirs = crf.byType().stream().filter(c -> c.type().equals(t.type())).map(c -> c.score().brief()).findFirst()
                        .orElse("-");
                out.add(String.format(Locale.ROOT, "  %-5s Newsgraph %s   CoreNLP CRF %s", t.type(), t.score().brief(), theirs));
            }
            return out;
        }
    }

    private final Annotator annotator;
    private final NamedEntityTagger crf;

    public Conll2003Benchmark(Annotator annotator, NamedEntityTagger crf) {
        this.annotator = annotator;
        this.crf = crf;
    }

    public Outcome<Result> run(Path data, int limit) {
        Path file = data.resolve(FILE);
        String conll;
        try {
            conll = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Outcome.failed("unreadable", "cannot read the CoNLL file: " + e.getMessage(), file.toString());
        }
        Outcome<List<ConllDocument>> read = new ConllNerReader().read(conll, file.toString(), limit);
        return switch (read) {
            case Outcome.Failed<List<ConllDocument>> f -> new Outcome.Failed<>(f.problem());
            case Outcome.Ok<List<ConllDocument>> ok -> Outcome.ok(score(ok.value()));
        };
    }

    public Result score(List<ConllDocument> documents) {
        NameScorer mine = new NameScorer();
        NameScorer theirs = new NameScorer();
        Articles.warmUp(annotator);
        long oursNanos = 0;
        long crfNanos = 0;
        int tokens = 0;
        for (ConllDocument doc : documents) {
            long t0 = System.nanoTime();
            AnnotatedArticle annotated = annotator.annotate(Articles.of("conll-" + doc.id(), doc.text(), null));
            long t1 = System.nanoTime();
            TaggedText tagged = crf.tag(doc.text());
            long t2 = System.nanoTime();
            oursNanos += t1 - t0;
            crfNanos += t2 - t1;
            tokens += doc.tokens();
            mine.add(doc.names(), ours(annotated.mentions()));
            theirs.add(doc.names(), runs(tagged.tokens()));
        }
        return new Result(documents.size(), tokens, mine.scores(), theirs.scores(), oursNanos / 1e9, crfNanos / 1e9);
    }

    static List<NamedSpan> ours(List<Mention> mentions) {
        List<NamedSpan> out = new ArrayList<>();
        for (Mention m : mentions) {
            String type = switch (m.kind()) {
                case NAME, ACRONYM -> switch (m.type()) {
                    case PERSON -> "PER";
                    case ORG -> "ORG";
                    case GPE, LOC -> "LOC";
                    case MISC -> "MISC";
                };
                case DEMONYM -> "MISC";
                case METONYM -> "LOC";
                case NOMINAL, PRONOUN -> null;
            };
            if (type != null) {
                out.add(new NamedSpan(m.span(), type));
            }
        }
        return out;
    }

    static List<NamedSpan> runs(List<Token> tokens) {
        List<NamedSpan> out = new ArrayList<>();
        String open = null;
        int start = 0;
        int end = 0;
        int sentence = -1;
        for (Token t : tokens) {
            String type = conll(t.ner());
            if (open != null && (type == null || !type.equals(open) || t.sentence() != sentence)) {
                out.add(new NamedSpan(new Span(start, end), open));
                open = null;
            }
            if (type != null) {
                if (open == null) {
                    open = type;
                    start = t.start();
                    sentence = t.sentence();
                }
                end = t.end();
            }
        }
        if (open != null) {
            out.add(new NamedSpan(new Span(start, end), open));
        }
        return out;
    }

    private static String conll(String label) {
        return switch (label) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "LOCATION" -> "LOC";
            case "MISC" -> "MISC";
            default -> null;
        };
    }
}
