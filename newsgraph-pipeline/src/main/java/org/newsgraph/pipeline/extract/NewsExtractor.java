package org.newsgraph.pipeline.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Found;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

/** The default extractor: decode, clean, and take metadata the source states. Thread-safe. */
public final class NewsExtractor implements Extractor {
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public Outcome<Article> extract(RawDocument document) {
        Outcome<TextDecoder.Decoded> decoded = decoder.decode(document.bytes(), document.charset(), document.location());
        if (decoded instanceof Outcome.Failed<TextDecoder.Decoded> failed) {
            return new Outcome.Failed<>(failed.problem());
        }
        String raw = ((Outcome.Ok<TextDecoder.Decoded>) decoded).value().text();
        String original = document.format() == Format.HTML ? Jsoup.parse(raw).wholeText() : raw;
        String text = TextHygiene.clean(original).strip();
        if (text.isBlank()) {
            return Outcome.failed("no-content", "no text left after cleaning", document.location());
        }
        SourceHints hints = document.hints();
        Metadata metadata = new Metadata(
                Optional.ofNullable(hints.title()).map(t -> new Found<>(t, "source", null)),
                Optional.ofNullable(hints.outlet()).map(o -> new Found<>(o, "source", null)),
                Optional.empty(),
                Optional.ofNullable(hints.published()).map(p -> new Found<>(p, "source", null)));
        String id = hints.id() != null ? hints.id() : fingerprint(text).substring(0, 16);
        return Outcome.ok(new Article(id, document.location(), hints.url(), original, text, metadata, List.of(), fingerprint(text)));
    }

    /** SHA-256 of the text normalized for matching: equal for texts that differ only in case, spacing, punctuation. */
    public static String fingerprint(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(TextHygiene.normalizeForMatching(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
