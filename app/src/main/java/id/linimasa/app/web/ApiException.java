package id.linimasa.app.web;

/** A request the API answers with an error status and a one-line reason, sent as JSON. */
final class ApiException extends RuntimeException {

    private final int status;

    private ApiException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    static ApiException badRequest(String reason) {
        return new ApiException(400, reason);
    }

    static ApiException notFound(String reason) {
        return new ApiException(404, reason);
    }

    int status() {
        return status;
    }
}
