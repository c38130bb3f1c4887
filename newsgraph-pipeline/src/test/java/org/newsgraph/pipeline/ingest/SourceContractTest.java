package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.RawDocument;

/**
 * What every {@link Source} reading bytes promises: the same bytes give the same items, every item names where it
 * came from, and any bytes (random, or a good input cut or damaged anywhere) give documents or problems with a
 * declared code, never an exception.
 */
abstract class SourceContractTest {
    /** A source over {@code bytes}, named {@link #NAME}. */
    abstract Source source(byte[] bytes);

    /** A good input that gives at least two documents. */
    abstract byte[] sample();

    /** Every problem code the source may report. */
    abstract Set<String> declaredProblems();

    /**
     * Whether an input may give no items at all: a WARC whose records are all of kinds passed over silently
     * (a damaged {@code WARC-Type} makes a response one of those).
     */
    boolean mayGiveNothing() {
        return false;
    }

    static final String NAME = "input";

    /** What the source calls its input in locations. */
    String inputName() {
        return NAME;
    }

    private List<SourceItem> read(byte[] bytes) {
        List<SourceItem> items = new ArrayList<>();
        source(bytes).read(items::add);
        return items;
    }

    /** A comparable rendering of an item: arrays compared by content. */
    private static String describe(SourceItem item) {
        return switch (item) {
            case SourceItem.Document d -> {
                RawDocument r = d.document();
                yield r.location() + "|" + r.format() + "|" + r.charset() + "|" + r.hints() + "|" + Arrays.hashCode(r.bytes());
            }
            case SourceItem.Skipped s -> s.problem().toString();
        };
    }

    @Test
    void theSampleGivesDocumentsAndNoProblems() {
        List<SourceItem> items = read(sample());
        assertThat(FeedSourceTest.problems(items)).isEmpty();
        assertThat(FeedSourceTest.documents(items)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void readingTheSameBytesTwiceGivesTheSameItems() {
        assertThat(read(sample()).stream().map(SourceContractTest::describe).toList())
                .isEqualTo(read(sample()).stream().map(SourceContractTest::describe).toList());
    }

    @Test
    void everyDocumentIsLocatedInsideTheInputAndLocationsAreDistinct() {
        List<RawDocument> docs = FeedSourceTest.documents(read(sample()));
        assertThat(docs).allSatisfy(d -> assertThat(d.location()).startsWith(inputName() + "#"));
        assertThat(docs).extracting(RawDocument::location).doesNotHaveDuplicates();
    }

    @Property(tries = 300)
    void anyBytesGiveDocumentsOrDeclaredProblems(@ForAll @Size(max = 600) byte[] bytes) {
        assertOnlyDeclared(read(bytes));
    }

    @Property(tries = 300)
    void aGoodInputCutAnywhereGivesDocumentsOrDeclaredProblems(@ForAll("fractions") double where) {
        byte[] sample = sample();
        assertOnlyDeclared(read(Arrays.copyOf(sample, (int) (sample.length * where))));
    }

    @Property(tries = 300)
    void aGoodInputWithADamagedByteGivesDocumentsOrDeclaredProblems(@ForAll("fractions") double where, @ForAll byte value) {
        byte[] damaged = sample();
        damaged[Math.min(damaged.length - 1, (int) (damaged.length * where))] = value;
        assertOnlyDeclared(read(damaged));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    private void assertOnlyDeclared(List<SourceItem> items) {
        if (!mayGiveNothing()) {
            assertThat(items).isNotEmpty();
        }
        assertThat(FeedSourceTest.problems(items)).allSatisfy(code -> assertThat(code).isIn(declaredProblems()));
        assertThat(items).allSatisfy(i -> assertThat(i).isNotNull());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
