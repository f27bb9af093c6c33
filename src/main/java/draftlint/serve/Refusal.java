package draftlint.serve;

/** A request answered with an HTTP error and a one-line reason (400, 403, 413, 422, …). */
public final class Refusal extends Exception {
    private final int status;

    public Refusal(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
