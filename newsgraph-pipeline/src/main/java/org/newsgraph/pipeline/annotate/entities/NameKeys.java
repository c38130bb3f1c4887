package org.newsgraph.pipeline.annotate.entities;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keys that make differently written names comparable: ASCII folding of any script (ICU {@code Any-Latin;
 * Latin-ASCII}), and a consonant skeleton that survives the usual transliteration variants of Arabic, Persian,
 * Russian and other names (Qassem / Qasem / Qasim, Tarek / Tariq, Nadhiri / Naziri, Sergei / Sergey).
 *
 * <p>Thread-safe (the ICU transliterator is used under a lock). Every method accepts any string and returns a
 * possibly empty key; none throws.
 */
public final class NameKeys {

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "ad", "as", "ash", "an", "ar", "at", "az");

    private NameKeys() {
    }

    /** Any script to lower-case ASCII letters, digits and single spaces. */
    public static String fold(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String latin;
        synchronized (TO_ASCII) {
            latin = TO_ASCII.transliterate(name);
        }
        StringBuilder b = new StringBuilder(latin.length());
        boolean space = false;
        for (char c : latin.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else if (c != '\'') {
                space = true;
            }
        }
        return b.toString();
    }

    /** A readable id part: folded words joined by hyphens ("Tell ez-Zahra" gives {@code tell-ez-zahra}). */
    public static String slug(String name) {
        return fold(name).replace(' ', '-');
    }

    /**
     * The consonant skeleton of one name word: folded, Arabic article ("al-", "el-") removed, common
     * transliteration pairs merged (q/k, dh/z/s, w/v, ph/f, ou/u, y/i), vowels after the first letter dropped,
     * doubled letters collapsed.
     */
    public static String skeleton(String word) {
        String w = fold(word).replace(" ", "");
        for (String p : PARTICLES) {
            if (w.startsWith(p) && w.length() > p.length() + 2 && word.length() > p.length()
                    && (word.charAt(p.length()) == '-' || word.charAt(p.length()) == ' ')) {
                w = w.substring(p.length());
                break;
            }
        }
        if (w.isEmpty()) {
            return "";
        }
        w = w.replace("ph", "f").replace("dh", "z").replace("kh", "k").replace("gh", "g").replace("th", "t")
                .replace("sh", "s").replace("ch", "c").replace("ck", "k").replace("ou", "u")
                .replace('q', 'k').replace('z', 's').replace('w', 'v').replace('y', 'i').replace('j', 'j')
                .replace('x', 'k');
        StringBuilder b = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = "aeiou".indexOf(c) >= 0;
            if (i > 0 && vowel) {
                continue;
            }
            if (c == 'h' && i > 0) {
                continue;
            }
            if (c != previous) {
                b.append(c);
            }
            previous = c;
        }
        return b.toString();
    }

    /** Skeletons of the name words of {@code name}, in order, empty words dropped. */
    public static List<String> skeletons(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String s = skeleton(w);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether a word is an Arabic/Romance name particle kept as its own word ("da", "de", "bin", "al"). */
    public static boolean isParticle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PARTICLES.contains(w) || Set.of("da", "de", "do", "dos", "das", "di", "du", "van", "von", "der",
                "bin", "ibn", "bint", "la", "le").contains(w);
    }
}
