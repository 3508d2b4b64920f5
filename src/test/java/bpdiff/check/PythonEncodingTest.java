package bpdiff.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.BadInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A Python file's bytes are read as CPython 3.11 reads them (PEP 263). What CPython does with each file below was
 * seen with {@code /usr/bin/python3}: the declared Latin-1 file runs and prints {@code Zoë}; the same bytes without
 * the declaration fail with "SyntaxError: Non-UTF-8 code starting with '\xeb' in file … on line 2, but no encoding
 * declared"; {@code # coding: foo} fails with "SyntaxError: encoding problem: foo".
 */
class PythonEncodingTest {

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aDeclaredEncodingIsReadAsCPythonReadsIt() {
        assertEquals("# -*- coding: latin-1 -*-\nname = 'Zoë'\n",
                PythonEncoding.decode(latin1("# -*- coding: latin-1 -*-\nname = 'Zoë'\n"), "a.py"));
        // the second line declares it below a first line that is a comment (a #! line)
        assertEquals("#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\ns = '€'\n",
                PythonEncoding.decode("#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\ns = '€'\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")), "a.py"));
        assertEquals("x = 'é'\n", PythonEncoding.decode(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'x', ' ',
            '=', ' ', '\'', (byte) 0xc3, (byte) 0xa9, '\'', '\n'}, "a.py"), "a byte-order mark is dropped");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtItsFirstBadByte() {
        // CPython: "Non-UTF-8 code starting with '\xeb' in file … on line 2, but no encoding declared"
        BadInputException e = assertThrows(BadInputException.class,
                () -> PythonEncoding.decode(latin1("import math\nname = 'Zoë'\n"), "zoe.py"));
        assertTrue(e.getMessage().startsWith("the file is not UTF-8 text: byte 0xeb is not UTF-8 and no encoding is"
                + " declared"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(zoe.py:2:11)"), e.getMessage());
    }

    @Test
    void anUnknownEncodingIsRefusedAtItsDeclaration() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> PythonEncoding.decode(latin1("\n# coding: foo\nx = 1\n"), "foo.py"));
        assertEquals("unknown encoding: foo (the file's coding declaration) (foo.py:2:1)", e.getMessage());
    }
}
