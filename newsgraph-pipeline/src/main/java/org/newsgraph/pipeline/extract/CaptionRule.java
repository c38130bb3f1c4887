package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed;

/**
 * Removes photo captions where they can be told apart: a line that carries a photo credit ("Photo: ...",
 * "Photograph: X/Reuters", "FILE PHOTO") or ends in an agency credit after a sentence end ("... on Tuesday.
 * IRNA", "... 2023. - AP", "... via REUTERS"), is a bare credit ("Reuters/Jane Doe"), or is a short note wholly
 * in parentheses ("(The two presidents in Moscow)", "(Reporting by X; editing by Y)"). Lines holding a
 * quotation mark are kept: a quote is content. Credit words come from {@code credits.txt}. Stateless,
 * thread-safe.
 */
final class CaptionRule implements BoilerplateRule {
    private static final String CREDITS = String.join("|", TsvResource.rows("credits.txt").stream()
            .map(r -> Pattern.quote(r[0])).toList());
    private static final Pattern PHOTO = Pattern.compile(
            "(?:\\b(?:Photo|Photograph|Image|Picture|Credit|Photo credit)s?(?: by)? ?: ?\\S.{0,80}$|^FILE PHOTO\\b|/File Photo$|\\(Photo: .{1,60}\\)$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDING_CREDIT = Pattern.compile(
            "(?:[.)] +|\\s[-–—|] *|/ *|\\bvia +)(?:" + CREDITS + ")(?:/[\\p{L} .'-]{1,40})?$");
    private static final Pattern BARE_CREDIT = Pattern.compile(
            "^(?:\\(?(?:" + CREDITS + ")\\)?)(?: ?/ ?[\\p{L} .'-]{1,40})+$|^(?:" + CREDITS + ")$");

    private static final Pattern PARENTHESISED = Pattern.compile("^\\([^()]{3,200}\\)$");

    @Override
    public List<Removed> find(Draft draft) {
        List<Removed> out = new ArrayList<>();
        for (Line line : draft.kept()) {
            String text = line.text();
            if (text.length() > 400 || LicenceRule.containsQuote(text)) {
                continue;
            }
            if (PHOTO.matcher(text).find() || ENDING_CREDIT.matcher(text).find() || BARE_CREDIT.matcher(text).find()
                    || (PARENTHESISED.matcher(text).matches() && line.words() <= 30)) {
                out.add(Draft.whole(line, "caption"));
            }
        }
        return out;
    }
}
