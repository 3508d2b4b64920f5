package bpdiff.program.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The hash table of a CPython set, slot for slot, so that a set iterates in CPython's order: open addressing
 * with up to 9 linear probes, then a perturbed jump {@code i = 5i + 1 + perturb}; 8 slots to start, grown to
 * the smallest power of two above four times the elements once two thirds (by fill, dummies included) are
 * taken; a removed element leaves a dummy. With CPython's hashes ({@link PythonHash}) integers, floats and
 * tuples of them land where CPython puts them; strings hash differently in every CPython run, so their order
 * is CPython's for some run, not for every run.
 */
final class SetTable {

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final HashKey DUMMY = HashKey.of(new PyStr("<dummy>"));

    private HashKey[] keys = new HashKey[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int fill;
    private int used;
    private int finger;

    /** @return the number of elements */
    int size() {
        return used;
    }

    /** @return the slot mask (table size − 1) */
    private int mask() {
        return keys.length - 1;
    }

    /**
     * @param key an element
     * @return whether it was new
     */
    boolean add(HashKey key) {
        long hash = PythonHash.of(key.value());
        int j = probe(key, hash);
        if (j >= 0) {
            return false;
        }
        j = -j - 1;
        boolean empty = keys[j] == null;
        keys[j] = key;
        hashes[j] = hash;
        used++;
        if (empty) {
            fill++;
            if ((long) fill * 5 >= (long) mask() * 3) {
                resize(used > 50000 ? used * 2 : used * 4);
            }
        }
        return true;
    }

    /**
     * CPython's probe sequence for a key.
     *
     * @param key a value
     * @param hash its hash
     * @return its slot, or −(slot + 1) for the slot it would take: the first dummy passed, else the empty slot
     *     that ended the probe
     */
    private int probe(HashKey key, long hash) {
        int mask = mask();
        int i = (int) (hash & mask);
        long perturb = hash;
        int free = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            for (int p = 0; p <= probes; p++, j++) {
                HashKey k = keys[j];
                if (k == null) {
                    return -(free >= 0 ? free : j) - 1;
                }
                if (k == DUMMY) {
                    if (free < 0) {
                        free = j;
                    }
                } else if (hashes[j] == hash && k.equals(key)) {
                    return j;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private int find(HashKey key) {
        return Math.max(probe(key, PythonHash.of(key.value())), -1);
    }

    /**
     * @param key a value
     * @return whether it is an element
     */
    boolean contains(HashKey key) {
        return find(key) >= 0;
    }

    /**
     * @param key an element
     * @return whether it was there (it leaves a dummy)
     */
    boolean remove(HashKey key) {
        int j = find(key);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** @return the element {@code set.pop()} takes: the first in table order from where the last pop stopped */
    HashKey pop() {
        int mask = mask();
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j = (j + 1) & mask;
        }
        HashKey key = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        return key;
    }

    /** Removes every element. */
    void clear() {
        keys = new HashKey[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
    }

    /**
     * Copies another table's elements in, as CPython's {@code set_merge} does (slot for slot into an empty
     * table of the same size; else by insertion in the other's order).
     *
     * @param other the other table
     */
    void merge(SetTable other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask() * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask() == other.mask() && other.fill == other.used) {
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int k = 0; k < other.keys.length; k++) {
                if (other.keys[k] != null && other.keys[k] != DUMMY) {
                    insertClean(keys, other.keys[k], other.hashes[k]);
                }
            }
            return;
        }
        for (int k = 0; k < other.keys.length; k++) {
            if (other.keys[k] != null && other.keys[k] != DUMMY) {
                add(other.keys[k]);
            }
        }
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        HashKey[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new HashKey[size];
        hashes = new long[size];
        fill = used;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null && oldKeys[k] != DUMMY) {
                insertClean(keys, oldKeys[k], oldHashes[k]);
            }
        }
    }

    private void insertClean(HashKey[] table, HashKey key, long hash) {
        int mask = table.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * Takes another table's layout as it is ({@code set_swap_bodies}, how the in-place updates finish).
     *
     * @param other the table whose slots to take
     */
    void replaceWith(SetTable other) {
        keys = other.keys.clone();
        hashes = other.hashes.clone();
        fill = other.fill;
        used = other.used;
    }

    /** @return the elements in table order */
    List<HashKey> elements() {
        List<HashKey> out = new ArrayList<>(used);
        for (HashKey k : keys) {
            if (k != null && k != DUMMY) {
                out.add(k);
            }
        }
        return out;
    }
}
