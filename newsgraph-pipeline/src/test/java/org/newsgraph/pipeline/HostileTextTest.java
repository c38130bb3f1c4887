package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

/** Inputs that used to hang the language layer finish, with what was done and a problem saying what was not. */
class HostileTextTest {
    private static final String[] WORDS = {"harbour", "council", "river", "bridge", "north", "market", "vote", "plan",
            "minister", "road", "winter", "grain", "price", "delegation", "talks", "Norvik", "Brenn", "Lisk"};

    /** The timeout only guards against a hang; the same text used to run for more than ten minutes. */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aMultiMegabyteLineWithoutPunctuationIsStoredWithAProblem() {
        Random random = new Random(15);
        StringBuilder line = new StringBuilder("Grain talks\n\n");
        while (line.length() < 4_000_000) {
            line.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        Pipeline pipeline = Pipelines.standard();
        Outcome<Article> extracted = pipeline.extract(new RawDocument("long.txt", line.toString().getBytes(StandardCharsets.UTF_8),
                Format.TEXT, "UTF-8", SourceHints.NONE));
        assertThat(extracted).isInstanceOf(Outcome.Ok.class);
        Processed processed = pipeline.process(((Outcome.Ok<Article>) extracted).value());
        assertThat(processed.article().text().length()).isGreaterThan(3_900_000);
        assertThat(processed.annotated().sentences()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.end() - s.start()).as("the bound plus at most one word").isLessThanOrEqualTo(2_100));
        assertThat(processed.annotated().problems()).extracting(Problem::code).containsExactly("annotation-bounded", "sentence-split");
    }
}
