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
    /** "son of" / "daughter of" in Arabic names, written bin, ibn, ben, bint: a link between two names, not a name. */
    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "ben", "bint", "binti", "binte");
    /** "servant of" before a name of God: one name with what follows (Abdul Rahman, Abd al-Rahman, Abdelrahman). */
    private static final Set<String> ABD = Set.of("abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdil");

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
     * transliteration pairs merged (q/k, dh/z/s, w/v, ph/f, dj/j, ou/u, y/i), an opening o read as u and e as i
     * (Usama / Osama, Ibrahim / Ebrahim, Esmail / Ismail; Omar and Amir stay apart), vowels after the first letter dropped,
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
        w = w.replace("dj", "j").replace("ph", "f").replace("dh", "z").replace("kh", "k").replace("gh", "g").replace("th", "t")
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
            if (i == 0 && (c == 'o' || c == 'e')) {
                c = c == 'o' ? 'u' : 'i'; // an opening o is written u, e is written i (Osama, Ebrahim)
            }
            if (c != previous) {
                b.append(c);
            }
            previous = c;
        }
        return b.toString();
    }

    /**
     * Skeletons of the name words of {@code name}, in order, so that the spellings of one name give one list:
     * hyphens and spaces inside a name count alike ("Abdul-Rahman", "Abdul Rahman", "Abdulrahman"), the
     * Arabic article and the patronymic link are left out wherever they stand ("Hamad bin Khalifa Al Nuri",
     * "Hamad ibn Khalifa al-Nuri" and "Hamad Khalifa Nuri" alike; a patronymic opening the name, as the first
     * name "Ben", is kept), and empty words are dropped.
     */
    public static List<String> skeletons(List<String> words) {
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            for (String p : fold(w).split(" ")) {
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            boolean last = i == parts.size() - 1;
            if (!last && PARTICLES.contains(p)) {
                continue; // "al Nuri", "el-Sayed", "Al Nuri"
            }
            if (i > 0 && !last && PATRONYMIC.contains(p)) {
                continue; // "bin", "ibn" between two names
            }
            if (ABD.contains(p) && !last) {
                int next = i + 1;
                if (PARTICLES.contains(parts.get(next)) && next + 1 < parts.size()) {
                    next++;
                }
                p = "abdal" + parts.get(next);
                i = next;
            }
            String s = skeleton(p);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Whether the name words {@code part} are the words of {@code whole} in order, or, for two words or more, in
     * any order ("Nuri Hamad" for "Hamad Nuri": name order differs between writers and languages).
     */
    public static boolean sameNameWords(List<String> part, List<String> whole) {
        int j = 0;
        for (String w : whole) {
            if (j < part.size() && part.get(j).equals(w)) {
                j++;
            }
        }
        if (j == part.size()) {
            return true;
        }
        if (part.size() < 2) {
            return false;
        }
        List<String> left = new ArrayList<>(whole);
        for (String p : part) {
            if (!left.remove(p)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word is an Arabic/Romance name particle kept as its own word ("da", "de", "bin", "al"). */
    public static boolean isParticle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PARTICLES.contains(w) || Set.of("da", "de", "do", "dos", "das", "di", "du", "van", "von", "der",
                "bin", "ibn", "bint", "la", "le").contains(w);
    }
}
