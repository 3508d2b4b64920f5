package bpdiff.cli;

import picocli.CommandLine;

/** Reads bpdiff's version from the jar's manifest ({@code Implementation-Version}). */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** @return bpdiff's version, or {@code dev} when run from classes rather than the jar */
    public static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"bpdiff " + version()};
    }
}
