package bpdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** A place in a file: how messages write it, the order problems are reported in, and the line's text it carries. */
class PositionTest {

    @Test
    void isWrittenAsCompilersWriteIt() {
        assertEquals("hw2.py", Position.of("hw2.py").where());
        assertEquals("hw2.py:12", new Position("hw2.py", 0, 12, 0).where());
        assertEquals("hw2.py:12:5", new Position("hw2.py", 0, 12, 5).where());
        assertEquals("hw2.ipynb:cell 4", new Position("hw2.ipynb", 4, 0, 0).where());
        assertEquals("hw2.ipynb:cell 4:3:5", new Position("hw2.ipynb", 4, 3, 5).where());
    }

    @Test
    void sortsByFileCellLineAndColumnNeverByText() {
        Position a = new Position("a.py", 0, 2, 9, "zzz");
        Position b = new Position("a.py", 0, 10, 1, "aaa");
        Position c = new Position("b.ipynb", 1, 7, 1);
        Position d = new Position("b.ipynb", 2, 1, 1);
        Position e = new Position("b.ipynb", 2, 1, 3);
        List<Position> sorted = new ArrayList<>(List.of(e, d, c, b, a));
        sorted.sort(Position.ORDER);
        assertEquals(List.of(a, b, c, d, e), sorted);
    }

    @Test
    void carriesTheLineItPointsAt() {
        Position at = Position.in("t.py", List.of("x = 1", "y = x +* 2  # two"), 2, 0);
        assertEquals("y = x +* 2  # two", at.excerpt());
        assertEquals(new Position("t.py", 0, 2, 8, "y = x +* 2  # two"), at.atColumn(8));
        assertNull(Position.in("t.py", List.of("x = 1"), 3, 1).excerpt());
    }

    @Test
    void aJsonErrorIsAtItsLineWithTheLinesText() {
        String text = "{\n  \"lr\": 0.5,\n  \"layers\": [2, 2,, 2]\n}\n";
        JsonProcessingException e = Assertions.assertThrows(JsonProcessingException.class,
                () -> new ObjectMapper().readTree(text));
        Position at = JsonProblem.position(e, "net.json", text);
        assertEquals("net.json", at.file());
        assertEquals(3, at.line());
        assertEquals("  \"layers\": [2, 2,, 2]", at.excerpt());
        assertNull(JsonProblem.position(e, "request body", null).excerpt());
    }

    @Test
    void aBadInputAtAPositionIsWhereItSays() {
        Position at = new Position("t.py", 0, 2, 8, "y = x +* 2");
        BadInputException e = new BadInputException("syntax error: unexpected '*'", at);
        assertEquals(at, e.position());
        assertEquals("t.py:2:8", e.where());
        assertEquals("syntax error: unexpected '*' (t.py:2:8)", e.getMessage());
        assertNull(new BadInputException("the learning rate must be positive", "--lr").position());
    }
}
