package id.linimasa.app.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.util.List;

/**
 * One GET route of the API: its path (OpenAPI template syntax), the query parameters it accepts, its
 * page size (default and cap) and what answers it. The route table is the one list the server registers
 * and the OpenAPI document is checked against.
 */
record Endpoint(String path, List<Param> params, int defaultLimit, int maxLimit, Answer answer) {

    Endpoint {
        params = List.copyOf(params);
    }

    /** A query parameter and how many times it may be given. */
    record Param(String name, int maxRepeat) {
        static Param one(String name) {
            return new Param(name, 1);
        }
    }

    @FunctionalInterface
    interface Answer {
        /** The response body, serialised as JSON; throws {@link ApiException} for a 400 or 404. */
        Object answer(Context ctx, Params params) throws IOException;
    }

    Param param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    boolean paged() {
        return param("limit") != null;
    }
}
