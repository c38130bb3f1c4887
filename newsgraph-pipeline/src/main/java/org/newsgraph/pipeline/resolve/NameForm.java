package org.newsgraph.pipeline.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.annotate.entities.NameKeys;

/**
 * The comparable forms of an entity's name: folded words, consonant skeletons of person names, and the exact
 * keys under which non-person names and acronyms are compared across articles.
 *
 * <p>Stateless and thread-safe; every method accepts any entity and returns possibly empty results.
 */
final class NameForm {
    private NameForm() {
    }

    /** Folded name words of a person's name, "'s" and particles ("da", "al", "bin") dropped. */
    static List<String> personWords(String canonical) {
        List<String> out = new ArrayList<>();
        for (String w : canonical.split("\\s+")) {
            String word = w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
            String folded = NameKeys.fold(word);
            if (!folded.isEmpty() && !folded.contains(" ") && !NameKeys.isParticle(folded)) {
                out.add(folded);
            }
        }
        return out;
    }

    /** Transliteration-tolerant skeletons of {@link #personWords}, in order. */
    static List<String> personKeys(List<String> words) {
        return NameKeys.skeletons(words);
    }

    /**
     * The keys under which the entity is compared by name: its folded canonical name without a leading "the",
     * plus each alias written as an acronym ("CLS", "U.K."). Titles and descriptions are not keys.
     */
    static Set<String> keys(Entity entity) {
        Set<String> out = new LinkedHashSet<>();
        add(out, entity.canonical());
        if (entity.type() != EntityType.PERSON) {
            for (String alias : entity.aliases()) {
                if (isAcronym(alias)) {
                    add(out, alias);
                }
            }
        }
        return out;
    }

    /** Two to eight capital letters, dots allowed between them ("NCRR", "U.S."). */
    static boolean isAcronym(String s) {
        String letters = s.replace(".", "");
        if (letters.length() < 2 || letters.length() > 8) {
            return false;
        }
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (!(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static void add(Set<String> out, String name) {
        String n = name.strip();
        if (n.startsWith("the ") || n.startsWith("The ")) {
            n = n.substring(4);
        }
        String folded = NameKeys.fold(n);
        if (folded.length() >= 2) {
            out.add(folded);
        }
    }
}
