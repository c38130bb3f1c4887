package org.newsgraph.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Found;
import org.newsgraph.model.Removed;

/** Publication days and titles of invented pages, read by {@link HtmlReader} through its markup readers. */
class PageDatesAndHeadlinesTest {
    private final HtmlReader reader = new HtmlReader();

    private static final String BODY = "<p>The village council met on a wet evening to discuss the new footbridge over the river, which has been closed since spring.</p>"
            + "<p>Engineers told the meeting that repairs would cost less than a new bridge and could be finished before the winter floods arrive.</p>"
            + "<p>Several residents asked why the work had taken so long, and the mayor promised a written timetable within two weeks.</p>";

    private LocalDate day(String html) {
        return reader.read(html).facts().published().map(Found::value).orElse(null);
    }

    private String title(String html, String url) {
        return reader.read(html, url).facts().title().map(Found::value).orElse(null);
    }

    @Test
    void itempropDatePublishedOnASpanIsRead() {
        String html = "<body><article><h1>Footbridge to be repaired</h1><p class=\"meta\">By A. Writer, <span itemprop=\"datePublished\">"
                + "11.11.2021</span></p>" + BODY + "</article></body>";
        assertThat(day(html)).isEqualTo(LocalDate.of(2021, 11, 11));
    }

    @Test
    void jsonLdDateInAnyFormatIsRead() {
        String html = "<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"Fri Feb 18 10:27:24 2022\"}"
                + "</script></head><body><article>" + BODY + "</article></body>";
        assertThat(day(html)).isEqualTo(LocalDate.of(2022, 2, 18));
    }

    @Test
    void theDayIsTheOneWrittenWithItsZoneNotConvertedToUtc() {
        String html = "<head><meta property=\"article:published_time\" content=\"2021-05-09T23:30:00-05:00\"></head><body>" + BODY + "</body>";
        assertThat(day(html)).isEqualTo(LocalDate.of(2021, 5, 9));
    }

    @Test
    void aReaderCommentsTimeIsNeverThePublicationDay() {
        String html = "<body><article class=\"post\"><h1>Footbridge to be repaired</h1>" + BODY + "</article>"
                + "<ol class=\"comment-list\"><li><article id=\"div-comment-7\" class=\"comment-body\"><footer>"
                + "<time datetime=\"2023-03-02T08:00:00+00:00\">2 March 2023</time></footer><p>Good news at last.</p></article></li></ol></body>";
        assertThat(day(html)).isNull();
    }

    @Test
    void aRelatedStoryListsTimeIsSkippedForTheArticlesOwn() {
        String html = "<body><div class=\"related-stories\"><a href=\"/x\">Older story</a><time datetime=\"2019-01-01\">1 Jan 2019</time></div>"
                + "<article><h1>Footbridge to be repaired</h1><time datetime=\"2023-04-05T10:00:00+02:00\">5 April</time>" + BODY + "</article></body>";
        assertThat(day(html)).isEqualTo(LocalDate.of(2023, 4, 5));
    }

    @Test
    void aVisibleDateNearTheHeadlineIsRead() {
        String html = "<body><div class=\"main\"><h1>Steg wird repariert</h1><div class=\"sub\">Von Anna Schreiber | 23. Juli 2017</div>"
                + BODY + "</div></body>";
        assertThat(day(html)).isEqualTo(LocalDate.of(2017, 7, 23));
    }

    @Test
    void theVisibleHeadlineWinsOverAnSeoTitleItMatches() {
        String html = "<head><meta property=\"og:title\" content=\"Footbridge repair: council approves plan, costs, timetable\"></head>"
                + "<body><article><h1>Council approves footbridge repair plan</h1>" + BODY + "</article></body>";
        assertThat(title(html, null)).isEqualTo("Council approves footbridge repair plan");
    }

    @Test
    void aSiteNameThatSpellsTheHostIsCutWithoutOgSiteName() {
        String html = "<head><title>Footbridge to be repaired | River Valley Post</title></head><body>" + BODY + "</body>";
        assertThat(title(html, "https://www.rivervalleypost.example/local/footbridge")).isEqualTo("Footbridge to be repaired");
    }

    @Test
    void aSiteNameWrittenInTheFooterIsCut() {
        String html = "<head><title>Valley Notes - Footbridge to be repaired</title></head><body>" + BODY
                + "<footer><p>© 2023 Valley Notes. All rights reserved.</p></footer></body>";
        assertThat(title(html, null)).isEqualTo("Footbridge to be repaired");
    }

    @Test
    void aTitlePartWithoutEvidenceOfNamingTheSiteStays() {
        String html = "<head><title>Footbridge closed - repairs to start in May</title></head><body>" + BODY + "</body>";
        assertThat(title(html, "https://news.example/a")).isEqualTo("Footbridge closed - repairs to start in May");
    }

    @Test
    void aPageInsideOneFormKeepsItsArticle() {
        String html = "<body><form id=\"aspnetForm\" action=\"/page\"><nav><a href=\"/\">Home</a></nav><article><h1>Footbridge to be repaired</h1>"
                + BODY + "</article></form></body>";
        HtmlPage page = reader.read(html);
        assertThat(kept(page)).contains("Engineers told the meeting", "the mayor promised a written timetable");
    }

    @Test
    void aPageInsideNoscriptStillGivesItsArticle() {
        String html = "<body><noscript><article><h1>Footbridge to be repaired</h1>" + BODY + "</article></noscript></body>";
        HtmlPage page = reader.read(html);
        assertThat(kept(page)).contains("Engineers told the meeting");
    }

    private static String kept(HtmlPage page) {
        StringBuilder out = new StringBuilder();
        String text = page.visibleText();
        int at = 0;
        for (Removed r : page.removed().stream().sorted((a, b) -> a.span().compareTo(b.span())).toList()) {
            out.append(text, at, Math.max(at, r.span().start()));
            at = Math.max(at, r.span().end());
        }
        out.append(text.substring(at));
        return out.toString();
    }
}
