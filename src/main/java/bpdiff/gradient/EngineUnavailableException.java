package bpdiff.gradient;

/**
 * The PyTorch engine could not start. The command line turns it into exit status 3 and one line that
 * names the {@code pytorch-native-cpu} classifier this machine needs.
 */
public final class EngineUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line saying what is missing
     * @param cause the engine's own exception, kept for {@code --debug}
     */
    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
