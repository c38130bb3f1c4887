package org.newsgraph.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The numeric GLOBALEVENTID GDELT tables need, from an event's (stable) id: the 12 hex digits of an id of the form
 * {@code ev-<12 hex digits>} read as a number; any other id is first digested (SHA-256, first 12 hex digits). So the
 * number is as stable as the id, positive, and below 2<sup>48</sup>. Stateless and thread-safe.
 */
final class GdeltIds {
    private GdeltIds() {
    }

    static long globalEventId(String eventId) {
        String hex = eventId.matches("ev-[0-9a-f]{12}") ? eventId.substring(3) : digest(eventId);
        return Long.parseLong(hex, 16);
    }

    private static String digest(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
