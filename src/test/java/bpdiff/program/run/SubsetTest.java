package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.Subset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Subset}, the list the static check reads, and the interpreter say the same: every built-in name it
 * lists is a value of the interpreter's, every built-in the interpreter has is listed, nothing is both
 * provided and refused, and every member listed for math, random, copy, time and torch is a function, module,
 * type or constant.
 */
class SubsetTest {

    @Test
    void theBuiltinsListedAreTheInterpretersAndNoneIsRefused() {
        for (String name : Subset.BUILTINS) {
            if (!name.equals("__name__")) {
                assertNotNull(BuiltinNames.value(name), name);
            }
            assertTrue(!Subset.REFUSED_BUILTINS.containsKey(name), name);
        }
        Set<String> functions = new HashSet<>(BuiltinNames.FUNCTIONS);
        functions.removeAll(Subset.BUILTINS);
        assertEquals(Set.of(), functions);
        for (String refused : Subset.REFUSED_BUILTINS.keySet()) {
            assertNull(BuiltinNames.value(refused), refused);
        }
    }

    @Test
    void everyListedMemberOfTheModulesIsThere() {
        for (String module : List.of("math", "random", "copy", "time")) {
            assertNull(Subset.refusedModule(module), module);
            for (String member : Subset.members(module)) {
                Value v = Modules.member(module, member);
                assertTrue(v instanceof PyBuiltin || v instanceof PyFloat, module + "." + member);
            }
        }
        for (String module : List.of("torch", "torch.nn", "torch.nn.functional", "torch.optim", "torch.nn.init")) {
            assertNull(Subset.refusedModule(module), module);
            for (String member : Subset.members(module)) {
                Value v = Modules.member(module, member);
                // nn.Module, nn.Linear, nn.Sequential and nn.ModuleList are classes a program derives from;
                // torch.Tensor and nn.Parameter are the classes of tensors
                assertTrue(v instanceof PyBuiltin || v instanceof PyModule || v instanceof TorchTypes.TorchDType
                        || v == TorchTypes.TENSOR || v == TorchTypes.PARAMETER
                        || v instanceof PyClass c && c.isSubclassOf(TorchNn.MODULE),
                        module + "." + member);
            }
        }
        assertNull(Subset.refusedModule("sys"));
        for (String member : Subset.members("sys")) {
            Value v = Modules.member("sys", member);
            // sys.argv is a list, sys.stdout and sys.stderr streams (modules of their own here), sys.maxsize an int
            assertTrue(v instanceof PyBuiltin || v instanceof PyList || v instanceof PyModule || v instanceof PyInt,
                    "sys." + member);
        }
        for (String module : List.of("functools", "operator", "json", "itertools", "dataclasses", "collections")) {
            assertNull(Subset.refusedModule(module), module);
            for (String member : Subset.members(module)) {
                Value v = Modules.member(module, member);
                // json.JSONDecodeError and dataclasses.FrozenInstanceError are exception classes
                assertTrue(v instanceof PyBuiltin || v instanceof PyClass c && c.isSubclassOf(BuiltinTypes.exception(
                        "Exception")), module + "." + member);
            }
        }
        // json.dump and json.load would write and read files
        assertTrue(!Subset.members("json").contains("dump") && !Subset.members("json").contains("load"));
        for (String refused : List.of("os", "subprocess", "socket", "pathlib", "shutil", "torch.utils.data")) {
            assertNotNull(Subset.refusedModule(refused), refused);
        }
        assertNull(Subset.refusedModule("matplotlib.animation"));
        assertNull(Subset.refusedModule("typing"));
    }
}
