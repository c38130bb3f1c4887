package org.newsgraph.eval.gold;

import java.util.List;

public record GoldEntity(String canonical, String type, List<String> aliases, List<String> articles) {
}
