package org.newsgraph.pipeline.events;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

/**
 * Finds the {@link EventEvidence} of a coded event mention in its annotated article: for each field the supporting
 * span nearest to the trigger, preferring the trigger's sentence.
 * <ul>
 *   <li>source, target: a mention of that entity;</li>
 *   <li>date: a time expression with that value, or a bare weekday the coder read back a week, or an evening a
 *       midnight event rolled over from (see {@link MidnightRollover}); for a main event dated by its announcement
 *       (see {@link ReportingDay}), the statement's time expression or the present-perfect verb group;</li>
 *   <li>place: a mention named as the place (its surface or its entity's canonical name), else the place name's
 *       first occurrence in the text, ignoring case (a dateline: "RIGA -").</li>
 * </ul>
 * Stateless and thread-safe. Spans outside the text and unknown ids find nothing (a null span), never an exception.
 */
public final class EvidenceLocator {
    private final EnglishStemmer stemmer = EnglishStemmer.standard();

    public EventEvidence locate(AnnotatedArticle article, EventMention mention) {
        String text = article.article().text();
        Map<String, Entity> entities = new HashMap<>();
        article.entities().forEach(e -> entities.put(e.id(), e));
        Span trigger = mention.trigger();
        Span type = trigger.end() <= text.length() ? trigger : null;
        Span source = mentionOf(article, mention.sourceId(), mention);
        Span target = mentionOf(article, mention.targetId(), mention);
        Span date = mention.date() == null ? null : nearest(article.timexes().stream()
                .filter(t -> t.span().end() <= text.length() && (sameDate(t.value(), mention.date())
                        || MidnightRollover.apply(text, mention.sentence(), t.span(), t.value()).equals(mention.date())))
                .map(Timex::span), mention);
        if (date == null && mention.date() != null && mention.main() && mention.sentence().end() <= text.length()) {
            date = ReportingDay.read(text, Token.of(text, mention.sentence(), stemmer), mention.trigger(), article.timexes(),
                            article.quotes(), article.article().metadata().publishedDate().orElse(null))
                    .filter(r -> r.day().equals(mention.date())).map(ReportingDay.Reading::evidence).orElse(null);
        }
        Span place = mention.place() == null ? null : placeOf(article, text, entities, mention);
        return new EventEvidence(type, source, target, date, place);
    }

    private static Span mentionOf(AnnotatedArticle article, String entityId, EventMention mention) {
        if (entityId == null) {
            return null;
        }
        int length = article.article().text().length();
        return nearest(article.mentions().stream()
                .filter(m -> entityId.equals(m.entityId()) && m.span().end() <= length).map(Mention::span), mention);
    }

    private static Span placeOf(AnnotatedArticle article, String text, Map<String, Entity> entities, EventMention mention) {
        String place = mention.place();
        Span named = nearest(article.mentions().stream()
                .filter(m -> m.span().end() <= text.length())
                .filter(m -> place.equalsIgnoreCase(ActorRoles.placeName(text, m, entities))
                        || place.equalsIgnoreCase(m.span().of(text).strip())
                        || entities.containsKey(m.entityId()) && place.equalsIgnoreCase(entities.get(m.entityId()).canonical()))
                .map(Mention::span), mention);
        if (named != null) {
            return named;
        }
        int at = text.toLowerCase(Locale.ROOT).indexOf(place.toLowerCase(Locale.ROOT));
        return at < 0 || place.isEmpty() ? null : new Span(at, at + place.length());
    }

    /**
     * Equal values, a day and a part or clock time of that day ("Sunday evening"), or two days a week apart on the
     * same weekday (a bare weekday read back by the coder).
     */
    private static boolean sameDate(TimeValue found, TimeValue coded) {
        if (found.equals(coded) || coded instanceof TimeValue.Day && found.day().equals(coded.day())) {
            return true;
        }
        if (found instanceof TimeValue.Day f && coded instanceof TimeValue.Day c) {
            DayOfWeek day = f.date().getDayOfWeek();
            long weeks = ChronoUnit.DAYS.between(c.date(), f.date());
            return day == c.date().getDayOfWeek() && weeks > 0 && weeks % 7 == 0;
        }
        return false;
    }

    private static Span nearest(Stream<Span> candidates, EventMention mention) {
        Optional<Span> best = candidates.min(Comparator
                .comparing((Span s) -> !mention.sentence().contains(s))
                .thenComparingInt(s -> ActorRoles.distance(s, mention.trigger())));
        return best.orElse(null);
    }
}
