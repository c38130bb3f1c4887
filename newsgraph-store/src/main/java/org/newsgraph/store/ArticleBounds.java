package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Problem;

/**
 * Fits an article's identity to what a store keeps, so that one odd record never stops a run: an id longer than
 * {@link #MAX_ID} characters is shortened to a prefix plus a hash of the whole id (still unique and stable); a URL
 * longer than {@link #MAX_URL} characters is dropped (the article is then known by its text). Each change is a
 * {@link Problem} the caller reports. Titles, outlets and locations are kept whole in the stored article; stores
 * clip only their listing columns. Stateless and thread-safe.
 */
public final class ArticleBounds {
    /** Longest id kept as given (renamed copies add nine characters; the store's columns take 300). */
    public static final int MAX_ID = 200;
    /** Longest URL kept. */
    public static final int MAX_URL = 4000;

    /** The article as it will be stored, and what had to change. */
    public record Fitted(Article article, List<Problem> problems) {
        public Fitted {
            problems = List.copyOf(problems);
        }
    }

    private ArticleBounds() {
    }

    public static Fitted fit(Article a) {
        List<Problem> problems = new ArrayList<>();
        String id = a.id();
        String url = a.url();
        String where = clip(a.location(), 300);
        if (id.length() > MAX_ID) {
            id = id.substring(0, MAX_ID - 17) + "-" + sha256(a.id()).substring(0, 16);
            problems.add(new Problem("id-shortened", "the id has " + a.id().length() + " characters, more than " + MAX_ID
                    + "; stored as " + id, where));
        }
        if (url != null && url.length() > MAX_URL) {
            problems.add(new Problem("url-dropped", "the URL has " + url.length() + " characters, more than " + MAX_URL
                    + "; the article is stored without it", where));
            url = null;
        }
        if (problems.isEmpty()) {
            return new Fitted(a, List.of());
        }
        return new Fitted(new Article(id, a.location(), url, a.original(), a.text(), a.metadata(), a.removed(), a.fingerprint()), problems);
    }

    /** At most {@code max} characters of {@code s}, with an ellipsis when cut; {@code null} stays {@code null}. */
    public static String clip(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 1) + "…";
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
