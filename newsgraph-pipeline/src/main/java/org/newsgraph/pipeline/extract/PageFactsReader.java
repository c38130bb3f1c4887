package org.newsgraph.pipeline.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.Found;

/**
 * Reads what page markup states: title ({@link HeadlineReader}: the visible headline or {@code og:title}, JSON-LD
 * {@code headline}, {@code <title>}), outlet
 * ({@code og:site_name}, JSON-LD {@code publisher.name}, {@code twitter:site}), publication day
 * ({@link PageDateReader}) and the canonical URL. Broken JSON-LD is skipped. Never throws. Thread-safe.
 */
final class PageFactsReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PageDateReader pageDates = new PageDateReader();
    private final HeadlineReader headlines = new HeadlineReader();

    private record JsonLd(String headline, String publisher, String datePublished) {
    }

    PageFacts read(Document doc) {
        JsonLd ld = jsonLd(doc);
        Map<String, String> metas = metas(doc);
        Optional<Found<String>> outlet = meta(metas, "og:site_name").map(v -> found(v, "html-meta:og:site_name"))
                .or(() -> Optional.ofNullable(ld.publisher()).map(v -> found(v, "json-ld:publisher.name")))
                .or(() -> meta(metas, "twitter:site").map(v -> v.startsWith("@") ? v.substring(1) : v)
                        .filter(v -> !v.isBlank()).map(v -> found(v, "html-meta:twitter:site")));
        String site = outlet.map(Found::value).orElse(null);
        Optional<Found<LocalDate>> published = pageDates.read(doc, metas, ld.datePublished());
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        Optional<String> url = Optional.ofNullable(canonical).map(e -> e.attr("abs:href").isBlank() ? e.attr("href") : e.attr("abs:href"))
                .filter(u -> u.startsWith("http"))
                .or(() -> meta(metas, "og:url").filter(u -> u.startsWith("http")));
        List<Found<String>> markupTitles = new ArrayList<>();
        meta(metas, "og:title").ifPresent(v -> markupTitles.add(found(v, "html-meta:og:title")));
        Optional.ofNullable(ld.headline()).ifPresent(v -> markupTitles.add(found(v, "json-ld:headline")));
        Optional.of(doc.title().strip()).filter(t -> !t.isEmpty()).ifPresent(v -> markupTitles.add(found(v, "html-title")));
        markupTitles.removeIf(f -> f.value().isBlank());
        String location = doc.location() != null && doc.location().startsWith("http") ? doc.location() : url.orElse(null);
        Optional<Found<String>> title = headlines.read(doc, markupTitles, site, location).filter(f -> !f.value().isBlank());
        return new PageFacts(title, outlet, published, url);
    }

    private static Found<String> found(String value, String rule) {
        return new Found<>(value.strip(), rule, null);
    }

    /** Every non-empty {@code <meta>} value by lower-cased property, name or itemprop; the first one wins. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String v = m.attr("content").strip();
            if (v.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    out.putIfAbsent(key, v);
                }
            }
        }
        return out;
    }

    private static Optional<String> meta(Map<String, String> metas, String name) {
        return Optional.ofNullable(metas.get(name.toLowerCase(Locale.ROOT)));
    }

    private static JsonLd jsonLd(Document doc) {
        String headline = null;
        String publisher = null;
        String date = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                continue;
            }
            List<JsonNode> nodes = new ArrayList<>();
            flatten(root, nodes, 0);
            for (JsonNode n : nodes) {
                if (headline == null && n.path("headline").isTextual()) {
                    headline = n.path("headline").asText();
                }
                if (date == null && n.path("datePublished").isTextual()) {
                    date = n.path("datePublished").asText();
                }
                if (publisher == null) {
                    JsonNode p = n.path("publisher");
                    p = p.isArray() && !p.isEmpty() ? p.get(0) : p;
                    if (p.path("name").isTextual() && !p.path("name").asText().isBlank()) {
                        publisher = p.path("name").asText();
                    }
                }
            }
        }
        return new JsonLd(headline, publisher, date);
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                flatten(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
        }
    }
}
