package org.newsgraph.pipeline.annotate.entities;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The spellings under which news writes the same lower-case institutional phrase: British and American spelling
 * ("defence", "defense"), a hyphen or none ("stand-by", "standby"), the head noun singular or plural ("chiefs of
 * naval staff", "chief of naval staff"), and a committee named before or after its members ("committee of
 * (the) chiefs of naval staff", "chiefs of naval staff committee", "chiefs of naval staff").
 *
 * <p>Stateless and thread-safe. Blank input gives an empty set; any other phrase gives at least itself, lower-cased.
 */
final class PhraseVariants {

    private static final Map<String, String> SPELLINGS = Map.of("defence", "defense", "organisation", "organization",
            "programme", "program", "centre", "center");
    private static final List<String> PARTICLES = List.of("by", "up", "off", "out", "over");
    private static final List<String> COLLECTIVES = List.of("committee", "council", "board", "panel");

    private PhraseVariants() {
    }

    static Set<String> of(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        if (phrase == null || phrase.isBlank()) {
            return out;
        }
        Set<String> forms = new LinkedHashSet<>();
        String p = Knowledge.normalise(phrase).toLowerCase(Locale.ROOT);
        forms.add(p);
        for (String collective : COLLECTIVES) {
            for (String prefix : List.of(collective + " of the ", collective + " of ")) {
                if (p.startsWith(prefix)) {
                    String members = p.substring(prefix.length());
                    forms.add(members);
                    forms.add(collective + " of " + members);
                    forms.add(collective + " of the " + members);
                    forms.add(members + " " + collective);
                    forms.add(number(members) + " " + collective);
                    forms.add(collective + " of the " + number(members));
                }
            }
        }
        for (String f : List.copyOf(forms)) {
            forms.add(number(f));
        }
        for (String f : forms) {
            for (String spelled : spellings(f)) {
                out.add(spelled);
                out.add(spelled.replace("-", ""));
                out.add(hyphenated(spelled));
            }
        }
        return out;
    }

    /** The first word made plural when singular and singular when plural ("chiefs of ..." and "chief of ..."). */
    private static String number(String phrase) {
        int space = phrase.indexOf(' ');
        String first = space < 0 ? phrase : phrase.substring(0, space);
        String rest = space < 0 ? "" : phrase.substring(space);
        if (first.endsWith("s") && !first.endsWith("ss") && first.length() > 3) {
            return first.substring(0, first.length() - 1) + rest;
        }
        return first + "s" + rest;
    }

    private static Set<String> spellings(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(phrase);
        for (Map.Entry<String, String> e : SPELLINGS.entrySet()) {
            for (String s : List.copyOf(out)) {
                out.add(s.replace(e.getKey(), e.getValue()));
                out.add(s.replace(e.getValue(), e.getKey()));
            }
        }
        return out;
    }

    /** "standby" as "stand-by", "takeover" as "take-over": a word ending in a particle, with a hyphen before it. */
    private static String hyphenated(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            String word = w;
            for (String particle : PARTICLES) {
                if (w.length() > particle.length() + 3 && w.endsWith(particle) && !w.contains("-")) {
                    word = w.substring(0, w.length() - particle.length()) + "-" + particle;
                    break;
                }
            }
            b.append(word);
        }
        return b.toString();
    }
}
