package org.newsgraph.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.newsgraph.export.ExportFilter;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.events.EventOntology;
import org.newsgraph.pipeline.events.OntologyLoader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The event filters {@code events} and {@code export} share. */
final class EventFilterOptions {
    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "Only events on or after this day (events without a known day are left out).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "Only events on or before this day (events without a known day are left out).")
    LocalDate until;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only events of this PLOVER type, e.g. CONSULT (any case).")
    String type;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only events with an actor whose name contains this text (any case).")
    String actor;

    @Option(names = "--min-sources", paramLabel = "N", defaultValue = "0",
            description = "Only events with at least this many independent sources (default: ${DEFAULT-VALUE}).")
    int minSources;

    /** Whether any filter is set. */
    boolean any() {
        return since != null || until != null || type != null || actor != null || minSources > 0;
    }

    /** The filter, or a usage error naming the bad value. */
    ExportFilter toFilter(CommandLine cli) {
        if (type != null) {
            List<String> known = types().stream().sorted().toList();
            if (!known.isEmpty() && known.stream().noneMatch(t -> t.equalsIgnoreCase(type))) {
                throw new CommandLine.ParameterException(cli, "--type '" + type + "' is not an event type; the types are "
                        + String.join(", ", known) + ".");
            }
        }
        if (minSources < 0) {
            throw new CommandLine.ParameterException(cli, "--min-sources must not be negative, got " + minSources + ".");
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new CommandLine.ParameterException(cli, "--until " + until + " is before --since " + since + ".");
        }
        return new ExportFilter(since, until, type, actor, minSources);
    }

    private static List<String> types() {
        Outcome<EventOntology> ontology = new OntologyLoader(org.newsgraph.pipeline.events.EnglishStemmer.standard()).bundled();
        return ontology instanceof Outcome.Ok<EventOntology> ok ? ok.value().types() : List.of();
    }

    /** {@code YYYY-MM-DD}, a real day; anything else is an error naming the value. */
    static final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a day of the form YYYY-MM-DD"
                        + (value.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? " (no such month or day)" : ""));
            }
        }
    }
}
