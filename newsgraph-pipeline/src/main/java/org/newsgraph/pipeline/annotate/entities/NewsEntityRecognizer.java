package org.newsgraph.pipeline.annotate.entities;

import java.util.Objects;
import org.newsgraph.pipeline.annotate.tagging.TaggedText;

/**
 * Entity recognition for news: names from the knowledge tables (countries, capitals as the government, demonyms,
 * organisations and their acronyms; outlets are left out), names from the statistical tagger and their
 * repetitions, acronyms bound to the names they abbreviate, people grouped by transliteration-proof name keys,
 * role descriptions bound to people, and "he"/"she" linked to the latest person.
 *
 * <p>Ids need no global state: known entities use the table id ({@code gpe:NOR}, {@code org:interpol}),
 * people {@code person:} plus the consonant skeletons of their longest name ({@link NameKeys}), other names
 * their type and ASCII slug.
 *
 * <p>Thread-safe: the knowledge tables are immutable and every call works on its own state. Text without tokens
 * gives {@link EntityLayer#EMPTY}.
 */
public final class NewsEntityRecognizer implements EntityRecognizer {

    private final Knowledge knowledge;

    public NewsEntityRecognizer() {
        this(Knowledge.standard());
    }

    public NewsEntityRecognizer(Knowledge knowledge) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    }

    @Override
    public EntityLayer recognize(String text, TaggedText tagged) {
        if (text == null || tagged == null || tagged.tokens().isEmpty()) {
            return EntityLayer.EMPTY;
        }
        return new ArticleReading(text, tagged.tokens(), knowledge).run();
    }
}
