package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence about one block of an HTML page that {@link LinearModel#blocks()} weighs: named features (text density,
 * link density, position, the readability-style main-content descent, furniture tags and roles, class and id
 * cues for comments, consent dialogs, paywalls, teasers, related lists, share widgets, captions and meta lines)
 * and hashed ones (the block's first words and its ancestors' class and id words). Values are in [0, 1]. Immutable.
 *
 * @param dense  values in the order of {@link #NAMES}
 * @param hashed indexes into the hashed weights, each present feature once
 */
public record BlockFeatures(double[] dense, int[] hashed) {
    /** The named features, in order. */
    public static final List<String> NAMES = List.of("bias", "chars", "short", "tiny", "link-density", "all-link",
            "sentence-end", "ends-colon", "digits", "upper-start", "drop-nav", "drop-footer", "drop-aside", "drop-form",
            "drop-header", "drop-caption", "drop-widget", "outside-main", "position", "before-main", "after-main",
            "island", "heading", "list-item", "table-cell", "quote", "teaser", "cue-comment", "cue-consent",
            "cue-paywall", "cue-related", "cue-share", "cue-ad", "cue-caption", "cue-meta", "cue-tags", "cue-content",
            "cue-nav");
    /** Number of hashed buckets. */
    public static final int BUCKETS = 4096;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NAME_WORD = Pattern.compile("[a-zA-Z]+");

    static final Pattern CUE_COMMENT = cue("comments?|reply|respond|discussion|disqus|kommentar\\w*");
    static final Pattern CUE_CONSENT = cue("cookies?|consent|gdpr|cmp|privacy|datenschutz");
    static final Pattern CUE_PAYWALL = cue("paywall|subscribe|subscription|premium|abo|register|login|signup|newsletter|offer|price|plus");
    static final Pattern CUE_RELATED = cue("related|recommend\\w*|more|also|teasers?|trending|popular|latest|next|prev|outbrain|taboola|similar");
    static final Pattern CUE_SHARE = cue("share|sharing|social|follow|print|mail|facebook|twitter|whatsapp");
    static final Pattern CUE_AD = cue("ads?|advert\\w*|sponsor\\w*|promo\\w*|banner|anzeige|werbung");
    static final Pattern CUE_CAPTION = cue("caption|credit|copyright|figcaption|photo|image|img|bild");
    static final Pattern CUE_META = cue("meta|byline|author|date|time|info|dateline|published");
    static final Pattern CUE_TAGS = cue("tags?|keywords?|categor\\w*|topics?|schlagw\\w*");
    static final Pattern CUE_CONTENT = cue("article|content|entry|post|story|text|body|main|artikel|beitrag");
    static final Pattern CUE_NAV = cue("nav\\w*|menu|breadcrumbs?|header|footer|sidebar|widget|toolbar|skip");

    private static Pattern cue(String words) {
        return Pattern.compile("(?:" + words + ")", Pattern.CASE_INSENSITIVE);
    }

    /** The cues in the order the named features list them. */
    static final List<Pattern> CUES = List.of(CUE_COMMENT, CUE_CONSENT, CUE_PAYWALL, CUE_RELATED, CUE_SHARE, CUE_AD, CUE_CAPTION,
            CUE_META, CUE_TAGS, CUE_CONTENT, CUE_NAV);
    private static final Pattern NAME_SPLIT = Pattern.compile("[^a-z]+");
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> TOKEN_CUES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Which cues the class and id words name, bit {@code i} for {@code CUES.get(i)}: a word (lower-cased, split at
     * anything but letters) that is one of a cue's words.
     */
    static int cueMask(String names) {
        int mask = 0;
        for (String token : NAME_SPLIT.split(names.toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty() && token.length() <= 40) {
                mask |= TOKEN_CUES.computeIfAbsent(token, BlockFeatures::tokenMask);
            }
        }
        return mask;
    }

    private static int tokenMask(String token) {
        int mask = 0;
        for (int i = 0; i < CUES.size(); i++) {
            if (CUES.get(i).matcher(token).matches()) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    /** The hashed bucket of a feature key; {@link String#hashCode()} is fixed by the language, so buckets are stable. */
    static int bucket(String key) {
        return Math.floorMod(key.hashCode(), BUCKETS);
    }

    /** The hashed features of a block: its first four words ({@code w:}) and its ancestors' class and id words ({@code c:}). */
    static int[] hashed(String text, String ancestorNames) {
        List<Integer> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.substring(0, Math.min(text.length(), 200)).toLowerCase(Locale.ROOT));
        for (int i = 0; i < 4 && m.find(); i++) {
            out.add(bucket("w:" + m.group()));
        }
        Matcher c = NAME_WORD.matcher(ancestorNames.toLowerCase(Locale.ROOT));
        while (c.find()) {
            if (c.group().length() >= 3) {
                out.add(bucket("c:" + c.group()));
            }
        }
        return out.stream().mapToInt(Integer::intValue).distinct().toArray();
    }
}
