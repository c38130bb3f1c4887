package org.newsgraph.server.api;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}).
 *
 * @param type          a URI naming the kind of problem ({@code about:blank} for plain HTTP statuses)
 * @param title         short summary of the kind of problem
 * @param status        the HTTP status
 * @param detail        what was wrong with this request, in one sentence
 * @param instance      the request path
 * @param invalidParams the parameters that were rejected, with why (empty when none)
 */
public record ProblemDetail(String type, String title, int status, String detail, String instance, List<InvalidParam> invalidParams) {
    public ProblemDetail {
        invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
    }

    /** One rejected parameter: its name and the reason. */
    public record InvalidParam(String name, String reason) {
    }
}
