package org.newsgraph.eval.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.model.Outcome;

/**
 * Reads a PolNeAR compartment ({@code text/<article>.txt}, {@code attributions/<article>_<annotator>.ann}). Where
 * several annotators annotated an article, the annotation of the annotator first in name order is kept, so each
 * article counts once. Stateless and thread-safe; a missing folder or text, or a malformed annotation, is a failed
 * outcome.
 */
public final class PolnearReader {
    private final BratAttributionReader brat = new BratAttributionReader();

    /** Up to {@code limit} articles of {@code compartment}, in name order. */
    public Outcome<List<PolnearDocument>> read(Path compartment, int limit) {
        TreeMap<String, Path> firstAnnotation = new TreeMap<>();
        Path annotations = compartment.resolve("attributions");
        try (Stream<Path> list = Files.list(annotations)) {
            list.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                String stem = name.substring(0, name.length() - ".ann".length());
                int cut = stem.lastIndexOf('_');
                String article = cut > 0 ? stem.substring(0, cut) : stem;
                firstAnnotation.putIfAbsent(article, p);
            });
        } catch (IOException e) {
            return Outcome.failed("unreadable", "cannot list the annotations: " + e.getMessage(), annotations.toString());
        }
        List<PolnearDocument> docs = new ArrayList<>();
        for (var entry : firstAnnotation.entrySet()) {
            if (docs.size() >= limit) {
                break;
            }
            Path textFile = compartment.resolve("text").resolve(entry.getKey() + ".txt");
            String text;
            String ann;
            try {
                text = Files.readString(textFile, StandardCharsets.UTF_8);
                ann = Files.readString(entry.getValue(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Outcome.failed("unreadable", "cannot read the article or its annotation: " + e.getMessage(), textFile.toString());
            }
            Outcome<List<GoldAttribution>> read = brat.read(ann, text, entry.getValue().toString());
            if (read instanceof Outcome.Failed<List<GoldAttribution>> f) {
                return new Outcome.Failed<>(f.problem());
            }
            String stem = entry.getValue().getFileName().toString().replace(".ann", "");
            docs.add(new PolnearDocument(entry.getKey(), stem.substring(entry.getKey().length()).replaceFirst("^_", ""), text,
                    ((Outcome.Ok<List<GoldAttribution>>) read).value()));
        }
        return Outcome.ok(docs);
    }
}
