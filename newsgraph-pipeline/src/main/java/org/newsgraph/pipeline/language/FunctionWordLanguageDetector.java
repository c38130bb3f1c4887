package org.newsgraph.pipeline.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Found;

/**
 * Detects a text's language from its script and its function words ({@code function-words.tsv}; its header says
 * what they are). The first {@value #MAX_WORDS} words are read. A text mostly in a script used by one language
 * family (Arabic, Hebrew, Greek, Devanagari, Thai, Hangul, Japanese kana, Han) gets that language; Latin and
 * Cyrillic texts get the language whose function words occur most often, if they occur at least
 * {@value #MIN_HITS} times and at least 1.5 times as often as the runner-up's; a Cyrillic text without a clear
 * winner is {@code und}; anything else (too short, too mixed) gives no value. Loaded once; thread-safe.
 */
public final class FunctionWordLanguageDetector implements LanguageDetector {
    static final int MAX_WORDS = 400;
    static final int MIN_HITS = 6;
    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Map<String, Set<String>> WORDS = load();

    @Override
    public Optional<Found<String>> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 4000; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        if (letters < 20) {
            return Optional.empty();
        }
        Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (scripts.get(main) * 2 < letters) {
            return Optional.empty();
        }
        String byScript = switch (main) {
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case GREEK -> "el";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            case HANGUL -> "ko";
            case HIRAGANA, KATAKANA -> "ja";
            case HAN -> scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0) > 0
                    ? "ja" : "zh";
            default -> null;
        };
        if (byScript != null) {
            return Optional.of(new Found<>(byScript, "script:" + main.name().toLowerCase(Locale.ROOT), null));
        }
        if (main != Character.UnicodeScript.LATIN && main != Character.UnicodeScript.CYRILLIC) {
            return Optional.of(new Found<>("und", "script:" + main.name().toLowerCase(Locale.ROOT), null));
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}']+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (++words > MAX_WORDS) {
                break;
            }
            for (Map.Entry<String, Set<String>> lang : WORDS.entrySet()) {
                if (lang.getValue().contains(w)) {
                    hits.merge(lang.getKey(), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(hits.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        if (!ranked.isEmpty()) {
            int best = ranked.get(0).getValue();
            int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
            if (best >= MIN_HITS && best * 2 >= second * 3) {
                return Optional.of(new Found<>(ranked.get(0).getKey(), "function-words:" + best + "/" + words, null));
            }
        }
        return main == Character.UnicodeScript.CYRILLIC ? Optional.of(new Found<>("und", "script:cyrillic", null)) : Optional.empty();
    }

    /** The English name of a language code the detector gives, or the code itself. */
    public static String name(String code) {
        return switch (code) {
            case "ar" -> "Arabic";
            case "he" -> "Hebrew";
            case "el" -> "Greek";
            case "hi" -> "Hindi";
            case "th" -> "Thai";
            case "ko" -> "Korean";
            case "ja" -> "Japanese";
            case "zh" -> "Chinese";
            case "und" -> "undetermined";
            default -> NAMES.getOrDefault(code, code);
        };
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (InputStream in = FunctionWordLanguageDetector.class.getResourceAsStream("function-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the build: function-words.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                NAMES.put(cells[0], cells[1]);
                out.put(cells[0], Set.copyOf(List.of(cells[2].split(" "))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read function-words.tsv", e);
        }
        return out;
    }
}
