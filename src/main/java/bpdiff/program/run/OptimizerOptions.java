package bpdiff.program.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hyperparameters a {@code torch.optim} constructor takes after {@code params}, with PyTorch 1.13's defaults,
 * positions and checks, and the rule they make. The group holds every option by name, sorted as PyTorch prints a
 * parameter group.
 *
 * @param name the optimizer's class ({@code SGD}, {@code Adam}, {@code AdamW}, {@code RMSprop}, {@code Adagrad})
 * @param group each option's value, given or default
 */
record OptimizerOptions(String name, Map<String, Value> group) {

    /** The options each optimizer takes positionally after {@code params}, in order. */
    private static final Map<String, List<String>> POSITIONAL = Map.of(
            "SGD", List.of("lr", "momentum", "dampening", "weight_decay", "nesterov"),
            "Adam", List.of("lr", "betas", "eps", "weight_decay", "amsgrad"),
            "AdamW", List.of("lr", "betas", "eps", "weight_decay", "amsgrad"),
            "RMSprop", List.of("lr", "alpha", "eps", "weight_decay", "momentum", "centered"),
            "Adagrad", List.of("lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps"));

    /** The optimizers bpdiff runs. */
    static boolean known(String name) {
        return POSITIONAL.containsKey(name);
    }

    /**
     * @param machine the interpreter, for truth values
     * @param name the optimizer
     * @param a the constructor's arguments ({@code params} first)
     * @return its options
     * @throws ProgramError PyTorch's {@code TypeError} or {@code ValueError}, or a refusal of an option bpdiff does
     *     not run
     */
    static OptimizerOptions of(Interpreter machine, String name, Arguments a) {
        Map<String, Value> group = new TreeMap<>(defaults(name));
        List<String> positional = POSITIONAL.get(name);
        a.check(1 + positional.size(), allowed(group).toArray(String[]::new));
        for (int k = 1; k < a.positional().size(); k++) {
            group.put(positional.get(k - 1), a.positional().get(k));
        }
        a.keywords().forEach((key, v) -> {
            if (!key.equals("params")) {
                group.put(key, v);
            }
        });
        if (group.get("lr") == null) {
            throw ProgramError.of("ValueError", "parameter group didn't specify a value of required optimization "
                    + "parameter lr");
        }
        if (Truth.of(machine, group.get("maximize"))) {
            throw new ProgramError("torch.optim." + name + " with maximize=True is not supported: bpdiff checks steps "
                    + "that descend the loss");
        }
        for (String flag : List.of("foreach", "capturable", "differentiable", "fused")) {
            Value v = group.get(flag);
            if (v != null && v != PyNone.NONE && Truth.of(machine, v)) {
                throw new ProgramError("torch.optim." + name + " with " + flag + "=True is not supported: bpdiff "
                        + "steps as PyTorch's default single-tensor implementation; leave " + flag + " out");
            }
        }
        OptimizerOptions options = new OptimizerOptions(name, group);
        options.validate(machine);
        return options;
    }

    private static java.util.Set<String> allowed(Map<String, Value> group) {
        java.util.Set<String> keys = new java.util.HashSet<>(group.keySet());
        keys.add("params");
        return keys;
    }

    private static Map<String, Value> defaults(String name) {
        Map<String, Value> d = new TreeMap<>();
        d.put("foreach", PyNone.NONE);
        d.put("maximize", PyBool.of(false));
        if (!name.equals("AdamW") && !name.equals("Adagrad")) {
            d.put("differentiable", PyBool.of(false));
        }
        switch (name) {
            case "SGD" -> {
                d.put("lr", null);
                d.put("momentum", new PyInt(0));
                d.put("dampening", new PyInt(0));
                d.put("weight_decay", new PyInt(0));
                d.put("nesterov", PyBool.of(false));
            }
            case "Adam", "AdamW" -> {
                d.put("lr", PyFloat.of(1e-3));
                d.put("betas", new PyTuple(List.of(PyFloat.of(0.9), PyFloat.of(0.999))));
                d.put("eps", PyFloat.of(1e-8));
                d.put("weight_decay", name.equals("Adam") ? new PyInt(0) : PyFloat.of(1e-2));
                d.put("amsgrad", PyBool.of(false));
                d.put("capturable", PyBool.of(false));
                if (name.equals("Adam")) {
                    d.put("fused", PyBool.of(false));
                }
            }
            case "RMSprop" -> {
                d.put("lr", PyFloat.of(1e-2));
                d.put("alpha", PyFloat.of(0.99));
                d.put("eps", PyFloat.of(1e-8));
                d.put("weight_decay", new PyInt(0));
                d.put("momentum", new PyInt(0));
                d.put("centered", PyBool.of(false));
            }
            default -> {
                d.put("lr", PyFloat.of(1e-2));
                d.put("lr_decay", new PyInt(0));
                d.put("weight_decay", new PyInt(0));
                d.put("initial_accumulator_value", new PyInt(0));
                d.put("eps", PyFloat.of(1e-10));
            }
        }
        return d;
    }

    /** PyTorch's checks of the constructor, in its order, with its messages. */
    private void validate(Interpreter machine) {
        nonNegative("lr", "Invalid learning rate: ");
        switch (name) {
            case "SGD" -> {
                nonNegative("momentum", "Invalid momentum value: ");
                nonNegative("weight_decay", "Invalid weight_decay value: ");
                if (flag(machine, "nesterov") && (number("momentum") <= 0 || number("dampening") != 0)) {
                    throw ProgramError.of("ValueError", "Nesterov momentum requires a momentum and zero dampening");
                }
            }
            case "Adam", "AdamW" -> {
                nonNegative("eps", "Invalid epsilon value: ");
                List<Value> betas = Iteration.list(group.get("betas"), machine, null);
                for (int k = 0; k < 2; k++) {
                    double b = Numbers.toDouble(betas.get(k));
                    if (!(0 <= b && b < 1)) {
                        throw ProgramError.of("ValueError", "Invalid beta parameter at index " + k + ": "
                                + Formatting.str(betas.get(k)));
                    }
                }
                nonNegative("weight_decay", "Invalid weight_decay value: ");
            }
            case "RMSprop" -> {
                nonNegative("eps", "Invalid epsilon value: ");
                nonNegative("momentum", "Invalid momentum value: ");
                nonNegative("weight_decay", "Invalid weight_decay value: ");
                nonNegative("alpha", "Invalid alpha value: ");
            }
            default -> {
                nonNegative("lr_decay", "Invalid lr_decay value: ");
                nonNegative("weight_decay", "Invalid weight_decay value: ");
                nonNegative("initial_accumulator_value", "Invalid initial_accumulator_value value: ");
                nonNegative("eps", "Invalid epsilon value: ");
            }
        }
    }

    private void nonNegative(String option, String message) {
        if (!(number(option) >= 0)) {
            throw ProgramError.of("ValueError", message + Formatting.str(group.get(option)));
        }
    }

    /** @return an option's value as a Python float */
    double number(String option) {
        Value v = group.get(option);
        if (!Numbers.isNumeric(v)) {
            throw ProgramError.of("TypeError", "'<' not supported between instances of 'float' and '"
                    + BuiltinTypes.typeOf(v).name() + "'");
        }
        return Numbers.toDouble(v);
    }

    private boolean flag(Interpreter machine, String option) {
        return Truth.of(machine, group.get(option));
    }

    /**
     * @param machine the interpreter
     * @return the rule these options step by
     */
    OptimizerRule rule(Interpreter machine) {
        double lr = number("lr");
        return switch (name) {
            case "SGD" -> new SgdRule(lr, number("momentum"), number("dampening"), number("weight_decay"),
                    flag(machine, "nesterov"));
            case "Adam", "AdamW" -> {
                List<Value> betas = new ArrayList<>(Iteration.list(group.get("betas"), machine, null));
                yield new AdamRule(lr, Numbers.toDouble(betas.get(0)), Numbers.toDouble(betas.get(1)), number("eps"),
                        number("weight_decay"), name.equals("AdamW"), flag(machine, "amsgrad"));
            }
            case "RMSprop" -> new RmspropRule(lr, number("alpha"), number("eps"), number("weight_decay"),
                    number("momentum"), flag(machine, "centered"));
            default -> new AdagradRule(lr, number("lr_decay"), number("weight_decay"),
                    number("initial_accumulator_value"), number("eps"));
        };
    }

    /** @return the parameter group as PyTorch prints it, options sorted by name */
    String repr() {
        StringBuilder s = new StringBuilder(name).append(" (\nParameter Group 0\n");
        group.forEach((k, v) -> s.append("    ").append(k).append(": ").append(Formatting.repr(v)).append('\n'));
        return s.append(')').toString();
    }
}
