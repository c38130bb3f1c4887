package org.newsgraph.server.api;

import java.util.List;
import java.util.Map;
import org.newsgraph.model.Problem;
import org.newsgraph.server.http.Response;
import org.newsgraph.store.codec.Json;

/** JSON bodies and problem documents, encoded with the model's JSON mapper. Stateless and thread-safe. */
public final class ApiResponses {
    private ApiResponses() {
    }

    public static Response json(int status, Object body) {
        return Response.text(status, Response.JSON, Json.write(body));
    }

    public static Response ok(Object body) {
        return json(200, body);
    }

    public static Response problem(int status, String title, String detail, String instance) {
        return problem(new ProblemDetail("about:blank", title, status, detail, instance, List.of()));
    }

    public static Response problem(ProblemDetail p) {
        return new Response(p.status(), Response.PROBLEM_JSON, Json.write(p).getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
    }

    /** A 400 for a rejected parameter; the problem's location is the parameter name. */
    public static Response badParameter(Problem problem, String instance) {
        return problem(new ProblemDetail("urn:newsgraph:problem:" + problem.code(), "Invalid request parameter", 400,
                problem.message(), instance, List.of(new ProblemDetail.InvalidParam(problem.location(), problem.message()))));
    }

    /**
     * A 301 to {@code prefix + newId + suffix}: the answer for an event or story id that was merged into (or renamed
     * to) {@code newId}. The id is percent-encoded as one path segment.
     */
    public static Response movedTo(String prefix, String newId, String suffix) {
        String location = prefix + java.net.URLEncoder.encode(newId, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + suffix;
        return json(301, Map.of("movedTo", newId, "location", location)).withHeader("Location", location);
    }

    public static Response notFound(String what, String id, String instance) {
        return problem(new ProblemDetail("urn:newsgraph:problem:not-found", "Not found", 404,
                "No " + what + " with id '" + id + "'.", instance, List.of()));
    }
}
