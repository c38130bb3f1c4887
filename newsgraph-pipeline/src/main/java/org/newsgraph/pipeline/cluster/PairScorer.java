package org.newsgraph.pipeline.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How strongly two articles look like reports of the same event: a weighted mean of lexical (TF-IDF cosine),
 * embedding and actor overlap, moved up or down by date, place, type and conflicting persons (each article leads with a person it names
 * prominently and the other never names: the same official meeting two different counterparts). Returns
 * {@link Double#NEGATIVE_INFINITY} when a hard rule forbids the link (resolved event days or publication dates too
 * far apart). Symmetric: {@code score(a, b) == score(b, a)}. Reads the vocabulary's current frequencies; not
 * thread-safe with respect to a growing vocabulary.
 */
final class PairScorer {
    private final ClusterSettings s;
    private final Vocabulary vocabulary;

    PairScorer(ClusterSettings settings, Vocabulary vocabulary) {
        this.s = Objects.requireNonNull(settings);
        this.vocabulary = Objects.requireNonNull(vocabulary);
    }

    double score(ArticleProfile a, ArticleProfile b) {
        if (gap(a.eventDay(), b.eventDay()) > s.maxEventDayGap() || gap(a.published(), b.published()) > s.maxPublishedGap()) {
            return Double.NEGATIVE_INFINITY;
        }
        double weighted = s.lexicalWeight() * lexical(a, b);
        double weights = s.lexicalWeight();
        if (a.embedding() != null && b.embedding() != null && s.embeddingWeight() > 0) {
            weighted += s.embeddingWeight() * Math.max(0, Vectors.dot(a.embedding(), b.embedding()));
            weights += s.embeddingWeight();
        }
        if (!a.leadActors().isEmpty() || !b.leadActors().isEmpty()) {
            weighted += s.actorWeight() * actors(a, b);
            weights += s.actorWeight();
        }
        double score = weighted / weights;
        if (a.eventDay() != null && b.eventDay() != null) {
            score += s.dayAgreementBonus();
        }
        if (gap(a.published(), b.published()) > s.publishedSoftGap()) {
            score -= s.publishedPenalty();
        }
        if (a.place() != null && b.place() != null) {
            score += a.place().equals(b.place()) ? s.placeBonus() : -s.placePenalty();
        }
        if (a.type() != null && b.type() != null) {
            score += a.type().equals(b.type()) ? s.typeBonus() : -s.typePenalty();
        }
        if (leadsWithStranger(a, b) && leadsWithStranger(b, a)) {
            score -= s.actorConflictPenalty();
        }
        return score;
    }

    /** Days between two dates; 0 when either is unknown (no evidence is no conflict). */
    static long gap(LocalDate a, LocalDate b) {
        return a == null || b == null ? 0 : Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    /** TF-IDF cosine over content words. */
    double lexical(ArticleProfile a, ArticleProfile b) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.terms().length && j < b.terms().length) {
            int ta = a.terms()[i];
            int tb = b.terms()[j];
            if (ta == tb) {
                double idf = vocabulary.idf(ta);
                dot += a.termWeights()[i] * b.termWeights()[j] * idf * idf;
                i++;
                j++;
            } else if (ta < tb) {
                i++;
            } else {
                j++;
            }
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private double norm(ArticleProfile p) {
        double sum = 0;
        for (int i = 0; i < p.terms().length; i++) {
            double w = p.termWeights()[i] * vocabulary.idf(p.terms()[i]);
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /** Share of the lead actors of each side that the other side names anywhere. */
    static double actors(ArticleProfile a, ArticleProfile b) {
        int total = a.leadActors().size() + b.leadActors().size();
        if (total == 0) {
            return 0;
        }
        int found = 0;
        for (String x : a.leadActors()) {
            if (b.actors().contains(x)) {
                found++;
            }
        }
        for (String x : b.leadActors()) {
            if (a.actors().contains(x)) {
                found++;
            }
        }
        return (double) found / total;
    }

    /**
     * Whether {@code a} leads with a person it names prominently (in the lead and at least twice) whom {@code b}
     * never names: the counterpart of a meeting, the suspect of an arrest. Names in passing are too noisy to
     * veto a link.
     */
    private static boolean leadsWithStranger(ArticleProfile a, ArticleProfile b) {
        return stranger(a, b) != null;
    }

    /** A person {@code a} leads with and names prominently whom {@code b} never names, or {@code null}. */
    static String stranger(ArticleProfile a, ArticleProfile b) {
        for (String p : a.leadPersons()) {
            if (a.persons().contains(p) && !b.actors().contains(p)) {
                return p;
            }
        }
        return null;
    }
}
