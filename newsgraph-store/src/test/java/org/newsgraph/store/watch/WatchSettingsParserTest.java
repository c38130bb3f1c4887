package org.newsgraph.store.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Outcome;

class WatchSettingsParserTest {
    private static final Path FILE = Path.of("/srv/news/newsgraph.toml");

    private static Outcome<WatchSettings> parse(String text) {
        return WatchSettingsParser.parse(text, FILE);
    }

    private static String error(String text) {
        return ((Outcome.Failed<WatchSettings>) parse(text)).problem().message();
    }

    @Test
    void readsEveryKeyWithCommentsAndResolvesFoldersBesideTheFile() {
        WatchSettings s = ((Outcome.Ok<WatchSettings>) parse("""
                # what to poll
                feeds = ["https://news.example/rss", "http://127.0.0.1:8080/atom#x",]  # trailing comma
                folders = ["incoming", "/abs/drop"]
                interval_seconds = 60
                politeness_seconds = 1
                retries = 0
                backoff_seconds = 3
                user_agent = "newsgraph/0.1 (ops@news.example)"
                """)).value();
        assertThat(s.feeds()).containsExactly(URI.create("https://news.example/rss"), URI.create("http://127.0.0.1:8080/atom#x"));
        assertThat(s.folders()).containsExactly(Path.of("/srv/news/incoming"), Path.of("/abs/drop"));
        assertThat(s.interval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.politeness()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.retries()).isZero();
        assertThat(s.backoff()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.userAgent()).isEqualTo("newsgraph/0.1 (ops@news.example)");
        WatchSettings withServe = ((Outcome.Ok<WatchSettings>) parse("feeds = [\"https://news.example/rss\"]\n[serve]\nport = 9000\n")).value();
        assertThat(withServe.feeds()).hasSize(1);
        WatchSettings defaults = ((Outcome.Ok<WatchSettings>) parse("feeds = []")).value();
        assertThat(defaults.interval()).isEqualTo(Duration.ofSeconds(900));
        assertThat(defaults.sitemaps()).isEmpty();
        assertThat(defaults.pagesPerRound()).isEqualTo(WatchSettings.DEFAULT_PAGES_PER_ROUND);
        WatchSettings maps = ((Outcome.Ok<WatchSettings>) parse("sitemaps = [\"https://news.example/news-sitemap.xml\"]\npages_per_round = 25"))
                .value();
        assertThat(maps.sitemaps()).containsExactly(URI.create("https://news.example/news-sitemap.xml"));
        assertThat(maps.pagesPerRound()).isEqualTo(25);
        assertThat(defaults.userAgent()).isEqualTo(WatchSettings.DEFAULT_AGENT);
    }

    @Test
    void unknownKeysAndBadValuesAreProblemsNamingTheLine() {
        assertThat(error("feeds = []\nfeed_list = [\"x\"]")).contains("line 2").contains("unknown key 'feed_list'");
        assertThat(error("interval_seconds = soon")).contains("line 1").contains("interval_seconds");
        assertThat(error("feeds = [\"ftp://x.example/f\"]")).contains("not an http or https URL");
        assertThat(error("sitemaps = [\"file:///etc/passwd\"]")).contains("sitemap 'file:///etc/passwd' is not an http or https URL");
        assertThat(error("pages_per_round = 0")).contains("at least 1");
        assertThat(error("feeds = []\n[server]\nport = 1")).contains("line 2").contains("unknown section '[server]'");
        assertThat(error("retries = 1\nretries = 2")).contains("set twice");
        assertThat(error("just words")).contains("expected key = value");
        assertThat(error("interval_seconds = 0")).contains("at least 1");
        assertThat(error("feeds = \"https://one.example\"")).contains("must be a list");
    }

    @Test
    void robotsRulesPickTheAgentsGroupAndTheLongestMatch() {
        RobotsRules r = RobotsRules.parse("""
                User-agent: *
                Disallow: /
                User-agent: newsgraph
                Disallow: /private/
                Allow: /private/feeds/
                Disallow: /*.pdf$
                """, "newsgraph/0.1");
        assertThat(r.allows("/news/rss")).isTrue();
        assertThat(r.allows("/private/x")).isFalse();
        assertThat(r.allows("/private/feeds/a.xml")).isTrue();
        assertThat(r.allows("/docs/a.pdf")).isFalse();
        assertThat(r.allows("/docs/a.pdf?x")).isTrue();
        assertThat(RobotsRules.parse("User-agent: *\nDisallow: /\n", "other/1").allows("/x")).isFalse();
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "other/1").allows("/x")).isTrue();
        assertThat(RobotsRules.parse("garbage", "other/1").allows("/x")).isTrue();
    }
}
