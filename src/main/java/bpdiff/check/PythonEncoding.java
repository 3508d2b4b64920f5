package bpdiff.check;

import bpdiff.BadInputException;
import bpdiff.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Python file's bytes, decoded as CPython decodes a source file (PEP 263): UTF-8 (a byte-order mark
 * dropped), unless its first or second line declares another encoding ({@code # -*- coding: latin-1 -*-}). A file
 * that is not text in its encoding is refused at the line and column of its first byte that is not, as CPython
 * refuses it ("Non-UTF-8 code starting with '\xeb' … on line 3, but no encoding declared").
 */
public final class PythonEncoding {

    /** PEP 263's declaration, as CPython's tokenizer matches it on the first two lines. */
    private static final Pattern DECLARATION = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private PythonEncoding() {}

    /**
     * @param bytes a Python file's bytes
     * @param file its name, for messages
     * @return its text, without a byte-order mark
     * @throws BadInputException if it declares an encoding Java does not know, or is not text in its encoding
     */
    public static String decode(byte[] bytes, String file) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        String declared = declared(bytes, start);
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            charset = charset(declared);
            if (charset == null) {
                throw new BadInputException("unknown encoding: " + declared + " (the file's coding declaration)",
                        new Position(file, 0, declaredLine(bytes, start), 1));
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = start;
            for (int k = start; k < at; k++) {
                if (bytes[k] == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            int column = new String(bytes, lineStart, at - lineStart, charset).length() + 1;
            String bad = String.format(Locale.ROOT, "0x%02x", bytes[at] & 0xff);
            String problem = declared == null
                    ? "the file is not UTF-8 text: byte " + bad + " is not UTF-8 and no encoding is declared (save it"
                            + " as UTF-8, or declare its encoding on its first line as Python reads it:"
                            + " # -*- coding: latin-1 -*-)"
                    : "the file is not " + declared + " text as it declares: byte " + bad + " is not";
            throw new BadInputException(problem, new Position(file, 0, line, column));
        }
        out.flip();
        return out.toString();
    }

    /** The encoding the first or second line declares (the second only below a comment or blank line), or null. */
    private static String declared(byte[] bytes, int start) {
        int end1 = lineEnd(bytes, start);
        String first = new String(bytes, start, end1 - start, StandardCharsets.ISO_8859_1);
        Matcher m = DECLARATION.matcher(first);
        if (m.find()) {
            return m.group(1);
        }
        if (!first.isBlank() && !first.stripLeading().startsWith("#") || end1 >= bytes.length) {
            return null;
        }
        int end2 = lineEnd(bytes, end1 + 1);
        m = DECLARATION.matcher(new String(bytes, end1 + 1, end2 - end1 - 1, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    private static int declaredLine(byte[] bytes, int start) {
        return DECLARATION.matcher(new String(bytes, start, lineEnd(bytes, start) - start,
                StandardCharsets.ISO_8859_1)).find() ? 1 : 2;
    }

    private static int lineEnd(byte[] bytes, int from) {
        int k = from;
        while (k < bytes.length && bytes[k] != '\n' && bytes[k] != '\r') {
            k++;
        }
        return k;
    }

    /** Java's charset for Python's name of an encoding ({@code latin-1}, {@code utf8}, {@code cp1252}, …). */
    private static Charset charset(String python) {
        String name = python.toLowerCase(Locale.ROOT).replace('_', '-');
        name = switch (name) {
            case "latin-1", "latin1", "l1", "iso-latin-1", "iso8859-1", "8859" -> "ISO-8859-1";
            case "utf-8-sig", "utf8-sig" -> "UTF-8";
            default -> name;
        };
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
