package org.newsgraph.pipeline.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * A meeting that a report implies without naming it: officials of two countries are each quoted or paraphrased, and
 * the article speaks of the relation between the two ("the two countries", "between Iran and Iraq", "Riga-Tallinn
 * cooperation"). Wire reports of bilateral talks often give only what each side said; the exchange is the event, a
 * consultation between the first official quoted and the first one of the other country. The trigger is the
 * reporting verb of the second official's first statement (or the name, where no verb is found), so that the coded
 * type keeps its evidence. Stateless and thread-safe; articles without such a pair give an empty result.
 */
final class ImpliedConsultation {
    private static final Pattern BILATERAL = Pattern.compile("\\b(two|both) (countries|nations|states|sides|governments)\\b|\\bbilateral\\b");

    /**
     * The implied exchange.
     *
     * @param source   a mention of the first official quoted
     * @param target   a mention of the first official of the other country quoted
     * @param trigger  the reporting verb of the target's first statement, or the target's name
     * @param sentence the sentence holding the trigger
     */
    record Exchange(Mention source, Mention target, Span trigger, Span sentence) {
    }

    private ImpliedConsultation() {
    }

    static Optional<Exchange> find(String text, List<Span> sentences, List<Mention> mentions, List<Quote> quotes,
                                   Map<String, Entity> entities) {
        List<Quote> byPerson = new ArrayList<>();
        for (Quote q : quotes.stream().sorted(Comparator.comparing(Quote::span)).toList()) {
            Entity e = q.speakerId() == null ? null : entities.get(q.speakerId());
            if (e != null && e.type() == EntityType.PERSON && e.country() != null) {
                byPerson.add(q);
            }
        }
        if (byPerson.isEmpty()) {
            return Optional.empty();
        }
        Entity first = entities.get(byPerson.getFirst().speakerId());
        Quote other = byPerson.stream().filter(q -> !first.country().equals(entities.get(q.speakerId()).country()))
                .findFirst().orElse(null);
        if (other == null) {
            return Optional.empty();
        }
        Entity second = entities.get(other.speakerId());
        if (!bilateral(text, mentions, entities, first.country(), second.country())) {
            return Optional.empty();
        }
        Mention source = firstMention(mentions, first.id());
        Mention target = nearestMention(mentions, second.id(), other.speakerSpan() != null ? other.speakerSpan() : other.span());
        if (source == null || target == null) {
            return Optional.empty();
        }
        Span sentence = sentences.stream().filter(s -> s.contains(target.span())).findFirst().orElse(null);
        if (sentence == null) {
            return Optional.empty();
        }
        Span trigger = cueSpan(text, sentence, other.cue(), target.span()).orElse(target.span());
        return Optional.of(new Exchange(source, target, trigger, sentence));
    }

    /** Whether the text speaks of the two countries together: "the two countries", "between A and B", "A-B". */
    private static boolean bilateral(String text, List<Mention> mentions, Map<String, Entity> entities, String a, String b) {
        if (BILATERAL.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        List<Mention> places = mentions.stream().filter(m -> m.type() == EntityType.GPE && entities.containsKey(m.entityId())
                && entities.get(m.entityId()).country() != null).sorted(Comparator.comparing(Mention::span)).toList();
        for (int i = 0; i + 1 < places.size(); i++) {
            Mention x = places.get(i);
            Mention y = places.get(i + 1);
            String cx = entities.get(x.entityId()).country();
            String cy = entities.get(y.entityId()).country();
            if (x.span().end() > y.span().start() || !(cx.equals(a) && cy.equals(b) || cx.equals(b) && cy.equals(a))) {
                continue;
            }
            String between = text.substring(x.span().end(), y.span().start()).strip();
            String before = text.substring(Math.max(0, x.span().start() - 8), x.span().start()).toLowerCase(Locale.ROOT);
            if (between.equals("-") || between.equals("–") || between.equals("and") && before.contains("between")) {
                return true;
            }
        }
        return false;
    }

    private static Mention firstMention(List<Mention> mentions, String entityId) {
        return mentions.stream().filter(m -> entityId.equals(m.entityId())).min(Comparator.comparing(Mention::span)).orElse(null);
    }

    private static Mention nearestMention(List<Mention> mentions, String entityId, Span near) {
        return mentions.stream().filter(m -> entityId.equals(m.entityId()))
                .min(Comparator.comparingInt(m -> ActorRoles.distance(m.span(), near))).orElse(null);
    }

    /** The reporting verb's span in the sentence nearest to the speaker, or empty. */
    private static Optional<Span> cueSpan(String text, Span sentence, String cue, Span speaker) {
        if (cue == null || cue.isBlank()) {
            return Optional.empty();
        }
        Pattern word = Pattern.compile("\\b" + Pattern.quote(cue.strip()) + "\\b", Pattern.CASE_INSENSITIVE);
        var m = word.matcher(text).region(sentence.start(), sentence.end());
        Span best = null;
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (best == null || ActorRoles.distance(s, speaker) < ActorRoles.distance(best, speaker)) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
