package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void markupAndQuotesAreEscaped() {
        assertThat(Html.esc("<a href=\"x\" onclick='y'>&</a>")).isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.esc(null)).isEmpty();
    }

    @Test
    void segmentsEncodeSlashesSpacesAndColons() {
        assertThat(Html.seg("person:ana berg/1")).isEqualTo("person%3Aana%20berg%2F1");
    }

    @Test
    void jsonInScriptCannotCloseTheScriptElement() {
        assertThat(Html.jsonInScript("{\"a\":\"</script><b>\"}")).doesNotContain("</script>").doesNotContain("<b>");
    }

    @Property
    void escapedTextNeverContainsMarkupCharacters(@ForAll String s) {
        assertThat(Html.esc(s)).doesNotContain("<", ">", "\"", "'");
    }
}
