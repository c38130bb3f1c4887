package org.newsgraph.pipeline.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Found;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.Removed;
import org.newsgraph.model.SourceHints;

/**
 * The default extractor: decode the bytes; for HTML read the visible text and mark the blocks outside the main
 * content; remove boilerplate; read title, outlet, dateline and publication day with provenance. Empty,
 * binary and undecodable input and text with no content left after cleaning give {@link Outcome.Failed}; it
 * never throws. Thread-safe.
 */
public final class NewsExtractor implements Extractor {
    private final TextDecoder decoder = new TextDecoder();
    private final HtmlReader html;
    private final BoilerplateRemover remover = new BoilerplateRemover();
    private final BoilerplateRemover textRemover;
    private final TextAssembler assembler = new TextAssembler();
    private final DatelineFinder datelines = new DatelineFinder();
    private final TitleFinder titles = new TitleFinder();
    private final OutletFinder outlets = new OutletFinder(OutletNames.standard());
    private final PublicationDateFinder dates = new PublicationDateFinder();

    /** The extractor with the bundled block model for HTML pages. */
    public NewsExtractor() {
        this(LinearModel.blocks(), LinearModel.lines());
    }

    /** The extractor keeping HTML blocks by {@code blocks}, with the bundled line model for plain text. */
    public NewsExtractor(LinearModel blocks) {
        this(blocks, LinearModel.lines());
    }

    /**
     * The extractor keeping HTML blocks by {@code blocks} and removing plain-text lines by {@code lines} (after the
     * standard boilerplate rules; HTML pages get the standard rules only).
     */
    public NewsExtractor(LinearModel blocks, LinearModel lines) {
        this.html = new HtmlReader(blocks);
        this.textRemover = new BoilerplateRemover(List.of(new LearnedLineRule(lines)));
    }

    @Override
    public Outcome<Article> extract(RawDocument document) {
        Outcome<TextDecoder.Decoded> decoded = decoder.decode(document.bytes(), document.charset(), document.location());
        if (decoded instanceof Outcome.Failed<TextDecoder.Decoded> failed) {
            return new Outcome.Failed<>(failed.problem());
        }
        String raw = ((Outcome.Ok<TextDecoder.Decoded>) decoded).value().text();
        String original;
        List<Removed> already;
        PageFacts page;
        if (document.format() == Format.HTML) {
            HtmlPage read = html.read(raw, document.hints().url());
            original = read.visibleText();
            already = read.removed();
            page = read.facts();
        } else {
            original = raw;
            already = List.of();
            page = PageFacts.NONE;
        }
        if (original.isBlank()) {
            return Outcome.failed("no-content", "the document has no visible text", document.location());
        }
        Draft draft = (document.format() == Format.HTML ? remover : textRemover).clean(original, already);
        String text = assembler.assemble(draft);
        if (text.isBlank()) {
            return Outcome.failed("no-content", "no text left after removing boilerplate", document.location());
        }
        SourceHints hints = document.hints();
        Optional<String> url = Optional.ofNullable(hints.url()).filter(u -> !u.isBlank()).or(page::canonicalUrl);
        Evidence evidence = new Evidence(draft, hints, page, url, datelines.find(draft));
        Metadata metadata = new Metadata(
                titles.find(evidence).map(NewsExtractor::tidy),
                outlets.find(evidence).map(NewsExtractor::tidy),
                evidence.dateline().map(d -> new Found<>(d.place(), "dateline", d.placeSpan())),
                dates.find(evidence));
        String id = hints.id() != null ? hints.id() : fingerprint(text).substring(0, 16);
        return Outcome.ok(new Article(id, document.location(), url.orElse(null), original, text, metadata,
                draft.removed(), fingerprint(text)));
    }

    /** A found name made uniform like the text: NFC, plain single spaces; rule and evidence unchanged. */
    private static Found<String> tidy(Found<String> found) {
        String value = TextHygiene.clean(found.value()).replaceAll("\\s+", " ").strip();
        return value.isEmpty() || value.equals(found.value()) ? found : new Found<>(value, found.rule(), found.evidence());
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
