package org.newsgraph.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
    @Test
    void valuesAreDecodedAndBlankValuesCountAsAbsent() {
        QueryParams q = QueryParams.parse("q=ana+berg&place=S%C3%A3o%20Paulo&empty=&flag&q=second");
        assertThat(q.first("q")).hasValue("ana berg");
        assertThat(q.all("q")).containsExactly("ana berg", "second");
        assertThat(q.first("place")).hasValue("São Paulo");
        assertThat(q.first("empty")).isEmpty();
        assertThat(q.names()).containsExactly("q", "place", "empty", "flag");
    }

    @Test
    void malformedEscapesAreKeptLiterally() {
        assertThat(QueryParams.parse("q=100%").first("q")).hasValue("100%");
    }

    @Property
    void anyQueryStringParsesWithoutThrowing(@ForAll String raw) {
        assertThat(QueryParams.parse(raw)).isNotNull();
    }
}
