package org.newsgraph.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Outcome;
import org.newsgraph.server.catalog.EventFilter;
import org.newsgraph.server.http.QueryParams;

class EventFilterParserTest {
    static Outcome<EventFilter> parse(String raw) {
        return EventFilterParser.parse(QueryParams.parse(raw), Set.of());
    }

    @Test
    void everyFilterIsRead() {
        EventFilter f = ((Outcome.Ok<EventFilter>) parse("q=talks&entity=e1&actor=Ana&type=CONSULT&from=2024-01-01&to=2024-02-01"
                + "&place=Geneva&outlet=Post&minSources=2&story=s1&offset=20&limit=5")).value();
        assertThat(f).isEqualTo(new EventFilter("talks", "e1", "Ana", "CONSULT", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1),
                "Geneva", "Post", 2, "s1"));
        assertThat(((Outcome.Ok<EventFilter>) parse("")).value()).isEqualTo(EventFilter.ALL);
    }

    @Test
    void aRangeEndingBeforeItStartsNamesFrom() {
        assertThat(parse("from=2024-03-02&to=2024-03-01")).isInstanceOfSatisfying(Outcome.Failed.class,
                f -> assertThat(f.problem().location()).isEqualTo("from"));
    }

    @Test
    void anUnknownParameterIsNamedWithTheAcceptedOnes() {
        assertThat(parse("plcae=Geneva")).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
            assertThat(f.problem().location()).isEqualTo("plcae");
            assertThat(f.problem().message()).contains("place");
        });
    }

    @Test
    void overLongValuesAreRejected() {
        assertThat(parse("q=" + "a".repeat(501))).isInstanceOfSatisfying(Outcome.Failed.class,
                f -> assertThat(f.problem().code()).isEqualTo("too-long"));
    }

    @Property
    void anyQueryGivesAFilterOrAProblemNeverAnException(@ForAll String from, @ForAll String minSources, @ForAll String name) {
        Outcome<EventFilter> out = EventFilterParser.parse(QueryParams.parse("from=" + from + "&minSources=" + minSources + "&" + name + "=x"), Set.of());
        assertThat(out).isNotNull();
    }

    @Test
    void pagingRejectsNegativeOffsetAndHugeLimit() {
        assertThat(Paging.parse(QueryParams.parse("offset=-1"))).isInstanceOf(Outcome.Failed.class);
        assertThat(Paging.parse(QueryParams.parse("limit=501"))).isInstanceOf(Outcome.Failed.class);
        assertThat(Paging.parse(QueryParams.parse("limit=99999999999"))).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Ok<Paging>) Paging.parse(QueryParams.EMPTY)).value()).isEqualTo(new Paging(0, 20));
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertThat(ExportApi.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ExportApi.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ExportApi.cell("+1")).isEqualTo("'+1");
        assertThat(ExportApi.cell(null)).isEmpty();
    }
}
