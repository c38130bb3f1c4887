package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.codec.Json;
import picocli.CommandLine;

/** The command line's conventions, over the project's own examples ingested once into a real store. */
class CliConventionsTest {
    @TempDir
    static Path tmp;

    static String data;

    @BeforeAll
    static void ingestExamples() {
        data = tmp.resolve("data").toString();
        CliRunner r = CliRunner.run("ingest", "--data", data, Path.of("..", "examples").toString());
        assertThat(r.status()).as(r.err()).isZero();
    }

    private static void assertOneLineUsageError(CliRunner r, String... mentions) {
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("--help").doesNotContain("Exception").doesNotContain("java.");
        for (String m : mentions) {
            assertThat(r.err()).contains(m);
        }
    }

    @Test
    void usageErrorsAreOneLineNamingTheBadValueWithExitTwo() {
        assertOneLineUsageError(CliRunner.run("events", "--data", data, "--since", "2023-13-01"), "2023-13-01", "--since");
        assertOneLineUsageError(CliRunner.run("export", "--data", data, "--format", "csv", "--type", "FOO"), "FOO", "CONSULT");
        assertOneLineUsageError(CliRunner.run("export", "--data", data, "--format", "nonsense"), "nonsense");
        assertOneLineUsageError(CliRunner.run("search", "--data", data, "foo AND ("), "foo AND (");
        assertOneLineUsageError(CliRunner.run("events", "--data", data, "--limit", "0"), "--limit", "0");
        assertOneLineUsageError(CliRunner.run("events", "--data", data, "--no-such-option"), "--no-such-option");
        assertOneLineUsageError(CliRunner.run("events", "--data", tmp.resolve("typo").toString()), "typo");
        assertThat(Files.exists(tmp.resolve("typo"))).as("a mistyped --data creates nothing").isFalse();
    }

    @Test
    void watchRejectsAConfigWithAnUnknownKeyInOneLine() throws Exception {
        Path config = tmp.resolve("bad.toml");
        Files.writeString(config, "feeds = [\"http://127.0.0.1:9/feed.rss\"]\nfeed_timeout = 5\n");
        assertOneLineUsageError(CliRunner.run("watch", "--data", data, "--config", config.toString(), "--once"), "feed_timeout", "line 2");
        assertOneLineUsageError(CliRunner.run("watch", "--data", data, "--config", tmp.resolve("none.toml").toString()), "none.toml");
    }

    @Test
    void alertsAreSavedListedAndRemovedAndABadFilterIsAUsageError() {
        assertOneLineUsageError(CliRunner.run("alert", "--data", data, "talks", "--query", "from=yesterday"), "from");
        assertOneLineUsageError(CliRunner.run("alert", "--data", data, "bad name!", "--query", "q=x"), "bad name!");
        CliRunner saved = CliRunner.run("alert", "--data", data, "river", "--query", "q=river&type=CONSULT");
        assertThat(saved.status()).as(saved.err()).isZero();
        assertThat(CliRunner.run("alert", "--data", data, "--list").out()).contains("river\t/feeds/river.atom\tq=river&type=CONSULT");
        assertThat(CliRunner.run("alert", "--data", data, "--remove", "river").status()).isZero();
        assertThat(CliRunner.run("alert", "--data", data, "--list").out()).doesNotContain("river\t");
        assertThat(CliRunner.run("alert", "--data", data, "--remove", "river").status()).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void bareNewsgraphPrintsUsageAndExitsTwo() {
        CliRunner r = CliRunner.run();
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Usage: newsgraph").contains("ingest").contains("export");
    }

    @Test
    void everyOptionAndParameterOfEveryCommandHasHelpTextAndIngestHelpNamesFeedsAndWarc() {
        CommandLine cli = new CommandLine(new NewsgraphCommand());
        List<String> undocumented = new ArrayList<>();
        for (CommandLine sub : cli.getSubcommands().values()) {
            for (CommandLine.Model.ArgSpec arg : sub.getCommandSpec().args()) {
                String[] text = arg.description();
                if (text.length == 0 || String.join("", text).isBlank()) {
                    undocumented.add(sub.getCommandName() + " " + (arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel()));
                }
            }
        }
        assertThat(undocumented).isEmpty();
        String help = CliRunner.run("ingest", "--help").out();
        assertThat(help).containsIgnoringCase("feed").contains("WARC").contains("Atom");
    }

    @Test
    void eventsTakesTheExportFiltersAndShowGivesSourceTargetCameoAndEvidence() throws Exception {
        JsonNode all = Json.mapper().readTree(CliRunner.run("events", "--data", data, "--json").out());
        assertThat(all.size()).isGreaterThan(3);
        CliRunner consult = CliRunner.run("events", "--data", data, "--json", "--type", "consult");
        assertThat(consult.status()).isZero();
        JsonNode only = Json.mapper().readTree(consult.out());
        assertThat(only.size()).isPositive().isLessThan(all.size());
        only.forEach(e -> assertThat(e.get("type").asText()).isEqualTo("CONSULT"));
        CliRunner exported = CliRunner.run("export", "--data", data, "--format", "jsonl", "--type", "consult");
        assertThat(exported.out().lines().count()).isEqualTo(only.size());

        String id = only.get(0).get("id").asText();
        assertThat(id).matches("ev-[0-9a-f]{12}");
        CliRunner show = CliRunner.run("show", "--data", data, id);
        assertThat(show.out()).contains("source: ").contains("target: ").contains("CAMEO: 0").contains("evidence [");
        JsonNode shown = Json.mapper().readTree(CliRunner.run("show", "--data", data, "--json", id).out());
        assertThat(shown.path("event").path("id").asText()).isEqualTo(id);
        assertThat(shown.path("cameo").asText()).startsWith("0");
        assertThat(shown.path("evidence").get(0).path("sentence").asText()).isNotBlank();
        assertThat(shown.has("source")).isTrue();
        assertThat(shown.has("target")).isTrue();
    }

    @Test
    void theGdeltExportOfTheExamplesHasSixtyOneColumnsWithNumericIdsAndDaysOnEveryRow() {
        CliRunner r = CliRunner.run("export", "--data", data, "--format", "gdelt");
        assertThat(r.status()).isZero();
        List<String> rows = r.out().lines().toList();
        assertThat(rows).isNotEmpty();
        Pattern day = Pattern.compile("\\d{8}");
        for (String row : rows) {
            String[] cells = row.split("\t", -1);
            assertThat(cells).hasSize(61);
            assertThat(cells[0]).matches("\\d+");
            assertThat(cells[1]).matches(day);
            assertThat(cells[2]).isEqualTo(cells[1].substring(0, 6));
            assertThat(cells[3]).isEqualTo(cells[1].substring(0, 4));
            assertThat(cells[4]).matches("\\d{4}\\.\\d{4}");
            assertThat(cells[26]).matches("(\\d{3,4})?");
            assertThat(cells[30]).matches("(-?\\d+\\.\\d)?");
        }
        CliRunner mentions = CliRunner.run("export", "--data", data, "--format", "mentions");
        assertThat(mentions.out().lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(16));
    }
}
