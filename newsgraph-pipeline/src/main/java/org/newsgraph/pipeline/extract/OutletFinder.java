package org.newsgraph.pipeline.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import org.newsgraph.model.Found;
import org.newsgraph.model.Span;

/**
 * Finds the outlet that published the article, most direct evidence first: the source's outlet field, the
 * page markup (site name, publisher), a known news host, a licence line ("All Content by X is licensed ..."),
 * the host's main label ({@code url-host}), and last the agency tag of the dateline ("LISBON (Reuters) –").
 * A credit such as "Reuters and AFP contributed to this story" is not read. No evidence, no outlet.
 * Stateless, thread-safe.
 */
public final class OutletFinder {
    private final OutletNames names;

    public OutletFinder(OutletNames names) {
        this.names = names;
    }

    public Optional<Found<String>> find(Evidence e) {
        if (e.hints().outlet() != null && !e.hints().outlet().isBlank()) {
            return Optional.of(new Found<>(e.hints().outlet().strip(), "source", null));
        }
        if (e.page().outlet().isPresent()) {
            return e.page().outlet();
        }
        Optional<String> host = e.url().flatMap(OutletNames::host);
        Optional<Found<String>> known = host.flatMap(names::knownHost).map(n -> new Found<>(n, "url-known-host", null));
        if (known.isPresent()) {
            return known;
        }
        Optional<Found<String>> licence = licence(e.draft());
        if (licence.isPresent()) {
            return licence;
        }
        Optional<Found<String>> label = host.flatMap(names::hostLabel).map(n -> new Found<>(n, "url-host", null));
        if (label.isPresent()) {
            return label;
        }
        return e.dateline().flatMap(d -> d.agency().flatMap(names::agency).map(n -> new Found<>(n, "dateline-agency", d.agencySpan())));
    }

    private static Optional<Found<String>> licence(Draft draft) {
        for (Line line : draft.lines()) {
            Matcher m = LicenceRule.LICENCE.matcher(line.text());
            if (m.find()) {
                Span evidence = line.part(m.start(1), m.end(1));
                return Optional.of(new Found<>(m.group(1).strip(), "licence", evidence));
            }
        }
        return Optional.empty();
    }
}
