package bpdiff.program.tape;

import java.util.Arrays;

/** A stack of ints, for the traversals of the tape: {@code Deque<Integer>} without a box for every id. */
public final class IntStack {

    private int[] items = new int[16];
    private int size;

    /** @param value pushed on top */
    public void push(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    /** @return the top, removed; the stack must not be empty */
    public int pop() {
        return items[--size];
    }

    /** @return whether it is empty */
    public boolean isEmpty() {
        return size == 0;
    }
}
