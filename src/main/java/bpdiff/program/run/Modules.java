package bpdiff.program.run;

import bpdiff.program.Subset;
import bpdiff.program.syntax.Stmt;

/** The modules a program may import, and their members as values. */
final class Modules {

    private Modules() {}

    /**
     * The value an import binds.
     *
     * @param i the import (already checked against {@link Subset})
     * @return the module, or the imported member
     */
    static Value imported(Stmt.Import i) {
        String refused = Subset.refusedModule(i.module());
        if (refused != null) {
            throw new ProgramError(refused);
        }
        if (i.name() == null) {
            boolean dotted = i.module().contains(".") && i.alias().equals(i.module().split("\\.")[0]);
            return new PyModule(dotted ? i.module().split("\\.")[0] : i.module());
        }
        return member(i.module(), i.name());
    }

    /**
     * A member of a module.
     *
     * @param module the module's full name
     * @param name the member
     * @return its value: a constant, a sub-module or a function
     * @throws ProgramError {@code AttributeError} if the module has no such member
     */
    static Value member(String module, String name) {
        if (Subset.ignored(module)) {
            if (module.equals("matplotlib.pyplot") && name.equals("subplots")) {
                return new PyBuiltin("matplotlib.subplots");
            }
            return module.equals("matplotlib") && name.equals("pyplot") ? new PyModule("matplotlib.pyplot")
                    : PyIgnored.IGNORED;
        }
        String full = module + "." + name;
        if (Subset.MODULES.contains(full)) {
            return new PyModule(full);
        }
        switch (full) {
            case "numpy.pi":
                return PyFloat.of(Math.PI);
            case "numpy.e":
                return PyFloat.of(Math.E);
            case "numpy.newaxis":
                return PyNone.NONE;
            case "numpy.True_":
                return new PyBool(true, Value.NO_NODE, true);
            case "numpy.False_":
                return new PyBool(false, Value.NO_NODE, true);
            case "numpy.ndarray":
                return BuiltinTypes.NDARRAY;
            case "numpy.inf":
                return PyFloat.of(Double.POSITIVE_INFINITY);
            case "numpy.nan":
                return PyFloat.of(Double.NaN);
            case "numpy.c_":
                return PyConcatenator.COLUMNS;
            case "numpy.r_":
                return PyConcatenator.ROWS;
            default:
                break;
        }
        if (module.equals("torch.nn") && name.equals("Parameter")) {
            return TorchTypes.PARAMETER;
        }
        if (full.equals("torch.autograd.Function")) {
            return TorchCustomFunction.FUNCTION;
        }
        if (module.equals("torch.nn") && TorchNn.CLASSES.containsKey(name)) {
            return TorchNn.CLASSES.get(name);
        }
        if (module.equals("torch")) {
            if (name.equals("Tensor")) {
                return TorchTypes.TENSOR;
            }
            bpdiff.program.array.DType type = TorchTypes.named(name);
            if (type != null) {
                return new TorchTypes.TorchDType(type);
            }
        }
        if (full.equals("dataclasses.FrozenInstanceError") || full.equals("json.JSONDecodeError")) {
            return BuiltinTypes.exception(name);
        }
        if (full.equals("abc.ABC")) {
            return BuiltinTypes.ABC;
        }
        if (module.startsWith("sys")) {
            Value value = SystemModule.member(module, name);
            if (value != null) {
                return value;
            }
        }
        if (module.equals("math") && MathModule.CONSTANTS.contains(name)) {
            return MathModule.constant(name);
        }
        java.util.Set<String> members = Subset.members(module);
        if (members == null || !members.contains(name)) {
            throw ProgramError.of("AttributeError", "module '" + module + "' has no attribute '" + name + "'");
        }
        return new PyBuiltin(full);
    }
}
