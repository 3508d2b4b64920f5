package bpdiff.cli;

import bpdiff.Version;
import picocli.CommandLine;

/** {@code bpdiff --version}: bpdiff's version from the jar's manifest ({@link Version}). */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"bpdiff " + Version.current()};
    }
}
