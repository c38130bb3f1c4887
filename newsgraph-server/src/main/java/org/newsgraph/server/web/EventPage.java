package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.model.Event;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.server.catalog.ArticleView;
import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.catalog.CodedMention;
import org.newsgraph.server.catalog.EntityView;
import org.newsgraph.server.catalog.EventDossier;
import org.newsgraph.server.catalog.FieldClaims;
import org.newsgraph.server.catalog.QuoteView;

/**
 * One event: the consolidated who/what/whom/when/where, its outlets (independent and copies), where the sources
 * disagree, its quotes, and each source article with the evidence sentences highlighted. Thread-safe.
 */
final class EventPage {
    /** Articles whose text is shown in full; further ones are listed by title. */
    private static final int MAX_TEXTS = 20;

    private EventPage() {
    }

    static String render(Catalog c, EventDossier d, Function<String, Optional<Processed>> load) {
        Event e = d.event();
        StringBuilder sb = new StringBuilder();
        sb.append("<p class=\"crumbs\"><a href=\"/events\">Events</a>");
        if (e.storyId() != null && c.story(e.storyId()).map(s -> s.events().size() > 1).orElse(false)) {
            sb.append(" · <a href=\"/stories/").append(Html.seg(e.storyId())).append("\">Storyline</a>");
        }
        sb.append("</p><h1>").append(Html.esc(e.headline() == null ? "Untitled event" : e.headline())).append("</h1>");
        if (e.headlineSource() != null) {
            sb.append("<p class=\"meta\">Headline: ").append(e.headlineSource().part() == Event.HeadlineSource.Part.TITLE ? "the title" : "the lead sentence")
                    .append(" of <a href=\"/articles/").append(Html.seg(e.headlineSource().articleId())).append("\">")
                    .append(Html.esc(e.headlineSource().articleId())).append("</a></p>");
        }
        sb.append("<dl class=\"facts\">");
        sb.append("<dt>Who</dt><dd>").append(who(c, e, d)).append("</dd>");
        if (e.actors().size() > 1) {
            sb.append("<dt>Actors</dt><dd>").append(actors(c, e)).append("</dd>");
        }
        List<String> unsupported = e.articleIds().stream().map(load).flatMap(Optional::stream)
                .map(p -> p.article().metadata().languageCode())
                .filter(l -> !org.newsgraph.pipeline.language.SupportedLanguages.supported(l)).map(Optional::orElseThrow).distinct().toList();
        if (!unsupported.isEmpty()) {
            sb.append("<dt>Language</dt><dd>").append(Html.esc(String.join(", ", unsupported))).append(": ")
                    .append(org.newsgraph.pipeline.language.SupportedLanguages.NOT_SUPPORTED)
                    .append(" (articles in it are kept and searchable, but not annotated or coded)</dd>");
        }
        sb.append("<dt>Did what</dt><dd>").append(e.type() != null ? Html.esc(e.type()) : firstCoded(d, CodedMention::type, "not coded")).append("</dd>");
        sb.append("<dt>To whom</dt><dd>").append(role(c, d, d.roles().targetId(), "not stated")).append("</dd>");
        sb.append("<dt>When</dt><dd>").append(Fragments.date(c, e)).append("</dd>");
        sb.append("<dt>Where</dt><dd>").append(e.place() != null ? Html.esc(e.place()) : "<span class=\"unknown\">not stated</span>").append("</dd>");
        sb.append("<dt>Sources</dt><dd>").append(Html.esc(Fragments.sources(e))).append("</dd></dl>");
        sb.append("<p><a class=\"button\" href=\"/events/").append(Html.seg(e.id())).append("/sources\">Compare the sources side by side</a></p>");

        sb.append("<section aria-labelledby=\"outlets\"><h2 id=\"outlets\">Outlets</h2><div class=\"two\">");
        sb.append("<div><h3>Independent (own text)</h3>").append(list(d.independentOutlets(), "No outlet is known for the original texts.")).append("</div>");
        sb.append("<div><h3>Copies (syndicated or near-verbatim)</h3>").append(list(d.copyingOutlets(), "No outlet only copied another's text.")).append("</div>");
        sb.append("</div></section>");

        sb.append("<section aria-labelledby=\"disagree\"><h2 id=\"disagree\">Where the sources disagree</h2>");
        if (d.disagreements().isEmpty()) {
            sb.append(Layout.empty(d.coded().isEmpty() ? "No coded event fields yet, so there is nothing to compare."
                    : "The coded fields agree across sources."));
        } else {
            sb.append("<table><caption class=\"visually-hidden\">Values stated by each source</caption><tr><th scope=\"col\">Field</th><th scope=\"col\">Value</th><th scope=\"col\">Stated by</th></tr>");
            for (FieldClaims f : d.disagreements()) {
                for (FieldClaims.Claim claim : f.claims()) {
                    sb.append("<tr><th scope=\"row\">").append(Html.esc(f.field())).append("</th><td>").append(Html.esc(claim.value()))
                            .append("</td><td>").append(Html.esc(String.join(", ", claim.outlets().isEmpty() ? claim.articles() : claim.outlets()))).append("</td></tr>");
                }
            }
            sb.append("</table>");
        }
        sb.append("</section>");

        sb.append("<section aria-labelledby=\"quotes\"><h2 id=\"quotes\">Quotes</h2>").append(quotes(c, d.quotes())).append("</section>");

        sb.append("<section aria-labelledby=\"people\"><h2 id=\"people\">Who is mentioned</h2>");
        if (d.entities().isEmpty()) {
            sb.append(Layout.empty("No names were recognised in these articles yet."));
        } else {
            sb.append("<ul class=\"chips\">");
            for (EntityView ev : d.entities().subList(0, Math.min(30, d.entities().size()))) {
                sb.append("<li>").append(Fragments.entityLink(ev.id(), ev.canonical())).append(" <span class=\"tag\">")
                        .append(ev.type().name()).append("</span></li>");
            }
            sb.append("</ul>");
        }
        sb.append("</section>");

        sb.append("<section aria-labelledby=\"articles\"><h2 id=\"articles\">Source articles</h2>");
        List<ArticleView> shown = d.articles().subList(0, Math.min(MAX_TEXTS, d.articles().size()));
        for (ArticleView a : shown) {
            sb.append(article(a, d, load));
        }
        if (d.articles().size() > MAX_TEXTS) {
            sb.append("<h3>").append(d.articles().size() - MAX_TEXTS).append(" more articles</h3><ul>");
            for (ArticleView a : d.articles().subList(MAX_TEXTS, d.articles().size())) {
                sb.append("<li><a href=\"/articles/").append(Html.seg(a.id())).append("\">").append(Html.esc(a.title() == null ? a.id() : a.title()))
                        .append("</a> · ").append(Html.esc(a.outlet() == null ? "outlet unknown" : a.outlet())).append(a.isCopy() ? " · copy" : "").append("</li>");
            }
            sb.append("</ul>");
        }
        sb.append("</section>");
        return sb.toString();
    }

    /** An event's source or target, as every view of the event reads it ({@link EventDossier#roles()}), linked. */
    private static String role(Catalog c, EventDossier d, String entityId, String none) {
        if (entityId == null) {
            return "<span class=\"unknown\">" + Html.esc(none) + "</span>";
        }
        String name = d.nameOf(entityId);
        return c.entity(entityId).isPresent() ? Fragments.entityLink(entityId, name) : Html.esc(name);
    }

    /** Every actor of the event (all parties of a summit), linked. */
    private static String actors(Catalog c, Event e) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < e.actors().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(Fragments.actor(c, e.actors().get(i)));
        }
        return sb.toString();
    }

    private static String who(Catalog c, Event e, EventDossier d) {
        String source = d.roles().sourceId();
        if (source != null) {
            return role(c, d, source, "not coded");
        }
        if (!e.actors().isEmpty()) {
            return actors(c, e);
        }
        for (CodedMention m : d.coded()) {
            if (m.source() != null) {
                return m.sourceId() != null && c.entity(m.sourceId()).isPresent() ? Fragments.entityLink(m.sourceId(), m.source()) : Html.esc(m.source());
            }
        }
        return "<span class=\"unknown\">not coded</span>";
    }

    private static String firstCoded(EventDossier d, Function<CodedMention, String> field, String none) {
        return d.coded().stream().filter(CodedMention::main).map(field).filter(v -> v != null).findFirst()
                .or(() -> d.coded().stream().map(field).filter(v -> v != null).findFirst())
                .map(Html::esc).orElse("<span class=\"unknown\">" + Html.esc(none) + "</span>");
    }

    private static String list(List<String> items, String none) {
        if (items.isEmpty()) {
            return Layout.empty(none);
        }
        StringBuilder sb = new StringBuilder("<ul>");
        items.forEach(i -> sb.append("<li><a href=\"/events?outlet=").append(Html.seg(i)).append("\">").append(Html.esc(i)).append("</a></li>"));
        return sb.append("</ul>").toString();
    }

    static String quotes(Catalog c, List<QuoteView> quotes) {
        if (quotes.isEmpty()) {
            return Layout.empty("No quotations were found in these articles.");
        }
        StringBuilder sb = new StringBuilder(quotes.size() > 100 ? "<p class=\"note\">The first 100 of " + quotes.size() + " quotes.</p>" : "")
                .append("<ul class=\"quotes\">");
        for (QuoteView q : quotes.subList(0, Math.min(100, quotes.size()))) {
            sb.append("<li><blockquote>").append(q.direct() ? "“" : "").append(Html.esc(q.text())).append(q.direct() ? "”" : "")
                    .append("</blockquote><p class=\"by\">— ");
            if (q.speakerId() != null && c.entity(q.speakerId()).isPresent()) {
                sb.append(Fragments.entityLink(q.speakerId(), q.speakerName() == null ? q.speakerId() : q.speakerName()));
            } else {
                sb.append(q.speakerName() == null ? "<span class=\"unknown\">unattributed</span>" : Html.esc(q.speakerName()));
            }
            if (!q.direct()) {
                sb.append(" <span class=\"tag\">reported speech</span>");
            }
            sb.append(", in ").append(Html.esc(q.outlet() == null ? q.articleId() : q.outlet()))
                    .append(q.published() == null ? "" : " (" + q.published() + ")").append("</p></li>");
        }
        return sb.append("</ul>").toString();
    }

    private static String article(ArticleView a, EventDossier d, Function<String, Optional<Processed>> load) {
        StringBuilder sb = new StringBuilder("<article class=\"source\" aria-labelledby=\"a-").append(Html.esc(a.id())).append("\">");
        sb.append("<h3 id=\"a-").append(Html.esc(a.id())).append("\">").append(Html.esc(a.title() == null ? a.id() : a.title())).append("</h3>");
        sb.append("<p class=\"meta\">").append(Html.esc(a.outlet() == null ? "outlet unknown" : a.outlet())).append(" · ")
                .append(a.published() == null ? "publication date unknown" : a.published().toString());
        if (a.isCopy()) {
            sb.append(" · <span class=\"tag copy\">").append(Html.esc(a.copyKind().toLowerCase(java.util.Locale.ROOT))).append(" copy of ")
                    .append(Html.esc(a.duplicateOf())).append("</span>");
        }
        if (a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
            sb.append(" · <a href=\"").append(Html.esc(a.url())).append("\" rel=\"noopener noreferrer nofollow\">original</a>");
        }
        sb.append(" · <a href=\"/articles/").append(Html.seg(a.id())).append("\">details</a></p>");
        Optional<Processed> p = load.apply(a.id());
        if (p.isEmpty()) {
            return sb.append(Layout.empty("The text of this article is not available.")).append("</article>").toString();
        }
        List<EvidenceText.Highlight> marks = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CodedMention m : d.coded()) {
            if (m.articleId().equals(a.id())) {
                if (seen.add(m.sentenceSpan().toString())) {
                    marks.add(new EvidenceText.Highlight(m.sentenceSpan(), "evidence", "evidence for " + m.type()));
                }
                marks.add(new EvidenceText.Highlight(m.triggerSpan(), "trigger", m.type() + (m.cameo() == null ? "" : " / CAMEO " + m.cameo())));
            }
        }
        if (marks.isEmpty()) {
            for (Quote q : p.get().annotated().quotes()) {
                marks.add(new EvidenceText.Highlight(q.span(), "quote", "quotation"));
            }
        }
        String text = p.get().article().text();
        boolean hasEvidence = marks.stream().anyMatch(m -> m.kind().equals("evidence"));
        if (!hasEvidence) {
            sb.append("<p class=\"note\">No coded evidence in this article yet; its text is shown").append(marks.isEmpty() ? "" : " with quotations marked").append(".</p>");
        }
        sb.append("<details").append(hasEvidence || d.articles().size() <= 3 ? " open" : "").append("><summary>Text</summary>")
                .append(EvidenceText.render(text, marks)).append("</details>");
        return sb.append("</article>").toString();
    }
}
