package bpdiff.program.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The nodes the parser makes of Python 3.11's grammar. Each expected tree is the shape of CPython's own
 * ({@code python3 -c 'import ast; print(ast.dump(ast.parse(...)))'}), in bpdiff's records.
 */
class GrammarTest {

    /** The tree, without the static check (the built-ins bpdiff runs are another matter). */
    private static List<Stmt> body(String text) {
        List<Problem> problems = new ArrayList<>();
        Program program = Parser.tree(text, "p.py", problems, new HashSet<>());
        assertEquals(List.of(), problems);
        return program.body();
    }

    private static Stmt only(String text) {
        List<Stmt> body = body(text);
        return body.get(body.size() - 1);
    }

    private static Expr value(String text) {
        return ((Stmt.Assign) only(text)).value();
    }

    private static List<Problem> problems(String text) {
        return assertThrows(BadProgramException.class, () -> Parser.parse(text, "p.py")).problems();
    }

    @Test
    void aCommentOrBlankLineFirstInABlockAndBlankLinesAfterItKeepTheBlocks() {
        // CPython: Module(body=[For(body=[Assign]), Expr]) for the example
        List<Stmt> body = body("for i in range(2):\n    # c\n    x = i\n\nprint(x)\n");
        assertEquals(2, body.size());
        assertEquals(1, assertInstanceOf(Stmt.For.class, body.get(0)).body().size());
        assertInstanceOf(Stmt.ExprStmt.class, body.get(1));
        body = body("v = 1\nif v: print(v)\nprint('after')\n   \n\n\nprint('end')\n");
        assertEquals(4, body.size());
        assertEquals(1, assertInstanceOf(Stmt.If.class, body.get(1)).body().size());
    }

    @Test
    void aLineInsideBalancedBracketsIsAContinuationWhateverItLooksLike() {
        // the recovery that ends a never-closed bracket at a line such as 'print,' never fires on valid Python
        assertEquals(1, body("x = [\nprint,\n]\n").size());
        assertEquals(1, body("x = (\n  1 +\nreturn_value)\n").size());
    }

    @Test
    void classesFunctionsAndParameterKinds() {
        Stmt.ClassDef c = assertInstanceOf(Stmt.ClassDef.class, only("class A(object, metaclass=type):\n"
                + "    def __init__(self, a, /, b, *args, k=1, **kw):\n        self.x = [*args]\n"));
        assertEquals(1, c.bases().size());
        assertEquals("metaclass", c.keywords().get(0).name());
        Stmt.FunctionDef init = (Stmt.FunctionDef) c.body().get(0);
        assertEquals(List.of(Stmt.Parameter.Kind.POSITIONAL_ONLY, Stmt.Parameter.Kind.POSITIONAL_ONLY,
                Stmt.Parameter.Kind.POSITIONAL, Stmt.Parameter.Kind.VAR_POSITIONAL, Stmt.Parameter.Kind.KEYWORD_ONLY,
                Stmt.Parameter.Kind.VAR_KEYWORD), init.parameters().stream().map(Stmt.Parameter::kind).toList());
        Stmt.Assign assign = (Stmt.Assign) init.body().get(0);
        assertInstanceOf(Expr.Attribute.class, assign.targets().get(0));
        Expr.ListExpr list = assertInstanceOf(Expr.ListExpr.class, assign.value());
        assertInstanceOf(Expr.Starred.class, list.elements().get(0));
        Stmt.FunctionDef decorated = assertInstanceOf(Stmt.FunctionDef.class,
                only("import math\n@math.floor\n@staticmethod\ndef f(*, k): return k\n"));
        assertEquals(2, decorated.decorators().size());
        assertEquals(Stmt.Parameter.Kind.KEYWORD_ONLY, decorated.parameters().get(0).kind());
        Expr.Lambda lambda = assertInstanceOf(Expr.Lambda.class, value("f = lambda x, *a, y=2, **k: x\n"));
        assertEquals(4, lambda.parameters().size());
        assertEquals(2, problems("def f(a=1, b):\n    pass\ndef g(*):\n    pass\n").size());
    }

    @Test
    void tryWithDeleteRaiseAndTheElseOfLoops() {
        Stmt.Try t = assertInstanceOf(Stmt.Try.class, only("try:\n    x = 1\nexcept (ValueError, KeyError) as e:\n"
                + "    raise RuntimeError('x') from e\nexcept Exception:\n    raise\nelse:\n    pass\nfinally:\n"
                + "    del x\n"));
        assertEquals(2, t.handlers().size());
        assertEquals("e", t.handlers().get(0).name());
        assertInstanceOf(Stmt.Raise.class, t.handlers().get(0).body().get(0));
        assertNull(((Stmt.Raise) t.handlers().get(1).body().get(0)).exception());
        assertInstanceOf(Stmt.Delete.class, t.finalBody().get(0));
        Stmt.With w = assertInstanceOf(Stmt.With.class, only("a = b = c = d = 1\nwith (a as x, b as (y, z)):\n"
                + "    pass\n"));
        assertEquals(2, w.items().size());
        w = assertInstanceOf(Stmt.With.class, only("a = b = 1\nwith (a, b) as c:\n    pass\n"));
        assertEquals(1, w.items().size());
        assertInstanceOf(Expr.TupleExpr.class, w.items().get(0).context());
        assertEquals(1, assertInstanceOf(Stmt.For.class, only("for x in []:\n    pass\nelse:\n    x = 1\n"))
                .orElse().size());
        assertEquals(1, assertInstanceOf(Stmt.While.class, only("while 0:\n    pass\nelse:\n    x = 1\n"))
                .orElse().size());
    }

    @Test
    void displaysAndComprehensions() {
        Expr.DictExpr dict = assertInstanceOf(Expr.DictExpr.class, value("m = {}\nd = {'a': 1, **m}\n"));
        assertNull(dict.keys().get(1));
        assertInstanceOf(Expr.DictExpr.class, value("d = {}\n"));
        assertInstanceOf(Expr.SetExpr.class, value("t = []\ns = {1, *t}\n"));
        assertInstanceOf(Expr.DictComp.class, value("m = {}\nd = {k: v for k, v in m.items()}\n"));
        assertInstanceOf(Expr.SetComp.class, value("y = []\ns = {x for x in y}\n"));
        assertInstanceOf(Expr.ListComp.class, value("y = []\ns = [x for x in y if x]\n"));
        assertInstanceOf(Expr.GeneratorExp.class, value("y = []\ns = (x for x in y)\n"));
        Expr.Call sum = assertInstanceOf(Expr.Call.class, value("y = []\ns = sum(x for x in y)\n"));
        Expr.GeneratorExp generator = assertInstanceOf(Expr.GeneratorExp.class, sum.arguments().get(0));
        assertEquals(8, generator.span().column(), "CPython places f(x for …)'s generator at the call's '('");
        Expr.Call call = assertInstanceOf(Expr.Call.class, value("a = k = f = 1\ns = f(*a, x=1, **k)\n"));
        assertInstanceOf(Expr.Starred.class, call.arguments().get(0));
        assertNull(call.keywords().get(1).name());
        Expr.Subscript slices = assertInstanceOf(Expr.Subscript.class, value("a = 1\ns = a[1:2, ::3]\n"));
        assertEquals(2, slices.indices().size());
        Expr.Subscript tuple = assertInstanceOf(Expr.Subscript.class, value("a = i = 1\ns = a[i,]\n"));
        assertInstanceOf(Expr.TupleExpr.class, tuple.indices().get(0));
        assertInstanceOf(Expr.EllipsisLiteral.class, value("x = ...\n"));
    }

    @Test
    void assignmentsOfEveryForm() {
        Stmt.Assign starred = assertInstanceOf(Stmt.Assign.class, only("c = [1, 2]\na, *b = c\n"));
        assertInstanceOf(Expr.Starred.class, ((Expr.TupleExpr) starred.targets().get(0)).elements().get(1));
        Stmt.AnnAssign annotated = assertInstanceOf(Stmt.AnnAssign.class, only("x: int = 1\n"));
        assertInstanceOf(Expr.Name.class, annotated.annotation());
        assertNull(assertInstanceOf(Stmt.AnnAssign.class, only("x: int\n")).value());
        Stmt.If walrus = assertInstanceOf(Stmt.If.class, only("a = []\nif (n := len(a)) > 1:\n    pass\n"));
        Expr.Compare test = assertInstanceOf(Expr.Compare.class, walrus.test());
        assertEquals("n", assertInstanceOf(Expr.NamedExpr.class, test.left()).target().id());
        assertEquals(2, assertInstanceOf(Stmt.Delete.class, only("a = b = [1]\ndel a, b[0]\n")).targets().size());
        Stmt.FunctionDef outer = assertInstanceOf(Stmt.FunctionDef.class,
                only("g = 1\ndef f():\n    global g\n    x = 1\n    def h():\n        nonlocal x\n        x = 2\n"));
        assertInstanceOf(Stmt.Nonlocal.class, ((Stmt.FunctionDef) outer.body().get(2)).body().get(0));
        assertEquals(1, problems("x := 1\n").size());
    }

    @Test
    void literalsAsCPythonDecodesThem() {
        // values from CPython: ast.literal_eval of the same literals
        assertEquals("Aéα\u0041\n", ((Expr.Str) value("s = \"\\x41\\u00e9\\N{GREEK SMALL LETTER ALPHA}\\101\\n\"\n"))
                .value());
        assertEquals("\\nx", ((Expr.Str) value("s = r\"\\n\" \"\\\nx\"\n")).value());
        List<Double> numbers = List.of(31.0, 15.0, 5.0, 1000.0, 0.5, 1.0, 0.001);
        Expr.TupleExpr tuple = (Expr.TupleExpr) value("n = 0x1F, 0o17, 0b101, 1_000, .5, 1., 1e-3\n");
        assertEquals(numbers, tuple.elements().stream().map(e -> ((Expr.Num) e).value()).toList());
        Expr.FString debug = assertInstanceOf(Expr.FString.class, value("x = 1\ns = f\"{x=}\"\n"));
        assertEquals("x=", ((Expr.Str) debug.parts().get(0)).value());
        assertEquals("r", ((Expr.FormattedValue) debug.parts().get(1)).conversion());
        Stmt.Assign ligature = assertInstanceOf(Stmt.Assign.class, body("ﬁ = 1\nprint(fi)\n").get(0));
        assertEquals("fi", ((Expr.Name) ligature.targets().get(0)).id(), "identifiers are NFKC-normalised");
        assertTrue(problems("s = b'a' 'b'\n").get(0).message().contains("cannot mix bytes and nonbytes"));
    }
}
