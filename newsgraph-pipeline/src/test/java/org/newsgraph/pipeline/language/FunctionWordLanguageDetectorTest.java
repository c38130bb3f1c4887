package org.newsgraph.pipeline.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Found;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.Processed;

/** Language detection on invented news texts, and what the pipeline does with a language it does not support. */
class FunctionWordLanguageDetectorTest {
    private static final String ENGLISH = "The foreign ministers of Norland and Sudmark met in Brenn on Monday to discuss a ceasefire, "
            + "and they agreed that the talks would continue next week. The minister said it was a good start for both countries.";
    private static final String FRENCH = "Les ministres des affaires étrangères de Norland et de Sudmark se sont réunis lundi à Brenn pour "
            + "discuter d'un cessez-le-feu. Ils ont convenu que les discussions reprendraient la semaine prochaine, a déclaré le ministre "
            + "dans un communiqué. « C'est un bon début », a-t-il dit.";
    private static final String GERMAN = "Die Außenminister von Norland und Sudmark haben sich am Montag in Brenn getroffen, um über eine "
            + "Waffenruhe zu sprechen. Die Gespräche sollen in der nächsten Woche fortgesetzt werden, sagte der Minister, und es sei ein guter Anfang.";
    private static final String SPANISH = "Los ministros de Exteriores de Norland y Sudmark se reunieron el lunes en Brenn para hablar de un "
            + "alto el fuego. Las conversaciones continuarán la próxima semana, según el ministro, que habló de un buen comienzo para los dos países.";
    private static final String RUSSIAN = "Министры иностранных дел Норланда и Судмарка встретились в понедельник в Бренне, чтобы обсудить "
            + "прекращение огня. Как сказал министр, переговоры продолжатся на следующей неделе, и это был хороший старт для обеих стран.";

    private final LanguageDetector detector = new FunctionWordLanguageDetector();

    private Optional<String> code(String text) {
        return detector.detect(text).map(Found::value);
    }

    @Test
    void detectsTheLanguageOfNewsProseInSeveralLanguagesAndScripts() {
        assertThat(code(ENGLISH)).contains("en");
        assertThat(code(FRENCH)).contains("fr");
        assertThat(code(GERMAN)).contains("de");
        assertThat(code(SPANISH)).contains("es");
        assertThat(code(RUSSIAN)).contains("ru");
        assertThat(code("البرلمان يوافق على الميزانية الجديدة بعد نقاش طويل استمر أياما في العاصمة")).contains("ar");
        assertThat(code("議会は長い議論の末に新しい予算を承認したと発表しました")).contains("ja");
        assertThat(detector.detect(ENGLISH).orElseThrow().rule()).startsWith("function-words:");
    }

    @Test
    void tooShortOrEmptyTextsGiveNoValueAndNeverThrow() {
        assertThat(code("")).isEmpty();
        assertThat(code(null)).isEmpty();
        assertThat(code("Brenn, Monday.")).isEmpty();
        assertThat(code("12345 67890 !!! ???")).isEmpty();
    }

    @Test
    void anArticleInAnotherLanguageIsStoredWithItsLanguageButNotAnnotatedOrCoded() {
        Pipeline pipeline = Pipelines.standard();
        Processed french = process(pipeline, "fr1", FRENCH);
        assertThat(french.article().metadata().languageCode()).contains("fr");
        assertThat(SupportedLanguages.supported(french.article().metadata().languageCode())).isFalse();
        assertThat(french.events()).isEmpty();
        assertThat(french.annotated().quotes()).isEmpty();
        assertThat(french.annotated().entities()).isEmpty();
        Processed english = process(pipeline, "en1", ENGLISH);
        assertThat(english.article().metadata().languageCode()).contains("en");
        assertThat(english.annotated().entities()).isNotEmpty();
        assertThat(english.events()).isNotEmpty();
    }

    private static Processed process(Pipeline pipeline, String id, String text) {
        RawDocument raw = new RawDocument(id + ".txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT, null,
                new SourceHints(id, null, null, null, null));
        Article a = ((Outcome.Ok<Article>) pipeline.extract(raw)).value();
        return pipeline.process(a);
    }
}
