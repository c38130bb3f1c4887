package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import org.newsgraph.model.Event;
import org.newsgraph.model.TimeValue;

/** Renders events as readable text blocks. */
final class EventText {
    private EventText() {
    }

    static void print(List<Event> events, PrintWriter out) {
        for (Event e : events) {
            out.printf("%s  %s  %s%n", e.id(), date(e.date()), e.headline() == null ? "(no headline)" : e.headline());
            out.printf("    where: %s   type: %s%n", e.place() == null ? "—" : e.place(), e.type() == null ? "—" : e.type());
            out.printf("    actors: %s%n", e.actors().isEmpty() ? "—" : String.join(", ", e.actors()));
            out.printf("    %d article%s, %d independent source%s: %s%n", e.articleIds().size(), e.articleIds().size() == 1 ? "" : "s",
                    e.independentSources(), e.independentSources() == 1 ? "" : "s",
                    e.outlets().isEmpty() ? "(outlets unknown)" : String.join(", ", e.outlets()));
            out.printf("    story: %s   articles: %s%n%n", e.storyId(), String.join(" ", e.articleIds()));
        }
    }

    /** Who did what to whom, and the sentences that say so. */
    static void printCoding(org.newsgraph.export.ExportedEvent x, PrintWriter out) {
        out.printf("    source: %s   target: %s   CAMEO: %s%n", x.source() == null ? "—" : x.source().name(),
                x.target() == null ? "—" : x.target().name(), x.cameo() == null ? "—" : x.cameo());
        if (x.evidence().isEmpty()) {
            out.println("    evidence: — (no coded sentence)");
        }
        for (org.newsgraph.export.ExportedEvent.Evidence ev : x.evidence()) {
            out.printf("    evidence [%s%s] %s %s: %s%n", ev.articleId(), ev.main() ? ", main" : "", ev.type(),
                    ev.cameo() == null ? "" : "(" + ev.cameo() + ")", ArticlesCommand.clip(ev.sentence().replace('\n', ' '), 200));
            out.printf("        trigger “%s”   source: %s   target: %s%n", ev.trigger(), ev.source() == null ? "—" : ev.source(),
                    ev.target() == null ? "—" : ev.target());
        }
        out.println();
    }

    static String date(TimeValue value) {
        if (value == null) {
            return "date unknown";
        }
        return value instanceof TimeValue.UnresolvedWeekday w ? "a " + value.render() + " (unresolved: the article is undated)" : value.render();
    }
}
