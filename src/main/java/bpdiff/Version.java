package bpdiff;

/** bpdiff's own version, read from the jar's manifest ({@code Implementation-Version}). */
public final class Version {

    private Version() {}

    /** @return bpdiff's version, or {@code dev} when run from classes rather than the jar */
    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
