package org.newsgraph.eval.ecbplus;

/** One ECB+ document: id {@code topic/subtopic/n}, its first sentence as title, and the rebuilt text. */
public record EcbDocument(String id, String topic, String subtopic, String title, String text) {
}
