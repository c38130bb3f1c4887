package org.newsgraph.pipeline.events;

import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Names in an article that are never the actors of its events, whatever the entity layer typed them: the people
 * credited in bylines and captions ("By Ana Lind", "Reporting by …", "Photo: Jaan Kask/Agency"), stock tickers
 * ("(NYSE: ABC)", "shares of ABC.N"), and the outlet that published the article. Places are left alone: a
 * dateline's or caption's place is still a place. Stateless.
 */
final class NonActors {
    /** A credit just before the name: a byline, a reporting or photo credit. */
    private static final Pattern CREDIT = Pattern.compile("(?:\\n\\s*(?i:by)|(?i:reporting by|writing by|editing by|reported by"
            + "|written by|photos? by|photographs? by|photo(?:graph)?:|picture:|image:|credit:|pictured:))\\s*"
            + "(?:\\p{Lu}[\\p{L}.'’-]*,?\\s+){0,3}(?:and\\s+)?$");
    /** An exchange prefix of a ticker: "(NYSE: ", "Nasdaq:". */
    private static final Pattern EXCHANGE = Pattern.compile("(?i)\\b(?:nyse|nasdaq|lse|tsx|asx|hkex|amex|otc|euronext|xetra|tse|nse|bse)"
            + "\\s*:\\s*$");
    /** A ticker's surface: up to five capitals, optionally with an exchange suffix ("ABC.N"). */
    private static final Pattern TICKER = Pattern.compile("\\p{Lu}{1,5}(?:\\.\\p{Lu}{1,2})?");

    private NonActors() {
    }

    /** Whether the mention names someone or something that cannot act in the article's events. */
    static boolean excluded(String text, Mention m, Entity entity, String outlet) {
        if (m.type() == EntityType.GPE || m.type() == EntityType.LOC) {
            return false;
        }
        String surface = m.span().of(text).strip();
        if (outlet != null && !outlet.isBlank()) {
            String o = outlet.strip().toLowerCase(Locale.ROOT);
            if (surface.toLowerCase(Locale.ROOT).equals(o) || entity != null && entity.canonical().toLowerCase(Locale.ROOT).equals(o)) {
                return true;
            }
        }
        int from = Math.max(0, m.span().start() - 60);
        String before = (from == 0 ? "\n" : "") + text.substring(from, m.span().start());
        if (m.type() == EntityType.PERSON && CREDIT.matcher(before).find()) {
            return true;
        }
        return TICKER.matcher(surface).matches() && EXCHANGE.matcher(before).find();
    }
}
