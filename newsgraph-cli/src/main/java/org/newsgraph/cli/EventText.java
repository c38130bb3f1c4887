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

    static String date(TimeValue value) {
        if (value == null) {
            return "date unknown";
        }
        return value instanceof TimeValue.UnresolvedWeekday w ? "a " + value.render() + " (unresolved: the article is undated)" : value.render();
    }
}
