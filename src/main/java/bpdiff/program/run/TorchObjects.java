package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's objects other than tensors ({@link TorchObject}) as values of the program: their attributes, their
 * methods (an optimizer's {@code step}, a generator's {@code manual_seed}, a grad mode's {@code __enter__}), a
 * module called on tensors, and their {@code repr}.
 */
final class TorchObjects {

    private TorchObjects() {}

    /**
     * @param o an object
     * @param name an attribute
     * @return {@code o.name}
     */
    static Value attribute(TorchObject o, String name) {
        Value field = o.fields().get(name);
        if (field != null && !name.equals("params") && !name.equals("names") && !name.equals("set")) {
            return field;
        }
        boolean method = switch (o.kind()) {
            case OPTIMIZER -> name.equals("step") || name.equals("zero_grad");
            case GENERATOR -> name.equals("manual_seed") || name.equals("initial_seed");
            case GRAD_FN -> name.equals("name");
            case MODULE -> name.equals("forward");
            default -> false;
        };
        if (method) {
            return new PyMethod(o, name);
        }
        if (o.kind() == TorchObject.Kind.OPTIMIZER && name.equals("param_groups")) {
            PyDict group = new PyDict();
            group.put(new PyStr("params"), o.fields().get("params"));
            group.put(new PyStr("lr"), o.fields().get("lr"));
            return PyList.of(List.of(group));
        }
        throw ProgramError.of("AttributeError", "'" + o.name() + "' object has no attribute '" + name + "'");
    }

    /**
     * @param torch the torch state
     * @param o an object
     * @param name its method
     * @param a the arguments
     * @param at where
     * @return the result
     */
    static Value method(Torch torch, TorchObject o, String name, Arguments a, Span at) {
        switch (name) {
            case "__enter__" -> {
                if (!o.fields().containsKey("set")) {
                    torch.enter(((PyBool) o.fields().get("enabled")).value());
                }
                return PyNone.NONE;
            }
            case "__exit__" -> {
                torch.exit();
                return PyBool.of(false);
            }
            case "manual_seed" -> {
                o.random().seed(Numbers.toLong(a.required(0, "seed")));
                return o;
            }
            case "initial_seed" -> {
                return new PyInt(o.random().initialSeed());
            }
            case "name" -> {
                return new PyStr(o.name());
            }
            case "forward" -> {
                return TorchModules.call(torch, o, a.positional(), at);
            }
            default -> {
                return TorchOptim.call(torch, o, name, a, at);
            }
        }
    }

    /**
     * @param o an object
     * @param name a special method's name
     * @return it bound to the object, or {@code null} if the object has none
     */
    static Value special(TorchObject o, String name) {
        return o.kind() == TorchObject.Kind.GRAD_MODE && (name.equals("__enter__") || name.equals("__exit__"))
                ? new PyMethod(o, name) : null;
    }

    /**
     * @param o an object
     * @return its {@code repr}, as PyTorch writes it (an address where PyTorch shows one)
     */
    static String repr(TorchObject o) {
        String address = String.format("0x7f%010x", System.identityHashCode(o) & 0xffffffffL);
        return switch (o.kind()) {
            case MODULE -> TorchModules.repr(o);
            case OPTIMIZER -> TorchOptim.repr(o);
            case DEVICE -> "device(type='cpu')";
            case GRAD_FN -> "<" + o.name() + " object at " + address + ">";
            case GENERATOR -> "<torch._C.Generator object at " + address + ">";
            case GRAD_MODE -> "<torch.autograd.grad_mode." + o.name() + " object at " + address + ">";
        };
    }

    /**
     * @param o an object
     * @return its {@code str}
     */
    static String str(TorchObject o) {
        return o.kind() == TorchObject.Kind.DEVICE ? "cpu" : repr(o);
    }

    /**
     * @param function a value called with arguments
     * @return whether it is a module, which is called on tensors
     */
    static boolean callable(Value function) {
        return function instanceof TorchObject o && o.kind() == TorchObject.Kind.MODULE;
    }

    /**
     * @param torch the torch state
     * @param module the module
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     * @param at where
     * @return the module's result
     */
    static Value callModule(Torch torch, TorchObject module, List<Value> args, Map<String, Value> kwargs, Span at) {
        if (!kwargs.isEmpty()) {
            throw ProgramError.of("TypeError", "forward() got an unexpected keyword argument '"
                    + kwargs.keySet().iterator().next() + "'");
        }
        return TorchModules.call(torch, module, args, at);
    }
}
