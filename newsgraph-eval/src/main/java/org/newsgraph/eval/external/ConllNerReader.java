package org.newsgraph.eval.external;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Span;

/**
 * Reads CoNLL-2003 NER files ({@code token POS chunk TAG} per line, a blank line between sentences,
 * {@code -DOCSTART-} between documents) with IOB1 or IOB2 tags: an {@code I-X} that does not continue an
 * {@code X} name starts one. Each document is rebuilt as text (see {@link ConllDocument}); a file without
 * {@code -DOCSTART-} lines is one document.
 *
 * <p>Stateless and thread-safe. A line with fewer than two columns or a tag other than {@code O}, {@code B-X},
 * {@code I-X} is a failed outcome naming {@code location:line}, never an exception.
 */
public final class ConllNerReader {
    private static final Set<String> TYPES = Set.of("PER", "ORG", "LOC", "MISC");

    /** Up to {@code limit} documents of {@code conll}. */
    public Outcome<List<ConllDocument>> read(String conll, String location, int limit) {
        List<ConllDocument> docs = new ArrayList<>();
        Builder doc = new Builder();
        String[] lines = conll.split("\r?\n");
        for (int i = 0; i < lines.length && docs.size() < limit; i++) {
            String line = lines[i].strip();
            if (line.startsWith("-DOCSTART-")) {
                doc.finish(docs);
                doc = new Builder();
                continue;
            }
            if (line.isEmpty()) {
                doc.endSentence();
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length < 2) {
                return Outcome.failed("malformed-conll", "a token line needs a token and a tag", location + ":" + (i + 1));
            }
            String tag = f[f.length - 1];
            String type = null;
            boolean begins = false;
            if (!tag.equals("O")) {
                if (tag.length() < 3 || tag.charAt(1) != '-' || "BI".indexOf(tag.charAt(0)) < 0 || !TYPES.contains(tag.substring(2))) {
                    return Outcome.failed("malformed-conll", "unknown tag '" + tag + "'", location + ":" + (i + 1));
                }
                type = tag.substring(2);
                begins = tag.charAt(0) == 'B';
            }
            doc.token(f[0], type, begins);
        }
        if (docs.size() < limit) {
            doc.finish(docs);
        }
        return Outcome.ok(docs);
    }

    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<NamedSpan> names = new ArrayList<>();
        private int tokens;
        private boolean sentenceOpen;
        private String openType;
        private int openStart;
        private int openEnd;

        void token(String token, String type, boolean begins) {
            if (sentenceOpen) {
                text.append(' ');
            } else if (!text.isEmpty()) {
                text.append('\n');
            }
            sentenceOpen = true;
            int start = text.length();
            text.append(token);
            tokens++;
            if (type == null || begins || !type.equals(openType)) {
                close();
            }
            if (type != null) {
                if (openType == null) {
                    openType = type;
                    openStart = start;
                }
                openEnd = text.length();
            }
        }

        void endSentence() {
            close();
            sentenceOpen = false;
        }

        private void close() {
            if (openType != null) {
                names.add(new NamedSpan(new Span(openStart, openEnd), openType));
                openType = null;
            }
        }

        void finish(List<ConllDocument> docs) {
            close();
            if (tokens > 0) {
                docs.add(new ConllDocument(docs.size() + 1, text.toString(), tokens, names));
            }
        }
    }
}
