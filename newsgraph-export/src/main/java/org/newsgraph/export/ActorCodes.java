package org.newsgraph.export;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * CAMEO actor codes for exported actors, from {@code actor-roles.tsv} (its header names the codebook). A country
 * (a GPE whose own code is known) is its ISO 3166-1 alpha-3 code alone ({@code RUS}); a person or organisation is
 * its country's code followed by the type code of its first matching role ({@code RUSGOV}); without a known
 * country only the type code is given ({@code GOV}), as GDELT does; with neither, the code is empty. Loaded once;
 * thread-safe.
 */
final class ActorCodes {
    /** A role phrase and its CAMEO type code. */
    private record Role(Pattern phrase, String code) {
    }

    /** The parts of one actor's code. */
    record Code(String code, String country, String type) {
    }

    private static final List<Role> ROLES = TsvTable.rows("actor-roles.tsv", 2).stream()
            .map(r -> new Role(Pattern.compile("\\b" + Pattern.quote(r[0]) + "\\b"), r[1])).toList();

    private ActorCodes() {
    }

    static Code of(ExportedEvent.Actor actor) {
        if (actor == null) {
            return new Code("", "", "");
        }
        String country = actor.country() == null ? "" : actor.country().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{3}")) {
            country = "";
        }
        if ("GPE".equals(actor.type())) {
            return new Code(country, country, "");
        }
        String type = typeOf(actor.roles());
        return new Code(country + type, country, type);
    }

    /** The type code of the first role row that one of {@code roles} contains, or empty. */
    static String typeOf(List<String> roles) {
        for (Role row : ROLES) {
            for (String role : roles) {
                if (row.phrase().matcher(role.toLowerCase(Locale.ROOT)).find()) {
                    return row.code();
                }
            }
        }
        return "";
    }
}
