package org.newsgraph.eval.gold;

import java.util.List;

public record GoldStory(String id, List<String> events) {
}
