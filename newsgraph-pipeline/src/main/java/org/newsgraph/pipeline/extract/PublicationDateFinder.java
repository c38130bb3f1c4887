package org.newsgraph.pipeline.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Found;

/**
 * Finds the publication day, only where something states it: the source's field, a {@code date 2023-07-20}
 * header at the very start, the URL path (the publisher's own calendar day; markup often gives a UTC instant whose
 * day is one later for evening stories), the page markup, a "Published: 0915 GMT March 3, 2021" line, or a
 * byline date near the top ("By X, November 15, 2023 7:32 pm", "Nov 14, 2022 / 03:28 PM IST"). Weekday words
 * and dates inside the body are never read: an article without such evidence has no date. Stateless,
 * thread-safe.
 */
public final class PublicationDateFinder {
    private static final Pattern STATED = Pattern.compile("^(?:Published|Posted|Updated|Last updated|Date|Dated|First published)\\b.{0,20}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^By \\p{Lu}");
    private static final int HEAD_LINES = 12;
    private static final int BYLINE_LENGTH = 100;

    private final DateReader dates = new DateReader();
    private final UrlDates urlDates = new UrlDates();

    public Optional<Found<LocalDate>> find(Evidence e) {
        if (e.hints().published() != null) {
            return Optional.of(new Found<>(e.hints().published(), "source", null));
        }
        Optional<Found<LocalDate>> header = header(e.draft());
        if (header.isPresent()) {
            return header;
        }
        Optional<LocalDate> fromUrl = e.url().flatMap(urlDates::read);
        if (fromUrl.isPresent()) {
            return Optional.of(new Found<>(fromUrl.get(), "url-path", null));
        }
        if (e.page().published().isPresent()) {
            return e.page().published();
        }
        return byline(e.draft());
    }

    private static Optional<Found<LocalDate>> header(Draft draft) {
        for (Line line : draft.lines()) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = DateHeaderRule.HEADER.matcher(line.text());
            if (m.find()) {
                return DateReader.day(m.group(1).substring(0, 4), m.group(1).substring(5, 7), m.group(1).substring(8, 10))
                        .map(d -> new Found<>(d, "date-header", line.part(m.start(1), m.end(1))));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<Found<LocalDate>> byline(Draft draft) {
        int seen = 0;
        for (Line line : draft.lines()) {
            if (line.isBlank()) {
                continue;
            }
            if (seen++ >= HEAD_LINES) {
                break;
            }
            String text = line.text();
            if (text.length() > BYLINE_LENGTH) {
                continue;
            }
            Optional<DateReader.Dated> dated = dates.first(text);
            if (dated.isEmpty()) {
                continue;
            }
            DateReader.Dated d = dated.get();
            boolean stated = STATED.matcher(text).find();
            boolean byline = BYLINE.matcher(text).find();
            boolean leading = d.span().start() <= 3;
            if (stated || byline || leading) {
                String rule = stated ? "published-line" : "byline";
                return Optional.of(new Found<>(d.day(), rule, line.part(d.span().start(), d.span().end())));
            }
        }
        return Optional.empty();
    }
}
