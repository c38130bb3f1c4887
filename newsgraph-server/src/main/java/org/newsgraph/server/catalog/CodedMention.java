package org.newsgraph.server.catalog;

import org.newsgraph.model.Span;

/**
 * One coded event in one source article, with names resolved and the evidence text cut out.
 *
 * @param articleId   the article
 * @param outlet      its outlet, or {@code null}
 * @param type        PLOVER type
 * @param cameo       CAMEO code, or {@code null}
 * @param source      the actor's name, or {@code null}
 * @param sourceId    the actor's entity id, or {@code null}
 * @param target      the target's name, or {@code null}
 * @param targetId    the target's entity id, or {@code null}
 * @param date        rendered date ({@code 2020-07-21}, {@code Saturday} ...), or {@code null}
 * @param place       place name, or {@code null}
 * @param sentence    the evidence sentence
 * @param sentenceSpan where it is in the article text
 * @param trigger     the words naming the event
 * @param triggerSpan where they are
 * @param confidence  0..1
 * @param main        whether it is the article's main event
 */
public record CodedMention(String articleId, String outlet, String type, String cameo, String source, String sourceId,
                           String target, String targetId, String date, String place, String sentence, Span sentenceSpan,
                           String trigger, Span triggerSpan, double confidence, boolean main) {
}
