package dev.moddesk.site;

/** The site answered with an error status: {@code status} is the HTTP status, {@code code} WordPress's error code. */
public final class SiteHttpException extends SiteException {
    private final int status;
    private final String code;

    public SiteHttpException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    /** WordPress's error code ({@code rest_comment_invalid_id} …), or empty. */
    public String code() {
        return code;
    }

    public boolean notFound() {
        return status == 404;
    }
}
