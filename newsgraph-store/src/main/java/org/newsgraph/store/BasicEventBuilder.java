package org.newsgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.cluster.Clustering;

/** Events with the fields every clustering supports: members, headline, outlets, independent sources. */
public final class BasicEventBuilder implements EventBuilder {
    @Override
    public List<Event> build(Clustering clustering, List<Processed> articles) {
        Map<String, List<Processed>> members = new LinkedHashMap<>();
        for (Processed p : articles) {
            String event = clustering.eventOfArticle().get(p.article().id());
            if (event != null) {
                members.computeIfAbsent(event, k -> new ArrayList<>()).add(p);
            }
        }
        List<Event> out = new ArrayList<>();
        members.forEach((id, list) -> {
            Set<String> outlets = new LinkedHashSet<>();
            Set<String> independent = new LinkedHashSet<>();
            String headline = null;
            for (Processed p : list) {
                String outlet = p.article().metadata().outletName().orElse(null);
                if (outlet != null) {
                    outlets.add(outlet);
                    if (!p.duplicate().isCopy()) {
                        independent.add(outlet);
                    }
                }
                if (headline == null) {
                    headline = p.article().metadata().titleText().orElse(null);
                }
            }
            long originals = list.stream().filter(p -> !p.duplicate().isCopy()).count();
            int independentSources = Math.max(independent.size(), originals > 0 && independent.isEmpty() ? 1 : 0);
            out.add(new Event(id, list.stream().map(p -> p.article().id()).toList(), null, null, null, List.of(), headline,
                    List.copyOf(outlets), independentSources, clustering.storyOfEvent().getOrDefault(id, id)));
        });
        return out;
    }
}
