package org.newsgraph.pipeline.events;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;

/**
 * Reads the dateline that opens a news story ("ASTANA (Steppe Wire) –", "TEHRAN -"): where it is, so that its
 * place name is not taken for an actor, and which place it names. Extraction's dateline, when it found one, wins.
 * Stateless and thread-safe; text without a dateline gives null.
 */
final class Datelines {
    private static final Pattern DATELINE = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?)(?:,\\s*[\\p{L} .]{2,30})?\\s*(?:\\([^)]{1,60}\\))?\\s*[–—-]{1,2}\\s");

    private Datelines() {
    }

    /**
     * The place the dateline names: extraction's dateline when there is one, else the one read from the first
     * sentences; spelled as the matching place entity's canonical name, else title-cased ("ULAANBAATAR" ->
     * "Ulaanbaatar"). Null when there is no dateline.
     */
    static String place(AnnotatedArticle article, List<Span> sentences, Map<String, Entity> entities) {
        String text = article.article().text();
        String raw = article.article().metadata().dateline().map(f -> f.value()).orElse(null);
        Span span = raw == null ? span(text, sentences) : null;
        if (span != null) {
            Matcher m = DATELINE.matcher(span.of(text));
            raw = m.find() ? m.group(1) : null;
        }
        if (raw == null) {
            return null;
        }
        String wanted = raw.replaceAll("\\s*\\(.*", "").strip();
        for (Entity e : entities.values()) {
            if ((e.type() == EntityType.GPE || e.type() == EntityType.LOC) && e.canonical().equalsIgnoreCase(wanted)) {
                return e.canonical();
            }
        }
        return titleCase(wanted);
    }

    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : upper.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /**
     * The index of the first of the first {@code reach} sentences that opens with a dateline ("DETROIT –"), or -1:
     * where the story's body starts after a title, a standfirst and photo captions.
     */
    static int index(String text, List<Span> sentences, int reach) {
        for (int i = 0; i < Math.min(reach, sentences.size()); i++) {
            Span s = sentences.get(i);
            if (s.end() > text.length()) {
                continue;
            }
            Matcher m = DATELINE.matcher(s.of(text));
            if (m.find() && m.group(1).strip().length() >= 3) {
                return i;
            }
        }
        return -1;
    }

    /** The dateline at the start of one of the first sentences ("ASTANA (Steppe Wire) –"), or null. */
    static Span span(String text, List<Span> sentences) {
        for (Span s : sentences.subList(0, Math.min(3, sentences.size()))) {
            Matcher m = DATELINE.matcher(s.of(text));
            if (m.find() && m.group(1).strip().length() >= 3) {
                return new Span(s.start() + m.start(), s.start() + m.end());
            }
        }
        return null;
    }
}
