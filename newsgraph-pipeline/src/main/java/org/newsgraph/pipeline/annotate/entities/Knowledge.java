package org.newsgraph.pipeline.annotate.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MentionKind;

/**
 * The knowledge tables written for this project (resources next to this class): countries with their names,
 * demonyms, capitals and government metonyms ({@code countries.tsv}), major organisations and companies with
 * acronyms and aliases ({@code organisations.tsv}), organs of organisations ({@code organs.tsv}), news outlets
 * that are not entities ({@code outlets.txt}), title and role words ({@code titles.txt}), state bodies qualified
 * by a country ({@code bodies.txt}), head nouns of descriptions of organisations ({@code organisation-nouns.txt}),
 * nouns for a group that seized power ({@code ruler-nouns.txt}) and acronyms of common nouns
 * ({@code common-acronyms.txt}).
 *
 * <p>Immutable and thread-safe. Lookups of unknown or empty strings return an empty result. Acronyms match
 * case-sensitively; other names match regardless of case (the caller decides whether the text looks like a name).
 */
public final class Knowledge {

    private static final String BASE = "/org/newsgraph/pipeline/annotate/entities/";

    private final Map<String, KnownName> exact;
    private final Map<String, KnownName> folded;
    private final Set<String> outlets;
    private final Set<String> titles;
    private final Set<String> bodies;
    private final Set<String> organisationNouns;
    private final Map<String, Boolean> rulerNouns;
    private final Map<String, String> countryNames;
    private final Set<String> commonAcronyms;
    private final Map<String, Organ> organs;

    /**
     * An organ of an organisation ("Commission", "Secretariat").
     *
     * @param canonical   its name in title case
     * @param distinctive whether only an organisation of the kind the tables know has it, so that "its standby
     *                    force" may be read as the organ of the article's main organisation
     */
    public record Organ(String canonical, boolean distinctive) {
    }

    private Knowledge(Map<String, KnownName> exact, Map<String, KnownName> folded, Set<String> outlets,
                      Set<String> titles, Set<String> bodies, Set<String> organisationNouns,
                      Map<String, Boolean> rulerNouns, Map<String, String> countryNames, Set<String> commonAcronyms,
                      Map<String, Organ> organs) {
        this.exact = Map.copyOf(exact);
        this.folded = Map.copyOf(folded);
        this.outlets = Set.copyOf(outlets);
        this.titles = Set.copyOf(titles);
        this.bodies = Set.copyOf(bodies);
        this.organisationNouns = Set.copyOf(organisationNouns);
        this.rulerNouns = Map.copyOf(rulerNouns);
        this.countryNames = Map.copyOf(countryNames);
        this.commonAcronyms = Set.copyOf(commonAcronyms);
        this.organs = Map.copyOf(organs);
    }

    private static final class Standard {
        static final Knowledge INSTANCE = load(BASE);
    }

    /** The tables shipped with the project, read once. */
    public static Knowledge standard() {
        return Standard.INSTANCE;
    }

    /**
     * Tables read from another class-path folder ({@code base} ends with {@code /}); a table that folder lacks is
     * the shipped one. Tests use it to read invented countries and organisations instead of real ones.
     */
    public static Knowledge fromTables(String base) {
        if (base == null || !base.startsWith("/") || !base.endsWith("/")) {
            throw new IllegalArgumentException("a table folder is an absolute class-path folder ending in /: " + base);
        }
        return load(base);
    }

    /** What {@code surface} names, after normalising white space and apostrophes. */
    public Optional<KnownName> lookup(String surface) {
        if (surface == null || surface.isBlank()) {
            return Optional.empty();
        }
        String s = normalise(surface);
        KnownName hit = exact.get(s);
        if (hit == null) {
            hit = folded.get(s.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(hit);
    }

    /** Whether {@code surface} is the name of a news outlet or agency (case-sensitive, white space normalised). */
    public boolean isOutlet(String surface) {
        return surface != null && outlets.contains(normalise(surface));
    }

    /** Whether the lower-cased phrase is a title, honorific or role noun ("president", "foreign minister"). */
    public boolean isTitle(String phrase) {
        return phrase != null && titles.contains(normalise(phrase).toLowerCase(Locale.ROOT));
    }

    /** Whether the phrase names a state body that a country's name or demonym qualifies ("foreign ministry"). */
    public boolean isStateBody(String phrase) {
        return phrase != null && bodies.contains(normalise(phrase).toLowerCase(Locale.ROOT));
    }

    /** Whether the word heads descriptions of organisations ("bloc", "automaker", "court"). */
    public boolean isOrganisationNoun(String word) {
        return word != null && organisationNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the lower-cased phrase names a group that seized power ("junta", "coup leaders", "soldiers"). */
    public boolean isRulerNoun(String phrase) {
        return phrase != null && rulerNouns.containsKey(normalise(phrase).toLowerCase(Locale.ROOT));
    }

    /** Whether the ruler noun names the group only with a definite article ("the soldiers", not "ten soldiers"). */
    public boolean rulerNounNeedsArticle(String phrase) {
        return phrase != null && rulerNouns.getOrDefault(normalise(phrase).toLowerCase(Locale.ROOT), false);
    }

    /** Whether {@code word} is the acronym of a common noun ("EV", "GDP"), never a name (case-sensitive). */
    public boolean isCommonAcronym(String word) {
        return word != null && commonAcronyms.contains(word);
    }

    /** The organ of an organisation that {@code phrase} names, in any case ("secretariat", "Commission"). */
    public Optional<Organ> organ(String phrase) {
        return phrase == null ? Optional.empty() : Optional.ofNullable(organs.get(normalise(phrase).toLowerCase(Locale.ROOT)));
    }

    /** The name of the country with ISO 3166 alpha-3 code {@code iso}, if the tables know it. */
    public Optional<String> countryName(String iso) {
        return Optional.ofNullable(iso == null ? null : countryNames.get(iso));
    }

    /** Collapses white space, makes apostrophes and quotation marks plain. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && !b.isEmpty()) {
                b.append(' ');
            }
            space = false;
            b.append(switch (c) {
                case '’', '‘', '`', '´' -> '\'';
                case '‐', '‑', '–' -> '-';
                default -> c;
            });
        }
        return b.toString();
    }

    private static Knowledge load(String base) {
        Map<String, KnownName> exact = new HashMap<>();
        Map<String, KnownName> folded = new HashMap<>();
        Map<String, String> countryNames = new HashMap<>();
        for (String[] row : rows(base, "countries.tsv", 6)) {
            String iso = row[0];
            countryNames.putIfAbsent(iso, row[1]);
            KnownEntity country = new KnownEntity("gpe:" + iso, EntityType.GPE, row[1], iso);
            put(exact, folded, row[1], new KnownName(country, MentionKind.NAME, null));
            for (String v : list(row[2])) {
                put(exact, folded, v, new KnownName(country, isAcronym(v) ? MentionKind.ACRONYM : MentionKind.NAME, null));
            }
            for (String d : list(row[3])) {
                put(exact, folded, d, new KnownName(country, MentionKind.DEMONYM, null));
            }
            for (String capital : list(row[4])) {
                KnownEntity city = new KnownEntity("gpe:" + iso + ":" + NameKeys.slug(list(row[4]).get(0)),
                        EntityType.GPE, list(row[4]).get(0), iso);
                put(exact, folded, capital, new KnownName(country, MentionKind.METONYM, city));
            }
            for (String m : list(row[5])) {
                put(exact, folded, m, new KnownName(country, MentionKind.METONYM, null));
            }
        }
        for (String[] row : rows(base, "organisations.tsv", 6)) {
            KnownEntity org = new KnownEntity(row[0], EntityType.valueOf(row[1]), row[2],
                    row[5].isBlank() ? null : row[5]);
            put(exact, folded, row[2], new KnownName(org, isAcronym(row[2]) ? MentionKind.ACRONYM : MentionKind.NAME, null));
            for (String v : list(row[3])) {
                put(exact, folded, v, new KnownName(org, isAcronym(v) ? MentionKind.ACRONYM : MentionKind.NAME, null));
            }
            for (String a : list(row[4])) {
                put(exact, folded, a, new KnownName(org, MentionKind.ACRONYM, null));
            }
        }
        Set<String> outlets = new HashSet<>();
        for (String[] row : rows(base, "outlets.txt", 1)) {
            outlets.add(normalise(row[0]));
        }
        Set<String> titles = new HashSet<>();
        for (String[] row : rows(base, "titles.txt", 1)) {
            titles.add(normalise(row[0]).toLowerCase(Locale.ROOT));
        }
        Map<String, Boolean> rulerNouns = new HashMap<>();
        for (String[] row : rows(base, "ruler-nouns.txt", 2)) {
            rulerNouns.put(normalise(row[0]).toLowerCase(Locale.ROOT), row[1].equals("definite"));
        }
        return new Knowledge(exact, folded, outlets, titles, words(base, "bodies.txt"),
                words(base, "organisation-nouns.txt"), rulerNouns, countryNames,
                exactWords(base, "common-acronyms.txt"), organs(base));
    }

    private static Map<String, Organ> organs(String base) {
        Map<String, Organ> organs = new HashMap<>();
        for (String[] row : rows(base, "organs.tsv", 3)) {
            Organ organ = new Organ(row[0], row[1].equals("distinctive"));
            List<String> names = new ArrayList<>(list(row[2]));
            names.add(0, row[0]);
            for (String name : names) {
                for (String v : PhraseVariants.of(name)) {
                    organs.putIfAbsent(v, organ);
                }
            }
        }
        return organs;
    }

    private static Set<String> exactWords(String base, String resource) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(base, resource, 1)) {
            out.add(normalise(row[0]));
        }
        return out;
    }

    private static Set<String> words(String base, String resource) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(base, resource, 1)) {
            out.add(normalise(row[0]).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean isAcronym(String s) {
        String letters = s.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static void put(Map<String, KnownName> exact, Map<String, KnownName> folded, String surface, KnownName name) {
        String s = normalise(surface);
        if (s.isEmpty()) {
            return;
        }
        if (isAcronym(s)) {
            exact.putIfAbsent(s, name);
        } else {
            folded.putIfAbsent(s.toLowerCase(Locale.ROOT), name);
        }
    }

    private static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String[]> rows(String base, String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        InputStream own = Knowledge.class.getResourceAsStream(base + resource);
        try (InputStream in = own != null ? own : Knowledge.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge table " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = i < cells.length ? cells[i].strip() : "";
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge table " + resource, e);
        }
        return rows;
    }
}
