package bpdiff.program.tape;

import java.util.Arrays;

/**
 * A set of tape node ids: an open-addressing hash set of ints, so that a traversal of one epoch costs the epoch's
 * size, whatever the ids and however many epochs the tape's window holds.
 */
public final class NodeSet {

    private static final int EMPTY = -1;

    private int[] slots = new int[32];
    private int size;

    /**
     * @param tape the tape the ids are on
     */
    public NodeSet(Tape tape) {
        Arrays.fill(slots, EMPTY);
    }

    /**
     * @param id a node id, not negative
     * @return whether it was not in the set before
     */
    public boolean add(int id) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int k = mix(id) & mask; ; k = (k + 1) & mask) {
            if (slots[k] == id) {
                return false;
            }
            if (slots[k] == EMPTY) {
                slots[k] = id;
                size++;
                return true;
            }
        }
    }

    /**
     * @param id a node id
     * @return whether it is in the set
     */
    public boolean contains(int id) {
        int mask = slots.length - 1;
        for (int k = mix(id) & mask; ; k = (k + 1) & mask) {
            if (slots[k] == id) {
                return true;
            }
            if (slots[k] == EMPTY) {
                return false;
            }
        }
    }

    /** @return the ids, ascending */
    public int[] toArray() {
        int[] ids = new int[size];
        int n = 0;
        for (int id : slots) {
            if (id != EMPTY) {
                ids[n++] = id;
            }
        }
        Arrays.sort(ids);
        return ids;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (int id : old) {
            if (id != EMPTY) {
                add(id);
            }
        }
    }

    private static int mix(int id) {
        return id * 0x9E3779B9 >>> 7 ^ id;
    }
}
