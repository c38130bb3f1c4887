package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.codec.Json;
import org.newsgraph.store.embedded.EmbeddedStore;

/** Ingest over HTTP, the API token, request limits, and the pages of an empty store, against real servers. */
class WriteApiIT {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    static HttpResponse<String> send(TestServers s, String method, String path, String type, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path))).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static final String ARTICLE = "{\"text\": \"Dock workers in the port of Varna walked out on Friday over unpaid wages. "
            + "The union said the strike would last three days.\", \"title\": \"Varna dock workers strike\", \"outlet\": \"Harbour Times\", "
            + "\"published\": \"2024-05-03\", \"url\": \"https://harbour-times.example/varna-strike\"}";

    @Test
    void postedJsonArticlesBecomeSearchableEventsAndRepostingStoresNothingNew() throws Exception {
        try (TestServers s = TestServers.start(EmbeddedStore.open(dir), ServerSettings.defaults(0))) {
            assertThat(ApiIT.ids(Json.mapper().readTree(send(s, "GET", "/api/events", null, "", null).body()))).isEmpty();
            HttpResponse<String> r = send(s, "POST", "/api/ingest", "application/json", "{\"articles\": [" + ARTICLE + "]}", null);
            assertThat(r.statusCode()).isEqualTo(201);
            JsonNode report = Json.mapper().readTree(r.body());
            assertThat(report.get("added").asInt()).isEqualTo(1);
            assertThat(report.get("events").asInt()).isEqualTo(1);
            JsonNode events = Json.mapper().readTree(send(s, "GET", "/api/events", null, "", null).body());
            assertThat(events.get("items").get(0).get("headline").asText()).isEqualTo("Varna dock workers strike");
            JsonNode hits = Json.mapper().readTree(send(s, "GET", "/api/search?q=union", null, "", null).body());
            assertThat(hits.get("hits")).hasSize(1);
            HttpResponse<String> again = send(s, "POST", "/api/ingest", "application/json", ARTICLE, null);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(Json.mapper().readTree(again.body()).get("alreadyStored").asInt()).isEqualTo(1);
        }
    }

    @Test
    void anUntitledPostedArticleGivesAnEventHeadedByItsLeadAndASearchHitLinkedByItsLead() throws Exception {
        try (TestServers s = TestServers.start(EmbeddedStore.open(dir), ServerSettings.defaults(0))) {
            String untitled = "{\"id\": \"u1\", \"text\": \"BRENN (Coast Wire) - Fishermen in Brenn blocked the harbour on Tuesday over new quotas. "
                    + "The port authority said talks would begin next week.\", \"url\": \"https://coast-wire.example/brenn\"}";
            assertThat(send(s, "POST", "/api/ingest", "application/json", "{\"articles\": [" + untitled + "]}", null).statusCode()).isEqualTo(201);
            JsonNode event = Json.mapper().readTree(send(s, "GET", "/api/events", null, "", null).body()).get("items").get(0);
            assertThat(event.get("headline").asText()).isEqualTo("Fishermen in Brenn blocked the harbour on Tuesday over new quotas.");
            assertThat(event.get("headlineSource").get("articleId").asText()).isEqualTo("u1");
            assertThat(event.get("headlineSource").get("part").asText()).isEqualTo("LEAD");
            assertThat(event.get("id").asText()).matches("ev-[0-9a-f]{12}");
            String page = send(s, "GET", "/events/" + event.get("id").asText(), null, "", null).body();
            assertThat(page).contains("Fishermen in Brenn blocked the harbour").contains("the lead sentence").doesNotContain("Event ev-");
            String hits = send(s, "GET", "/search?q=quotas", null, "", null).body();
            assertThat(hits).containsPattern("<a href=\"/events/ev-[0-9a-f]{12}\">[^<]*Fishermen in Brenn");
        }
    }

    @Test
    void anArticleInAnotherLanguageShowsItsLanguageAndIsMarkedNotSupportedInsteadOfCoded() throws Exception {
        try (TestServers s = TestServers.start(EmbeddedStore.open(dir), ServerSettings.defaults(0))) {
            String french = "{\"id\": \"fr1\", \"title\": \"Les pêcheurs bloquent le port\", \"text\": \"Les pêcheurs de Brenn ont bloqué le port mardi "
                    + "pour protester contre les nouveaux quotas. Les discussions avec les autorités reprendront la semaine prochaine, a déclaré "
                    + "le maire dans un communiqué. « Nous ne pouvons pas vivre ainsi », a dit un pêcheur.\"}";
            assertThat(send(s, "POST", "/api/ingest", "application/json", "{\"articles\": [" + french + "]}", null).statusCode()).isEqualTo(201);
            JsonNode article = Json.mapper().readTree(send(s, "GET", "/api/articles/fr1", null, "", null).body());
            assertThat(article.toString()).contains("\"language\"").contains("\"fr\"");
            assertThat(send(s, "GET", "/articles/fr1", null, "", null).body()).contains("French (fr)").contains("language not supported yet");
            JsonNode event = Json.mapper().readTree(send(s, "GET", "/api/events", null, "", null).body()).get("items").get(0);
            assertThat(event.hasNonNull("type")).as("not coded").isFalse();
            assertThat(send(s, "GET", "/events/" + event.get("id").asText(), null, "", null).body()).contains("fr: language not supported yet");
        }
    }

    @Test
    void postedHtmlPageTakesItsHintsFromTheQuery() throws Exception {
        try (TestServers s = TestServers.start(EmbeddedStore.open(dir), ServerSettings.defaults(0))) {
            String html = "<html><head><title>Bridge reopens</title></head><body><article><p>The old bridge over the river reopened "
                    + "on Sunday after two years of repairs, the city council said.</p></article></body></html>";
            HttpResponse<String> r = send(s, "POST", "/api/ingest?url=https://valley-post.example/bridge&outlet=Valley%20Post&published=2024-06-02",
                    "text/html; charset=utf-8", html, null);
            assertThat(r.statusCode()).isEqualTo(201);
            JsonNode article = Json.mapper().readTree(send(s, "GET", "/api/articles", null, "", null).body()).get("items").get(0);
            assertThat(article.get("outlet").asText()).isEqualTo("Valley Post");
            assertThat(article.get("published").asText()).isEqualTo("2024-06-02");
            assertThat(send(s, "POST", "/api/ingest?published=soon", "text/html", html, null).statusCode()).isEqualTo(400);
        }
    }

    @Test
    void unusableIngestRequestsAreRejectedWithReasons() throws Exception {
        try (TestServers s = TestServers.start(EmbeddedStore.open(dir), ServerSettings.defaults(0))) {
            assertThat(send(s, "POST", "/api/ingest", "application/json", "{not json", null).statusCode()).isEqualTo(400);
            assertThat(send(s, "POST", "/api/ingest", "application/json", "", null).statusCode()).isEqualTo(400);
            assertThat(send(s, "POST", "/api/ingest", "image/png", "abc", null).statusCode()).isEqualTo(415);
            HttpResponse<String> none = send(s, "POST", "/api/ingest", "application/json", "[{\"title\": \"no body\"}]", null);
            assertThat(none.statusCode()).isEqualTo(422);
            assertThat(Json.mapper().readTree(none.body()).get("invalidParams").get(0).get("reason").asText()).startsWith("no-body");
        }
    }

    @Test
    void withATokenWritesNeedItAndReadsStayOpen() throws Exception {
        try (TestServers s = TestServers.start(EmbeddedStore.open(dir), ServerSettings.defaults(0).withToken("s3cret"))) {
            HttpResponse<String> anonymous = send(s, "POST", "/api/ingest", "application/json", ARTICLE, null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("www-authenticate")).isPresent();
            assertThat(send(s, "POST", "/api/ingest", "application/json", ARTICLE, "wrong").statusCode()).isEqualTo(401);
            assertThat(send(s, "POST", "/api/ingest", "application/json", ARTICLE, "s3cret").statusCode()).isEqualTo(201);
            assertThat(send(s, "GET", "/api/events", null, "", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        try (TestServers s = TestServers.start(EmbeddedStore.open(dir), new ServerSettings(0, null, 2048, 2))) {
            HttpResponse<String> r = send(s, "POST", "/api/ingest", "text/plain", "word ".repeat(1000), null);
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
            assertThat(s.store().articleCount()).isZero();
        }
    }

    @Test
    void emptyStorePagesExplainWhatToDo() throws Exception {
        try (TestServers s = TestServers.start(EmbeddedStore.open(dir), ServerSettings.defaults(0))) {
            for (String p : List.of("/", "/events", "/entities", "/stories", "/map", "/search?q=anything")) {
                HttpResponse<String> r = send(s, "GET", p, null, "", null);
                assertThat(r.statusCode()).as(p).isEqualTo(200);
                assertThat(r.body()).as(p).contains("class=\"empty\"").contains("newsgraph ingest");
            }
        }
    }
}
