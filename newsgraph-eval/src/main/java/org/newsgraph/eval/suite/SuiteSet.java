package org.newsgraph.eval.suite;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One set of the suite.
 *
 * @param name     the name it is reported (and gated) under
 * @param role     train, dev or test
 * @param kind     how it is read and scored
 * @param path     the gold-set folder, or the CoNLL file of a cross-document set
 */
public record SuiteSet(String name, Role role, Kind kind, Path path) {
    public SuiteSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    /** How a set is read and what its gold groups mean. */
    public enum Kind {
        /** a folder with {@code articles/} and {@code gold.json} in the devset schema: every metric */
        GOLD_FOLDER,
        /** ECB+-style CoNLL whose documents are grouped by sub-topic (one seminal event each) and by topic */
        CONLL_SUBTOPIC_EVENTS,
        /** CoNLL whose topics are single events reported by several outlets */
        CONLL_TOPIC_EVENTS,
        /** CoNLL whose topics are themes spanning many events: only topic-level grouping is scored */
        CONLL_TOPICS_ONLY
    }

    /**
     * The sets under a data folder laid out as {@code shared/data}, plus the project's own examples, with the roles
     * of {@code SETS.md}.
     */
    public static List<SuiteSet> standard(Path data, Path examples) {
        return List.of(
                new SuiteSet("seeds", Role.DEV, Kind.GOLD_FOLDER, data.resolve("seeds")),
                new SuiteSet("devset", Role.DEV, Kind.GOLD_FOLDER, data.resolve("devset")),
                new SuiteSet("devset-mideast", Role.DEV, Kind.GOLD_FOLDER, data.resolve("devset-mideast")),
                new SuiteSet("examples", Role.DEV, Kind.GOLD_FOLDER, examples),
                new SuiteSet("ecbplus-test", Role.TEST, Kind.CONLL_SUBTOPIC_EVENTS, data.resolve("ecbplus/ecbplus_test.conll")),
                new SuiteSet("newswcl50", Role.TEST, Kind.CONLL_TOPIC_EVENTS, data.resolve("newswcl50/NewsWCL50.conll")),
                new SuiteSet("meantime", Role.TEST, Kind.CONLL_TOPICS_ONLY, data.resolve("meantime/meantime_en.conll")));
    }
}
