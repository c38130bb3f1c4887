package org.newsgraph.eval.ecbplus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Outcome;

/**
 * Reads the simplified CoNLL of ECB+ ({@code doc_id sent_id token_id token chain}) into documents. Tokens are
 * joined back into text (PTB quotes and brackets undone, no space before closing punctuation). Sentence 0 is the
 * headline. Lines that do not have five tab-separated fields are skipped.
 */
public final class EcbConllReader {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", "%", ")", "]", "}", "''", "'s", "n't",
            "'re", "'ve", "'ll", "'d", "'m", "'S", "-RRB-", "-RSB-", "”", "’");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "``", "$", "-LRB-", "-LSB-", "“", "‘");

    private EcbConllReader() {
    }

    public static Outcome<List<EcbDocument>> read(Path conll) {
        List<EcbDocument> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
            String docId = null;
            List<List<String>> sentences = new ArrayList<>();
            int currentSentence = -1;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#begin document")) {
                    docId = null;
                    sentences = new ArrayList<>();
                    currentSentence = -1;
                    continue;
                }
                if (line.startsWith("#end document")) {
                    if (docId != null) {
                        docs.add(document(docId, sentences));
                    }
                    docId = null;
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 5) {
                    continue;
                }
                docId = f[0];
                int sentence;
                try {
                    sentence = Integer.parseInt(f[1]);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (sentence != currentSentence) {
                    sentences.add(new ArrayList<>());
                    currentSentence = sentence;
                }
                sentences.get(sentences.size() - 1).add(f[3]);
            }
        } catch (IOException e) {
            return Outcome.failed("unreadable", "cannot read ECB+ CoNLL: " + e.getMessage(), conll.toString());
        }
        return Outcome.ok(docs);
    }

    private static EcbDocument document(String id, List<List<String>> sentences) {
        String[] parts = id.split("/");
        String title = sentences.isEmpty() ? "" : detokenize(sentences.get(0));
        StringBuilder text = new StringBuilder(title).append("\n\n");
        for (int i = 1; i < sentences.size(); i++) {
            text.append(detokenize(sentences.get(i))).append(i % 3 == 0 ? "\n\n" : " ");
        }
        return new EcbDocument(id, parts[0], parts.length > 1 ? parts[1] : parts[0], title, text.toString().strip());
    }

    static String detokenize(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        boolean glue = true;
        boolean openDouble = true;
        for (String raw : tokens) {
            String t = switch (raw) {
                case "-LRB-" -> "(";
                case "-RRB-" -> ")";
                case "-LSB-" -> "[";
                case "-RSB-" -> "]";
                case "``" -> "“";
                case "''" -> "”";
                case "\"" -> openDouble ? "“" : "”";
                default -> raw;
            };
            if (raw.equals("\"")) {
                openDouble = !openDouble;
            }
            boolean closing = NO_SPACE_BEFORE.contains(raw) || NO_SPACE_BEFORE.contains(t);
            if (!glue && !closing) {
                out.append(' ');
            }
            out.append(t);
            glue = NO_SPACE_AFTER.contains(raw) || NO_SPACE_AFTER.contains(t);
        }
        return out.toString();
    }
}
