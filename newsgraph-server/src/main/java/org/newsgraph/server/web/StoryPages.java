package org.newsgraph.server.web;

import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Event;
import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.catalog.StoryView;

/** The list of storylines and one storyline's events on a timeline. Thread-safe. */
final class StoryPages {
    private StoryPages() {
    }

    static String list(Catalog c, List<StoryView> stories, int offset, int limit) {
        StringBuilder sb = new StringBuilder("<h1>Stories</h1><p class=\"lead\">A story is a line of related events over time.</p>");
        if (stories.isEmpty()) {
            return sb.append(Layout.empty(Layout.NO_DATA)).toString();
        }
        sb.append("<ol class=\"stories\">");
        int to = Math.min(stories.size(), offset + limit);
        for (StoryView s : stories.subList(Math.min(offset, to), to)) {
            sb.append("<li><a href=\"/stories/").append(Html.seg(s.id())).append("\">").append(Html.esc(s.headline() == null ? "Untitled story" : s.headline()))
                    .append("</a> <span class=\"count\">").append(s.events().size()).append(" event").append(s.events().size() == 1 ? "" : "s").append("</span></li>");
        }
        sb.append("</ol>");
        return sb.append(Fragments.pager("/stories", "", offset, limit, stories.size())).toString();
    }

    static String story(Catalog c, StoryView s) {
        StringBuilder sb = new StringBuilder("<p class=\"crumbs\"><a href=\"/stories\">Stories</a></p><h1>")
                .append(Html.esc(s.headline() == null ? "Untitled story" : s.headline())).append("</h1>");
        List<Event> events = s.events().stream().map(c::event).flatMap(Optional::stream).toList();
        sb.append("<p class=\"lead\">").append(events.size()).append(" event").append(events.size() == 1 ? "" : "s").append(", in date order (undated last).</p>");
        return sb.append(EntityPage.timeline(c, events)).toString();
    }
}
