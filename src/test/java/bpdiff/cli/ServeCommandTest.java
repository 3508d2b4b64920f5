package bpdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.serve.ServeSettings;
import bpdiff.serve.Server;
import bpdiff.testing.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bpdiff serve}'s bad usage: exit status 2 and one line naming the flag, before anything listens. (The
 * running command, its SIGTERM and exit 0 are in {@code ServeLoadTest}.)
 */
class ServeCommandTest {

    @ParameterizedTest
    @CsvSource({
        "--port, 70000, 'the port must be between 0 and 65535, found 70000 (--port)'",
        "--workers, 0, 'workers must be between 1 and 64, found 0 (--workers)'",
        "--queue, -1, 'the queue must be between 0 and 1000, found -1 (--queue)'",
        "--time-limit, 0, 'the time limit must be between 0.01 and 3600 seconds, found 0.0 (--time-limit)'",
    })
    void aBadFlagIsExitTwoWithOneLine(String flag, String value, String message) {
        Cli.Result result = Cli.run("serve", flag, value);
        assertEquals(ExitCode.BAD_INPUT, result.status(), result.err());
        assertEquals("bpdiff: " + message + "\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void aPortInUseIsExitTwoWithOneLine() throws Exception {
        Server taken = Server.start(ServeSettings.defaults().withPort(0), new PrintWriter(new StringWriter()));
        try {
            String port = String.valueOf(taken.uri().getPort());
            Cli.Result result = Cli.run("serve", "--port", port);
            assertEquals(ExitCode.BAD_INPUT, result.status(), result.err());
            assertEquals(1, result.err().lines().count(), result.err());
            assertTrue(result.err().startsWith("bpdiff: cannot listen on 127.0.0.1 port " + port + ": Address already "
                    + "in use (--port)"), result.err());
        } finally {
            taken.stop(Duration.ofSeconds(10));
        }
    }
}
