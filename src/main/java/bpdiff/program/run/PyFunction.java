package bpdiff.program.run;

import bpdiff.program.syntax.Stmt;
import java.util.List;
import java.util.Set;

/**
 * A function the program defined.
 *
 * @param def its definition
 * @param defaults the values of its parameters' defaults, computed when {@code def} ran ({@code null} where
 *     a parameter has none)
 * @param locals its local variables: parameters and every name it assigns, unless declared global
 */
public record PyFunction(Stmt.FunctionDef def, List<Value> defaults, Set<String> locals) implements Value {

    @Override
    public String typeName() {
        return "function";
    }
}
