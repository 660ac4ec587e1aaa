package dev.archforge.sql.parse;

/**
 * Character classes and literal decoding of PostgreSQL's lexical rules, without lexer state:
 * identifier characters, dollar-quote tags, case folding of unquoted names, U&'' escapes.
 */
final class SqlChars {
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private SqlChars() {}

    /** The character as a string, shared for ASCII (punctuation tokens are most of a script's tokens). */
    static String asString(char c) {
        return c < ASCII.length ? ASCII[c] : String.valueOf(c);
    }

    /** Decodes {@code \XXXX} and {@code \+XXXXXX} in a U&'' literal, best effort (no UESCAPE). */
    static String unicodeEscapes(String value) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == '\\') {
                b.append('\\');
                i += 2;
            } else if (c == '\\' && hexRun(value, i + 1, 4)) {
                b.appendCodePoint(Integer.parseInt(value.substring(i + 1, i + 5), 16));
                i += 5;
            } else if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == '+' && hexRun(value, i + 2, 6)) {
                int cp = Integer.parseInt(value.substring(i + 2, i + 8), 16);
                b.appendCodePoint(Character.isValidCodePoint(cp) ? cp : '?');
                i += 8;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    static boolean hexRun(String s, int from, int length) {
        if (from + length > s.length()) {
            return false;
        }
        for (int i = from; i < from + length; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * PostgreSQL's blanks: space, tab, newline, carriage return, form feed and vertical tab. Other
     * Unicode spaces are identifier characters to its scanner, like every character above 0x7F.
     */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }

    static boolean isDollarTagStart(char c) {
        return isIdentStart(c);
    }

    static boolean isDollarTagPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Folds an unquoted identifier the way PostgreSQL does: ASCII letters to lower case. */
    static String foldCase(String word) {
        StringBuilder b = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (b == null) {
                    b = new StringBuilder(word);
                }
                b.setCharAt(i, (char) (c + 32));
            }
        }
        return b == null ? word : b.toString();
    }
}
