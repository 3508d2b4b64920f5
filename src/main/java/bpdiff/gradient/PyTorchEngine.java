package bpdiff.gradient;

import ai.djl.engine.Engine;
import java.util.Locale;

/**
 * Starts DJL's PyTorch engine offline, from the native library inside the
 * {@code ai.djl.pytorch:pytorch-native-cpu} jar on the class path.
 *
 * <p>Offline mode is switched on before the engine is first touched and never switched off, so DJL
 * cannot download anything: a missing native library is an error, not a download. (An environment
 * variable {@code DJL_OFFLINE} takes precedence in DJL; bpdiff's Makefile and CI do not set it.)
 *
 * <p>The engine runs one intra-op thread unless the user asks for another number with
 * {@code -Dai.djl.pytorch.num_threads=N}. bpdiff's tensors have a few to a few thousand elements: split over
 * OpenMP threads the work costs more than the arithmetic (a batched sweep of 1000 configurations ran about
 * 1.5× slower with one thread per core), and a reduction split across threads may add in another order from
 * run to run, which would break bpdiff's promise of byte-identical results. PyTorch in Python runs the
 * homework with one thread as well.
 */
public final class PyTorchEngine {

    /** The name DJL registers the engine under. */
    public static final String NAME = "PyTorch";

    /** DJL's system property for the number of intra-op threads, read when the engine starts. */
    static final String THREADS = "ai.djl.pytorch.num_threads";

    /** Why the engine could not start, once it was tried; a later call gives the same answer. */
    private static EngineUnavailableException failure;

    /** The thread {@link #startLoading} started, or {@code null}. */
    private static volatile Thread loading;

    private PyTorchEngine() {}

    /**
     * Starts the engine on a thread of its own, so that a command's other start-up work (parsing, loading its own
     * classes) overlaps the loading of PyTorch's native library, a good part of a second; {@link #get} waits for it.
     * A failure is kept for {@link #get} to report.
     */
    public static void startLoading() {
        Thread thread = new Thread(() -> {
            try {
                get();
            } catch (EngineUnavailableException e) {
                // get() reports it to whoever needs the engine
            }
        }, "bpdiff-engine-start");
        thread.setDaemon(true);
        loading = thread;
        thread.start();
    }

    /**
     * Waits until a loading {@link #startLoading} began has ended, before the process exits: a process that exits
     * while the native library is still being loaded on the other thread can crash in the library's static
     * destructors: a bad flag, refused before the engine was needed, once ended in {@code free(): invalid pointer}
     * and exit status 134 instead of 2 (seen once in some two hundred runs; waiting here removes the race).
     */
    public static void awaitLoading() {
        Thread thread = loading;
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Returns the started engine.
     *
     * @return DJL's PyTorch engine
     * @throws EngineUnavailableException if the native library cannot be loaded
     */
    public static synchronized Engine get() {
        if (failure != null) {
            throw failure;
        }
        System.setProperty("ai.djl.offline", "true");
        if (System.getProperty(THREADS) == null) {
            System.setProperty(THREADS, "1");
        }
        try {
            return Engine.getEngine(NAME);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            failure = new EngineUnavailableException("cannot start the PyTorch engine offline on "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                    + ": this machine needs ai.djl.pytorch:pytorch-native-cpu:2.7.1 with classifier "
                    + classifier() + " on the class path (" + rootMessage(e) + ")", e);
            throw failure;
        }
    }

    /** @return the classifier of {@code pytorch-native-cpu} that this OS and architecture need */
    public static String classifier() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osPart = os.startsWith("mac") ? "osx" : os.startsWith("win") ? "win" : os.startsWith("linux") ? "linux" : os;
        String archPart = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch;
        return osPart + "-" + archPart;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
