package org.newsgraph.eval.gold;

public record GoldQuote(String article, String text, String speaker) {
}
