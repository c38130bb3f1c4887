package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.codec.Json;

/** The JSON API against a real server on loopback, over the hand-written fixture store. */
class ApiIT {
    @TempDir
    static Path dir;

    static TestServers servers;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        servers = TestServers.withFixture(dir.resolve("store"));
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(servers.url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return Json.mapper().readTree(r.body());
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void eventListIsNewestFirstAndPaged() throws Exception {
        HttpResponse<String> r = get("/api/events?limit=1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode page = json(r);
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(ids(page)).containsExactly(NewsFixture.VISIT);
        assertThat(page.get("next").asInt()).isEqualTo(1);
        assertThat(ids(json(get("/api/events?offset=1&limit=5")))).containsExactly(NewsFixture.MEETING, NewsFixture.MARKUP);
    }

    @Test
    void eventFiltersSelectByActorEntityAliasPlaceDateSourcesTypeAndOutlet() throws Exception {
        assertThat(ids(json(get("/api/events?actor=tomas%20lind")))).containsExactly(NewsFixture.VISIT);
        assertThat(ids(json(get("/api/events?entity=Berg")))).containsExactly(NewsFixture.MEETING);
        assertThat(ids(json(get("/api/events?entity=NAF")))).containsExactly(NewsFixture.VISIT, NewsFixture.MEETING);
        assertThat(ids(json(get("/api/events?place=geneva")))).containsExactly(NewsFixture.MEETING);
        assertThat(ids(json(get("/api/events?from=2024-04-01&to=2024-04-30")))).containsExactly(NewsFixture.VISIT);
        assertThat(ids(json(get("/api/events?minSources=2")))).containsExactly(NewsFixture.MEETING);
        assertThat(ids(json(get("/api/events?type=visit")))).containsExactly(NewsFixture.VISIT);
        assertThat(ids(json(get("/api/events?outlet=Coast%20Courier")))).containsExactly(NewsFixture.MEETING);
        assertThat(ids(json(get("/api/events?q=ceasefire")))).containsExactly(NewsFixture.MEETING);
        assertThat(ids(json(get("/api/events?story=" + NewsFixture.STORY)))).containsExactly(NewsFixture.VISIT, NewsFixture.MEETING);
    }

    @Test
    void badParametersAreProblemDocumentsNamingTheParameter() throws Exception {
        for (String[] c : new String[][] {{"/api/events?from=yesterday", "from"}, {"/api/events?limit=0", "limit"},
                {"/api/events?limit=100000", "limit"}, {"/api/events?offset=-3", "offset"}, {"/api/events?minSources=x", "minSources"},
                {"/api/events?colour=red", "colour"}, {"/api/events?from=2024-05-01&to=2024-04-01", "from"},
                {"/api/entities?type=PLANET", "type"}, {"/api/search?q=", "q"}, {"/api/search?q=a&mode=psychic", "mode"},
                {"/api/export?format=xlsx", "format"}}) {
            HttpResponse<String> r = get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(r.headers().firstValue("content-type").orElse("")).as(c[0]).startsWith("application/problem+json");
            JsonNode p = json(r);
            assertThat(p.get("status").asInt()).isEqualTo(400);
            assertThat(p.get("invalidParams").get(0).get("name").asText()).as(c[0]).isEqualTo(c[1]);
            assertThat(p.get("detail").asText()).as(c[0]).isNotBlank();
        }
    }

    @Test
    void unknownIdsPathsAndMethodsAreProblems() throws Exception {
        HttpResponse<String> missing = get("/api/events/no-such-event");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("detail").asText()).contains("no-such-event");
        assertThat(get("/api/nothing-here").statusCode()).isEqualTo(404);
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(servers.url("/api/events")))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("allow")).hasValue("GET");
    }

    @Test
    void anIdThatWasMergedOrRenamedRedirectsPermanentlyInTheApiAndThePages() throws Exception {
        HttpResponse<String> api = get("/api/events/" + NewsFixture.EARLIER_VISIT);
        assertThat(api.statusCode()).isEqualTo(301);
        assertThat(api.headers().firstValue("location")).hasValue("/api/events/" + NewsFixture.VISIT);
        assertThat(get("/api/events/" + NewsFixture.EARLIER_VISIT + "/sources").headers().firstValue("location"))
                .hasValue("/api/events/" + NewsFixture.VISIT + "/sources");
        assertThat(get("/api/stories/" + NewsFixture.EARLIER_STORY).headers().firstValue("location")).hasValue("/api/stories/" + NewsFixture.STORY);
        HttpResponse<String> page = get("/events/" + NewsFixture.EARLIER_VISIT);
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("location")).hasValue("/events/" + NewsFixture.VISIT);
        assertThat(get("/stories/" + NewsFixture.EARLIER_STORY).headers().firstValue("location")).hasValue("/stories/" + NewsFixture.STORY);
        HttpResponse<String> followed = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(servers.url("/api/events/" + NewsFixture.EARLIER_VISIT))).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(json(followed).get("event").get("id").asText()).isEqualTo(NewsFixture.VISIT);
    }

    @Test
    void aSavedSearchIsAnAtomFeedOfItsEventsAndIsListedInTheUi() throws Exception {
        HttpResponse<String> r = get("/feeds/" + NewsFixture.ALERT + ".atom");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/atom+xml");
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(r.body())));
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(atom);
        org.w3c.dom.NodeList entries = doc.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
            titles.add(e.getElementsByTagNameNS(atom, "title").item(0).getTextContent());
            assertThat(e.getElementsByTagNameNS(atom, "updated").item(0).getTextContent()).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
        }
        assertThat(titles).containsExactlyInAnyOrder("Ministers of Norland and Sudmark meet in Geneva", "Sudmark president visits Oslo");
        assertThat(doc.getElementsByTagNameNS(atom, "updated").item(0).getTextContent()).isEqualTo("2024-04-10T00:00:00Z");
        assertThat(get("/feeds/nobody.atom").statusCode()).isEqualTo(404);
        assertThat(get("/alerts").body()).contains("/feeds/talks.atom").contains("story=st-talks");
    }

    @Test
    void eventDetailHasOutletsQuotesCodedEvidenceAndDisagreement() throws Exception {
        JsonNode d = json(get("/api/events/" + NewsFixture.MEETING));
        assertThat(d.get("independentOutlets")).extracting(JsonNode::asText).containsExactly("Harbour Times", "Valley Post");
        assertThat(d.get("copyingOutlets")).extracting(JsonNode::asText).containsExactly("Coast Courier");
        JsonNode coded = d.get("coded").get(0);
        assertThat(coded.get("sentence").asText()).startsWith("Foreign ministers of Norland and Sudmark met in Geneva");
        assertThat(coded.get("trigger").asText()).isEqualTo("met");
        assertThat(coded.get("source").asText()).isEqualTo("Norland");
        int start = coded.get("triggerSpan").get("start").asInt();
        assertThat(NewsFixture.A1.substring(start, coded.get("triggerSpan").get("end").asInt())).isEqualTo("met");
        List<String> quotes = new ArrayList<>();
        d.get("quotes").forEach(q -> quotes.add(q.get("speakerName").asText() + ": " + q.get("text").asText()));
        assertThat(quotes).contains("Ana Berg: We made real progress today.", "Ana Berg: There is no trust left,");
        JsonNode disagreement = d.get("disagreements").get(0);
        assertThat(disagreement.get("field").asText()).isEqualTo("date");
        assertThat(disagreement.get("claims")).extracting(c -> c.get("value").asText()).containsExactly("2024-03-04", "2024-03-05");
    }

    @Test
    void entityDetailGathersAliasesRolesQuotesAndCooccurrence() throws Exception {
        JsonNode d = json(get("/api/entities/" + NewsFixture.BERG));
        assertThat(d.get("entity").get("aliases")).extracting(JsonNode::asText).contains("Ana Berg", "Berg");
        JsonNode role = d.get("entity").get("roles").get(0);
        assertThat(role.get("role").asText()).isEqualTo("foreign minister");
        assertThat(role.get("first").asText()).isEqualTo("2024-03-04");
        assertThat(role.get("last").asText()).isEqualTo("2024-03-06");
        assertThat(d.get("quotes")).hasSize(3); // two in a1 and its copy a2, one in a3
        assertThat(d.get("cooccurring")).extracting(c -> c.get("entityId").asText()).first().isEqualTo(NewsFixture.SUDMARK);
        assertThat(d.get("events")).extracting(e -> e.get("id").asText()).containsExactly(NewsFixture.MEETING);
    }

    @Test
    void quotesBySpeakerNameOrId() throws Exception {
        assertThat(json(get("/api/quotes?speaker=" + NewsFixture.LIND)).get("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/quotes?speaker=tomas%20lind")).get("items").get(0).get("text").asText()).isEqualTo("Peace is close,");
    }

    @Test
    void semanticSearchAlsoFindsOtherNamesOfTheEntity() throws Exception {
        JsonNode text = json(get("/api/search?q=NAF"));
        assertThat(text.get("hits")).extracting(h -> h.get("articleId").asText()).containsExactly("a4");
        JsonNode semantic = json(get("/api/search?q=NAF&mode=semantic"));
        assertThat(semantic.get("expanded")).extracting(JsonNode::asText).contains("Northern Alliance Force");
        assertThat(semantic.get("hits")).extracting(h -> h.get("articleId").asText()).containsExactlyInAnyOrder("a4", "a3");
    }

    @Test
    void storiesListTheirEventsInDateOrder() throws Exception {
        JsonNode s = json(get("/api/stories/" + NewsFixture.STORY));
        assertThat(s.get("events")).extracting(e -> e.get("id").asText()).containsExactly(NewsFixture.MEETING, NewsFixture.VISIT);
    }

    @Test
    void csvExportQuotesFieldsAndDefusesFormulas() throws Exception {
        HttpResponse<String> r = get("/api/export?format=csv&minSources=1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-disposition").orElse("")).contains("events.csv");
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo(String.join(",", org.newsgraph.export.CsvExportWriter.HEADER));
        assertThat(lines.get(0)).startsWith("id,date,weekday,date_text,type,cameo,source,target,place,lat,lon,");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ev-oslo,2024-04-10,Wednesday,2024-04-10,VISIT,")
                .contains(",Oslo,59.9100,10.7500,Tomas Lind,Sudmark president visits Oslo,1,a4,Harbour Times,st-talks,"));
        assertThat(org.newsgraph.server.api.ExportApi.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        HttpResponse<String> jsonl = get("/api/export?entity=" + NewsFixture.LIND);
        assertThat(jsonl.body().lines()).hasSize(1);
        assertThat(Json.mapper().readTree(jsonl.body().lines().findFirst().orElseThrow()).get("id").asText()).isEqualTo(NewsFixture.VISIT);
    }

    @Test
    void openApiDocumentDescribesEveryEndpoint() throws Exception {
        JsonNode doc = json(get("/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/events", "/api/events/{id}", "/api/events/{id}/sources", "/api/articles", "/api/articles/{id}",
                "/api/entities", "/api/entities/{id}", "/api/quotes", "/api/stories", "/api/stories/{id}", "/api/search", "/api/export",
                "/api/ingest", "/api/stats");
    }

    @Test
    void pagesEscapeMarkupFromTheData() throws Exception {
        HttpResponse<String> page = get("/events/" + NewsFixture.MARKUP);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<img src=x").doesNotContain("<script>alert")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;");
        assertThat(page.headers().firstValue("content-security-policy").orElse("")).contains("script-src 'self'");
    }

    @Test
    void everyPageAnswersOverTheFixture() throws Exception {
        for (String p : List.of("/", "/events", "/events?q=Geneva", "/events/" + NewsFixture.MEETING, "/events/" + NewsFixture.MEETING + "/sources",
                "/entities", "/entities/" + NewsFixture.BERG, "/stories", "/stories/" + NewsFixture.STORY, "/map", "/search?q=Berg",
                "/search?q=NAF&mode=semantic", "/articles/a1", "/static/newsgraph.css", "/static/graph.js", "/webjars/vis-network.min.js")) {
            assertThat(get(p).statusCode()).as(p).isEqualTo(200);
        }
        assertThat(get("/events?from=nonsense").statusCode()).isEqualTo(400);
        assertThat(get("/events?from=nonsense").body()).contains("must be a date like");
        assertThat(get("/entities/nobody").statusCode()).isEqualTo(404);
        String docs = get("/docs/api").body();
        assertThat(get("/docs/api").statusCode()).isEqualTo(200);
        assertThat(docs).contains("GET /api/events/{id}").contains("curl &quot;$NEWSGRAPH/api/events/ID&quot;")
                .contains("curl -X POST").contains("/openapi.json");
        assertThat(get("/map").body()).contains("Geneva: 1 event").contains("Oslo: 1 event");
        assertThat(get("/events/" + NewsFixture.MEETING).body()).contains("<mark class=\"evidence\"").contains("<strong class=\"trigger\"");
    }
}
