package bpdiff.diff;

import bpdiff.Identified;

/**
 * What a comparison concluded. Only {@link #MATCH} is exit status 0, and only when every epoch asked for was
 * compared for every parameter by both sides.
 */
public enum Verdict implements Identified {
    /** They agree, at every epoch asked for. */
    MATCH("match"),
    /** They differ, or one side stopped (non-finite, or its output left the loss's domain) while the other went on. */
    MISMATCH("mismatch"),
    /**
     * Both sides stopped at the same epoch: their numbers stopped being finite, or their outputs left the loss's
     * domain. Nothing after that epoch was compared, so this is not a pass.
     */
    DIVERGED("diverged");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** @return {@code match}, {@code mismatch} or {@code diverged}, as written in JSON */
    @Override
    public String id() {
        return id;
    }

    /** @return {@link #id()} */
    @Override
    public String toString() {
        return id;
    }
}
