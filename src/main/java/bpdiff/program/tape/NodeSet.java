package bpdiff.program.tape;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of tape node ids, as cheap as a {@link BitSet} over the tape's live window: ids at or above the window's
 * base are bits counted from the base, the few retained ids below it are kept apart. A traversal of one epoch
 * then costs the epoch's size, not the size of everything the program ever recorded.
 */
public final class NodeSet {

    private final int base;
    private final BitSet window = new BitSet();
    private Set<Integer> below;

    /**
     * @param tape the tape the ids are on
     */
    public NodeSet(Tape tape) {
        this.base = tape.base();
    }

    /**
     * @param id a node id
     * @return whether it was not in the set before
     */
    public boolean add(int id) {
        if (id >= base) {
            if (window.get(id - base)) {
                return false;
            }
            window.set(id - base);
            return true;
        }
        if (below == null) {
            below = new HashSet<>();
        }
        return below.add(id);
    }

    /**
     * @param id a node id
     * @return whether it is in the set
     */
    public boolean contains(int id) {
        return id >= base ? window.get(id - base) : below != null && below.contains(id);
    }

    /** @return the ids, ascending */
    public int[] toArray() {
        int[] high = window.stream().map(k -> k + base).toArray();
        if (below == null || below.isEmpty()) {
            return high;
        }
        int[] low = below.stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] all = Arrays.copyOf(low, low.length + high.length);
        System.arraycopy(high, 0, all, low.length, high.length);
        return all;
    }
}
