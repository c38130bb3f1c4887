package org.newsgraph.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouterTest {
    final Handler ok = req -> Response.html(200, "");
    final Router router = new Router().add("GET", "/api/events", ok).add("GET", "/api/events/{id}", ok).add("POST", "/api/ingest", ok);

    @Test
    void pathParametersArePercentDecoded() {
        Router.Match m = router.match("GET", "/api/events/ev%3A1%2Fb+c");
        assertThat(m).isInstanceOfSatisfying(Router.Match.Found.class, f -> assertThat(f.params()).containsEntry("id", "ev:1/b+c"));
    }

    @Test
    void wrongMethodNamesTheAllowedOnesAndHeadFollowsGet() {
        assertThat(router.match("DELETE", "/api/ingest")).isInstanceOfSatisfying(Router.Match.WrongMethod.class,
                w -> assertThat(w.allowed()).containsExactly("POST"));
        assertThat(router.match("HEAD", "/api/events")).isInstanceOf(Router.Match.Found.class);
    }

    @Test
    void emptySegmentsAndUnknownPathsDoNotMatch() {
        assertThat(router.match("GET", "/api/events/")).isInstanceOf(Router.Match.Found.class);
        assertThat(router.match("GET", "/api/events//")).isInstanceOf(Router.Match.NotFound.class);
        assertThat(router.match("GET", "/api/nothing")).isInstanceOf(Router.Match.NotFound.class);
        assertThat(router.match("GET", "/api/events/a/b")).isInstanceOf(Router.Match.NotFound.class);
    }
}
