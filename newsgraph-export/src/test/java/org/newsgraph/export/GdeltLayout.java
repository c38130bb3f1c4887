package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The published GDELT 2.0 layouts as tests check them: for each column of the event table (61) and the mentions
 * table (16), in order, its name and the pattern its values must match (empty is allowed where GDELT leaves a
 * value blank; the id and dates are required). Written from the GDELT 2.0 Event Database codebook.
 */
final class GdeltLayout {
    private static final String INT = "-?\\d+";
    private static final String OPT_INT = "(-?\\d+)?";
    private static final String OPT_FLOAT = "(-?\\d+(\\.\\d+)?)?";
    private static final String CODE = "[A-Z0-9]*";
    private static final String TEXT = "[^\\t\\n\\r]*";
    private static final String STAMP = "(\\d{14})?";

    record Column(String name, Pattern pattern) {
    }

    static final List<Column> EVENTS = List.of(
            c("GLOBALEVENTID", "\\d+"), c("SQLDATE", "\\d{8}"), c("MonthYear", "\\d{6}"), c("Year", "\\d{4}"), c("FractionDate", "\\d{4}\\.\\d{4}"),
            c("Actor1Code", CODE), c("Actor1Name", TEXT), c("Actor1CountryCode", "([A-Z]{3})?"), c("Actor1KnownGroupCode", CODE),
            c("Actor1EthnicCode", CODE), c("Actor1Religion1Code", CODE), c("Actor1Religion2Code", CODE), c("Actor1Type1Code", "([A-Z]{3})?"),
            c("Actor1Type2Code", "([A-Z]{3})?"), c("Actor1Type3Code", "([A-Z]{3})?"),
            c("Actor2Code", CODE), c("Actor2Name", TEXT), c("Actor2CountryCode", "([A-Z]{3})?"), c("Actor2KnownGroupCode", CODE),
            c("Actor2EthnicCode", CODE), c("Actor2Religion1Code", CODE), c("Actor2Religion2Code", CODE), c("Actor2Type1Code", "([A-Z]{3})?"),
            c("Actor2Type2Code", "([A-Z]{3})?"), c("Actor2Type3Code", "([A-Z]{3})?"),
            c("IsRootEvent", "[01]"), c("EventCode", "(\\d{3,4})?"), c("EventBaseCode", "(\\d{3})?"), c("EventRootCode", "(\\d{2})?"),
            c("QuadClass", "[1-4]?"), c("GoldsteinScale", "(-?\\d{1,2}\\.\\d)?"), c("NumMentions", INT), c("NumSources", INT),
            c("NumArticles", INT), c("AvgTone", OPT_FLOAT),
            c("Actor1Geo_Type", "[0-5]?"), c("Actor1Geo_FullName", TEXT), c("Actor1Geo_CountryCode", "([A-Z]{2})?"),
            c("Actor1Geo_ADM1Code", CODE), c("Actor1Geo_ADM2Code", CODE), c("Actor1Geo_Lat", OPT_FLOAT), c("Actor1Geo_Long", OPT_FLOAT),
            c("Actor1Geo_FeatureID", TEXT),
            c("Actor2Geo_Type", "[0-5]?"), c("Actor2Geo_FullName", TEXT), c("Actor2Geo_CountryCode", "([A-Z]{2})?"),
            c("Actor2Geo_ADM1Code", CODE), c("Actor2Geo_ADM2Code", CODE), c("Actor2Geo_Lat", OPT_FLOAT), c("Actor2Geo_Long", OPT_FLOAT),
            c("Actor2Geo_FeatureID", TEXT),
            c("ActionGeo_Type", "[0-5]?"), c("ActionGeo_FullName", TEXT), c("ActionGeo_CountryCode", "([A-Z]{2})?"),
            c("ActionGeo_ADM1Code", CODE), c("ActionGeo_ADM2Code", CODE), c("ActionGeo_Lat", OPT_FLOAT), c("ActionGeo_Long", OPT_FLOAT),
            c("ActionGeo_FeatureID", TEXT),
            c("DATEADDED", STAMP), c("SOURCEURL", TEXT));

    static final List<Column> MENTIONS = List.of(
            c("GLOBALEVENTID", "\\d+"), c("EventTimeDate", STAMP), c("MentionTimeDate", STAMP), c("MentionType", "[1-6]"),
            c("MentionSourceName", TEXT), c("MentionIdentifier", TEXT), c("SentenceID", OPT_INT), c("Actor1CharOffset", OPT_INT),
            c("Actor2CharOffset", OPT_INT), c("ActionCharOffset", OPT_INT), c("InRawText", "[01]"), c("Confidence", "(\\d{1,3})?"),
            c("MentionDocLen", INT), c("MentionDocTone", OPT_FLOAT), c("MentionDocTranslationInfo", TEXT), c("Extras", TEXT));

    private GdeltLayout() {
    }

    private static Column c(String name, String regex) {
        return new Column(name, Pattern.compile(regex));
    }

    /** Every line has exactly the layout's column count, and every cell matches its column's pattern. */
    static void check(String table, List<Column> layout) {
        assertThat(table).doesNotContain("\r");
        List<String> lines = table.lines().toList();
        for (int n = 0; n < lines.size(); n++) {
            String[] cells = lines.get(n).split("\t", -1);
            assertThat(cells).as("line %d", n + 1).hasSize(layout.size());
            for (int i = 0; i < cells.length; i++) {
                assertThat(cells[i]).as("line %d column %d %s", n + 1, i + 1, layout.get(i).name()).matches(layout.get(i).pattern());
            }
        }
    }
}
