package org.newsgraph.eval.score;

import java.util.Locale;
import java.util.Map;

/**
 * Whether a system event type agrees with a gold label. Gold sets use short verb labels (MEET, VISIT,
 * STATEMENT, ELECTION ...) and, where confident, a CAMEO code. A system type agrees when it equals the gold
 * label (case-insensitive), or when it is the PLOVER category of the gold CAMEO code's two-digit root.
 */
public final class TypeMatch {
    /** CAMEO root → PLOVER category (PLOVER 2021 conversion table, top level). */
    private static final Map<String, String> PLOVER_OF_CAMEO_ROOT = Map.ofEntries(
            Map.entry("01", "STATEMENT"), Map.entry("02", "REQUEST"), Map.entry("03", "AGREE"), Map.entry("04", "CONSULT"),
            Map.entry("05", "COOPERATE"), Map.entry("06", "COOPERATE"), Map.entry("07", "AID"), Map.entry("08", "YIELD"),
            Map.entry("09", "INVESTIGATE"), Map.entry("10", "DEMAND"), Map.entry("11", "DISAPPROVE"), Map.entry("12", "REJECT"),
            Map.entry("13", "THREATEN"), Map.entry("14", "PROTEST"), Map.entry("15", "MOBILIZE"), Map.entry("16", "SANCTION"),
            Map.entry("17", "COERCE"), Map.entry("18", "ASSAULT"), Map.entry("19", "ASSAULT"), Map.entry("20", "ASSAULT"));

    private TypeMatch() {
    }

    public static boolean matches(String systemType, String goldType, String goldCameo) {
        if (systemType == null) {
            return false;
        }
        String sys = systemType.strip().toUpperCase(Locale.ROOT);
        if (goldType != null && sys.equals(goldType.strip().toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (goldCameo != null && goldCameo.length() >= 2) {
            String plover = PLOVER_OF_CAMEO_ROOT.get(goldCameo.substring(0, 2));
            if (plover != null && plover.equals(sys)) {
                return true;
            }
        }
        return false;
    }
}
