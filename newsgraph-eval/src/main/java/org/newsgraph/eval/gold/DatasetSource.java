package org.newsgraph.eval.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.model.Problem;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.ingest.FileSource;
import org.newsgraph.pipeline.ingest.IngestLimits;
import org.newsgraph.pipeline.ingest.IsoDates;
import org.newsgraph.pipeline.ingest.Source;
import org.newsgraph.pipeline.ingest.SourceItem;

/**
 * The articles of a gold-set folder: {@code articles/*.txt|html} (id = file stem) with the hints of an optional
 * {@code articles.jsonl} ({@code id}, {@code url}, {@code file}, and optionally {@code title}, {@code published},
 * {@code outlet}). Only what the jsonl states as source metadata is passed on; gold labels never are.
 */
public final class DatasetSource implements Source {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    public DatasetSource(Path dir) {
        this.dir = dir;
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        Map<Path, SourceHints> hints = new LinkedHashMap<>();
        Path jsonl = dir.resolve("articles.jsonl");
        if (Files.isRegularFile(jsonl)) {
            readIndex(jsonl, hints, sink);
        }
        List<Path> files = new ArrayList<>();
        Path articles = dir.resolve("articles");
        if (Files.isDirectory(articles)) {
            try (Stream<Path> list = Files.list(articles)) {
                list.filter(Files::isRegularFile).filter(p -> FileSource.kindOf(p) != null && FileSource.kindOf(p).singleDocument())
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                sink.accept(new SourceItem.Skipped(new Problem("unreadable", "cannot list: " + e.getMessage(), articles.toString())));
            }
        }
        for (Path file : files) {
            FileSource.FileKind kind = FileSource.kindOf(file);
            SourceHints h = hints.getOrDefault(file.toAbsolutePath().normalize(), SourceHints.NONE);
            sink.accept(FileSource.readDocument(file, kind.format(), kind.gzip(), h, IngestLimits.DEFAULT));
        }
    }

    private void readIndex(Path jsonl, Map<Path, SourceHints> hints, Consumer<SourceItem> sink) {
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl);
        } catch (IOException e) {
            sink.accept(new SourceItem.Skipped(new Problem("unreadable", "cannot read: " + e.getMessage(), jsonl.toString())));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(line);
                String file = n.path("file").asText(null);
                String id = n.path("id").asText(null);
                if (file == null && id == null) {
                    continue;
                }
                Path path = dir.resolve(file != null ? file : "articles/" + id + ".txt").toAbsolutePath().normalize();
                hints.put(path, new SourceHints(id, n.path("url").asText(null), n.path("title").asText(null),
                        IsoDates.parse(n.path("published").asText(null)), n.path("outlet").asText(null)));
            } catch (IOException e) {
                sink.accept(new SourceItem.Skipped(new Problem("malformed-json", "not valid JSON", jsonl + ":" + (i + 1))));
            }
        }
    }
}
