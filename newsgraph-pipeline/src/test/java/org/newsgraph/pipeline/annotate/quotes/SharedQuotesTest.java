package org.newsgraph.pipeline.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

class SharedQuotesTest {
    private static Quote quote(String text, String words) {
        int at = text.indexOf(words);
        return new Quote(new Span(at, at + words.length()), true, null, null, "said", 0.9);
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }

    @Test
    void sameWordsInAnotherOutletAreFoundWhateverTheMarksAndCase() {
        String a = "“We will not yield to threats,” Lena Markova said.";
        String b = "Markova told the agency: \"we will NOT yield to threats\".";
        SharedQuotes shared = new SharedQuotes();
        shared.addArticle("a", a, List.of(quote(a, "We will not yield to threats,")));
        shared.addArticle("b", b, List.of(quote(b, "we will NOT yield to threats")));
        assertThat(shared.elsewhere("a", span(a, "We will not yield to threats,")))
                .containsExactly(new QuoteOccurrence("b", span(b, "we will NOT yield to threats")));
        assertThat(shared.articlesCarrying("b", span(b, "we will NOT yield to threats"))).containsExactly("a");
    }

    @Test
    void stretchQuotedInsideALongerQuotationIsTheSameQuotationBothWays() {
        String a = "“Our country and its partners will not let the smugglers return to the coast this year,” he said.";
        String b = "He vowed the partners “will not let the smugglers return to the coast”.";
        SharedQuotes shared = new SharedQuotes();
        shared.addArticle("a", a, List.of(quote(a, "Our country and its partners will not let the smugglers return to the coast this year,")));
        shared.addArticle("b", b, List.of(quote(b, "will not let the smugglers return to the coast")));
        assertThat(shared.articlesCarrying("a", span(a, "Our country and its partners will not let the smugglers return to the coast this year,")))
                .containsExactly("b");
        assertThat(shared.articlesCarrying("b", span(b, "will not let the smugglers return to the coast")))
                .containsExactly("a");
    }

    @Test
    void shortCommonWordsInsideALongerQuotationDoNotTieItToAnother() {
        String a = "They greeted each other as “good neighbour” in Kessel.";
        String b = "“You are a good neighbour of our people and always welcome here,” he said.";
        SharedQuotes shared = new SharedQuotes();
        shared.addArticle("a", a, List.of(quote(a, "good neighbour")));
        shared.addArticle("b", b, List.of(quote(b, "You are a good neighbour of our people and always welcome here,")));
        assertThat(shared.elsewhere("a", span(a, "good neighbour"))).isEmpty();
        assertThat(shared.elsewhere("b", span(b, "You are a good neighbour of our people and always welcome here,"))).isEmpty();
    }

    @Test
    void shortQuotationMatchesTheSameShortQuotationElsewhere() {
        String a = "Both called the talks “productive and candid”.";
        String b = "The talks were “productive and candid,” officials said.";
        SharedQuotes shared = new SharedQuotes();
        shared.addArticle("a", a, List.of(quote(a, "productive and candid")));
        shared.addArticle("b", b, List.of(quote(b, "productive and candid,")));
        assertThat(shared.articlesCarrying("a", span(a, "productive and candid"))).containsExactly("b");
    }

    @Test
    void repeatsWithinOneArticleAreNotOtherOutlets() {
        String a = "“The border stays closed,” she said. Later she repeated: “The border stays closed.”";
        SharedQuotes shared = new SharedQuotes();
        shared.addArticle("a", a, List.of(quote(a, "The border stays closed,"), new Quote(
                new Span(a.lastIndexOf("The border"), a.lastIndexOf("The border") + "The border stays closed.".length()),
                true, null, null, "repeated", 0.9)));
        assertThat(shared.elsewhere("a", span(a, "The border stays closed,"))).isEmpty();
    }

    @Test
    void quotationNeverAddedHasNoOtherOutletsAndBadInputAddsNothing() {
        SharedQuotes shared = new SharedQuotes();
        shared.addArticle(null, "text", List.of());
        shared.addArticle("a", null, null);
        shared.add("a", null, "words");
        shared.addArticle("a", "short", List.of(new Quote(new Span(0, 40), true, null, null, null, 0.5)));
        assertThat(shared.elsewhere("a", new Span(0, 40))).isEmpty();
        assertThat(shared.elsewhere(null, null)).isEmpty();
    }

    @Test
    void quotationAddedByItsWordsMeetsOneAddedWithItsArticle() {
        String a = "“Prices will fall before the winter,” the minister said.";
        SharedQuotes shared = new SharedQuotes();
        shared.addArticle("a", a, List.of(quote(a, "Prices will fall before the winter,")));
        shared.add("b", new Span(10, 44), "prices will fall before the winter");
        assertThat(shared.articlesCarrying("b", new Span(10, 44))).containsExactly("a");
    }
}
