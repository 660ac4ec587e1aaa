package dev.archforge.source;

import java.util.Arrays;

/**
 * One string per distinct scalar text of a document, looked up from the parser's character buffer.
 * API descriptions repeat their values heavily (GitHub's has 151,000 strings but 19,500 distinct
 * ones: {@code $ref} targets, types, formats, shared descriptions), so a repeated value costs no
 * {@code String} at all, the tree holds a third fewer objects for the collector to copy, and later
 * look-ups hash each distinct text once. Open addressing over parallel arrays; used by one
 * parse on one thread, then dropped.
 */
final class StringPool {
    private String[] strings;
    // the text of each pooled string again, compared as arrays: String.charAt per character
    // cost more than the rest of a look-up
    private char[][] texts;
    private int[] hashes;
    private int size;

    /**
     * A pool sized for about {@code expected} distinct texts, so that a big document rarely grows
     * it (growing rehashes in a loop that runs only a few times, so it stays interpreted).
     */
    StringPool(int expected) {
        int capacity = Integer.highestOneBit(Math.max(1 << 10, expected) * 2 - 1) << 1;
        strings = new String[capacity];
        texts = new char[capacity][];
        hashes = new int[capacity];
    }

    /** The pooled string with the text {@code chars[offset, offset + length)}. */
    String get(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = strings.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            char[] text = texts[slot];
            if (text == null) {
                String made = new String(chars, offset, length);
                strings[slot] = made;
                texts[slot] = Arrays.copyOfRange(chars, offset, offset + length);
                hashes[slot] = hash;
                if (++size * 2 > strings.length) {
                    grow();
                }
                return made;
            }
            if (hashes[slot] == hash
                    && text.length == length
                    && Arrays.equals(text, 0, length, chars, offset, offset + length)) {
                return strings[slot];
            }
        }
    }

    /** Mixes the high bits into the low ones, which pick the slot (as {@code HashMap} does). */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] oldStrings = strings;
        char[][] oldTexts = texts;
        int[] oldHashes = hashes;
        strings = new String[oldStrings.length * 2];
        texts = new char[oldStrings.length * 2][];
        hashes = new int[oldStrings.length * 2];
        int mask = strings.length - 1;
        for (int i = 0; i < oldStrings.length; i++) {
            if (oldTexts[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (texts[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                strings[slot] = oldStrings[i];
                texts[slot] = oldTexts[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
