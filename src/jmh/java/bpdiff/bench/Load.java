package bpdiff.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load, as {@code /proc/loadavg} gives it: printed before and after every measurement. */
final class Load {

    private Load() {}

    /** @return the 1-, 5- and 15-minute load averages and the core count, or a note where there is no /proc */
    static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2] + " (1, 5, 15 min; "
                    + Runtime.getRuntime().availableProcessors() + " cores)";
        } catch (IOException e) {
            return "unknown (no /proc/loadavg)";
        }
    }
}
