package org.newsgraph.eval.gold;

import java.time.LocalDate;
import java.util.List;

/** A gold event. {@code dateResolvable} is false when the articles of the set cannot determine its day. */
public record GoldEvent(String id, LocalDate date, boolean dateResolvable, String location, String type, String cameo,
                        List<String> actors, String story) {
}
