package org.newsgraph.pipeline.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Place name → {@link Place}: the countries of ISO 3166-1 by their English names (the JDK's locale data) and the
 * cities of {@value #CITIES} (GeoNames, see the package). Lookups ignore case, accents, a leading "the" and
 * punctuation. A name several places share goes to a country first, then to a city in one of the countries the
 * caller prefers (the countries an article names), then to the most populous. "City, Country" is read as that
 * city in that country. Loaded once; immutable and thread-safe.
 */
public final class Gazetteer {
    static final String CITIES = "cities.tsv";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Gazetteer BUNDLED = load();

    private final Map<String, Place> countries;
    private final Map<String, Place> countriesByCode;
    private final Map<String, List<Place>> cities;

    private Gazetteer(Map<String, Place> countries, Map<String, Place> countriesByCode, Map<String, List<Place>> cities) {
        this.countries = Map.copyOf(countries);
        this.countriesByCode = Map.copyOf(countriesByCode);
        this.cities = Map.copyOf(cities);
    }

    /** The bundled gazetteer. */
    public static Gazetteer bundled() {
        return BUNDLED;
    }

    /** The place of that name, most populous first among equals; empty for a name it does not know. */
    public Optional<Place> locate(String name) {
        return locate(name, Set.of());
    }

    /**
     * The place of that name, preferring cities in {@code preferredCountries} (ISO alpha-2 or alpha-3 codes, or
     * English country names); empty for a blank name or one it does not know.
     */
    public Optional<Place> locate(String name, Collection<String> preferredCountries) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = key(name);
        Place country = countries.get(key);
        if (country != null) {
            return Optional.of(country);
        }
        List<Place> candidates = cities.get(key);
        if (candidates == null && name.contains(",")) {
            String[] parts = name.split(",");
            Optional<Place> in = country(parts[parts.length - 1]);
            List<Place> first = cities.get(key(parts[0]));
            if (in.isPresent() && first != null) {
                return first.stream().filter(p -> p.country().equals(in.get().country())).findFirst().or(() -> in);
            }
            return first != null ? Optional.of(first.getFirst()) : in;
        }
        if (candidates == null) {
            return Optional.empty();
        }
        Set<String> preferred = new java.util.HashSet<>();
        for (String c : preferredCountries) {
            country(c).ifPresent(p -> preferred.add(p.country()));
        }
        return candidates.stream().filter(p -> preferred.contains(p.country())).findFirst().or(() -> Optional.of(candidates.getFirst()));
    }

    /** The country of that English name or ISO 3166-1 alpha-2 / alpha-3 code, or empty. */
    public Optional<Place> country(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String s = nameOrCode.strip();
        Place byCode = countriesByCode.get(s.toUpperCase(Locale.ROOT));
        return byCode != null && s.equals(s.toUpperCase(Locale.ROOT)) ? Optional.of(byCode) : Optional.ofNullable(countries.get(key(s)));
    }

    /** Whether that name is a country or a city the gazetteer knows. */
    public boolean knows(String name) {
        return locate(name).isPresent();
    }

    static String key(String s) {
        String k = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        k = NOT_WORD.matcher(k).replaceAll(" ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static Gazetteer load() {
        Map<String, List<Place>> cities = new HashMap<>();
        Map<String, List<Place>> byCountry = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(CITIES)) {
            if (in == null) {
                throw new IllegalStateException("the bundled gazetteer " + CITIES + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 7) {
                    throw new IllegalStateException(CITIES + " line " + number + ": needs 7 tab-separated columns");
                }
                String iso2 = f[1];
                Place p = new Place(f[0], Place.Kind.CITY, iso2, iso3(iso2), englishName(iso2), Double.parseDouble(f[5]),
                        Double.parseDouble(f[6]), Long.parseLong(f[4]));
                cities.computeIfAbsent(key(f[0]), k -> new ArrayList<>()).add(p);
                List<Place> ofCountry = byCountry.computeIfAbsent(iso2, k -> new ArrayList<>());
                if ("PPLC".equals(f[2])) {
                    ofCountry.addFirst(p);
                } else {
                    ofCountry.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Comparator<Place> populous = Comparator.comparingLong(Place::population).reversed().thenComparing(Place::name);
        cities.values().forEach(list -> list.sort(populous));
        Map<String, Place> countries = new HashMap<>();
        Map<String, Place> codes = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            String name = englishName(iso2);
            List<Place> listed = byCountry.getOrDefault(iso2, List.of());
            Place anchor = listed.isEmpty() ? null : listed.getFirst();
            long population = listed.stream().mapToLong(Place::population).sum();
            Place country = new Place(name, Place.Kind.COUNTRY, iso2, iso3(iso2), name, anchor == null ? 0 : anchor.lat(),
                    anchor == null ? 0 : anchor.lon(), population);
            countries.put(key(name), country);
            codes.put(iso2, country);
            if (!country.countryIso3().isEmpty()) {
                codes.put(country.countryIso3(), country);
            }
        }
        return new Gazetteer(countries, codes, cities);
    }

    private static String englishName(String iso2) {
        return Locale.of("", iso2).getDisplayCountry(Locale.ENGLISH);
    }

    private static String iso3(String iso2) {
        try {
            return Locale.of("", iso2).getISO3Country();
        } catch (MissingResourceException e) {
            return "";
        }
    }
}
