package bpdiff.serve;

/** A request that is answered with an error: thrown where the problem is found, answered by the handler. */
public final class RequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: exceptions of this kind never leave the process. */
    private final transient ErrorAnswer answer;

    /**
     * Creates the exception.
     *
     * @param answer what to answer
     */
    public RequestException(ErrorAnswer answer) {
        super(answer.message());
        this.answer = answer;
    }

    /** @return what to answer */
    public ErrorAnswer answer() {
        return answer;
    }
}
