package org.newsgraph.eval.external;

import java.util.Locale;
import org.newsgraph.model.Entity;

/**
 * Whether an entity the system chose as an actor is a gold actor: its country code or id code is the gold code
 * ({@code gpe:IRN} or an Iranian official for {@code IRN}), or one of its names ends in the same word as the gold
 * actor text ("Prime Minister Netanyahu" for "Netanyahu"). Stateless.
 */
final class ActorMatch {
    private ActorMatch() {
    }

    static boolean matches(Entity entity, String goldText, String goldCode) {
        if (entity == null) {
            return false;
        }
        String code = goldCode == null ? "" : goldCode.toUpperCase(Locale.ROOT);
        if (code.length() >= 3) {
            String country = code.substring(0, 3);
            if (country.equalsIgnoreCase(entity.country() == null ? "" : entity.country())
                    || entity.id().toUpperCase(Locale.ROOT).endsWith(":" + country)) {
                return true;
            }
        }
        String last = lastWord(goldText);
        if (last.isEmpty()) {
            return false;
        }
        if (lastWord(entity.canonical()).equals(last)) {
            return true;
        }
        return entity.aliases().stream().anyMatch(a -> lastWord(a).equals(last));
    }

    /** The last word of {@code s}, lower-cased, without a possessive ending; empty when there is none. */
    static String lastWord(String s) {
        if (s == null) {
            return "";
        }
        String[] words = s.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+");
        for (int i = words.length - 1; i >= 0; i--) {
            if (!words[i].isEmpty()) {
                return words[i];
            }
        }
        return "";
    }
}
