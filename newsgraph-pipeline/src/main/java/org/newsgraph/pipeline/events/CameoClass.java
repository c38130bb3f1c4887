package org.newsgraph.pipeline.events;

import java.util.Optional;

/**
 * The five coarse classes of CAMEO ("PentaClass"), by root code: what the sentence-level type model predicts and
 * what a trigger's CAMEO code falls into. The order is the class index used in {@link EventTypeModel}.
 */
public enum CameoClass {
    /** Roots 01–02: public statements and appeals. */
    STATEMENT,
    /** Roots 03–05: verbal cooperation (intent, consultation, diplomatic cooperation). */
    VERBAL_COOPERATION,
    /** Roots 06–08: material cooperation (cooperation, aid, yielding). */
    MATERIAL_COOPERATION,
    /** Roots 09–13: verbal conflict (investigate, demand, disapprove, reject, threaten). */
    VERBAL_CONFLICT,
    /** Roots 14–20: material conflict (protest, force posture, coercion, assault, fighting, mass violence). */
    MATERIAL_CONFLICT;

    /** The class of a CAMEO event code ("042", "1383"), or empty for null, malformed codes and roots outside 01–20. */
    public static Optional<CameoClass> of(String cameo) {
        if (cameo == null || cameo.length() < 2 || !Character.isDigit(cameo.charAt(0)) || !Character.isDigit(cameo.charAt(1))) {
            return Optional.empty();
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (root < 1 || root > 20) {
            return Optional.empty();
        }
        return Optional.of(root <= 2 ? STATEMENT : root <= 5 ? VERBAL_COOPERATION : root <= 8 ? MATERIAL_COOPERATION
                : root <= 13 ? VERBAL_CONFLICT : MATERIAL_CONFLICT);
    }
}
