package bpdiff.check.diff;

import bpdiff.JsonDocument;
import bpdiff.JsonNumbers;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The diff as JSON, schema {@code bpdiff.diff/1}: both programs, the verdict and its sentences, the losses at every
 * epoch, the forward pass at epoch 1, and every parameter at every epoch (both gradients, both autograd gradients,
 * both updated weights, flat row-major arrays). A number that is not finite is {@code null}.
 */
public final class DiffJsonFormat {

    /** The schema id. */
    public static final String SCHEMA = "bpdiff.diff/1";

    private DiffJsonFormat() {}

    /**
     * @param r the diff
     * @return the JSON text, ending with a newline
     */
    public static String write(DiffReport r) {
        ObjectNode root = JsonDocument.withSchema(SCHEMA);
        ObjectNode a = root.putObject("a");
        a.put("source", r.sourceA());
        a.put("loss", r.lossA());
        a.put("epochs", r.epochsA());
        ObjectNode b = root.putObject("b");
        b.put("source", r.sourceB());
        b.put("loss", r.lossB());
        b.put("epochs", r.epochsB());
        root.put("dtype", r.dtype());
        root.put("engine", r.engine());
        root.put("tolerance", r.float32() ? "float32" : "float64");
        root.put("same", r.same());
        root.put("epochsCompared", r.epochs());
        root.put("firstDifferentEpoch", r.firstDifferentEpoch());
        root.put("verdict", DiffNarrative.verdict(r));
        root.put("right", DiffNarrative.whoIsRight(r));
        ObjectNode loss = root.putObject("loss");
        loss.put("equal", r.loss().equal());
        loss.put("firstDifferentEpoch", r.loss().firstDifferent());
        JsonNumbers.number(loss, "factor", r.loss().factor());
        loss.put("sameWeights", r.loss().sameWeights());
        loss.put("gradientsByFactor", r.loss().gradientsByFactor());
        loss.put("sentence", DiffNarrative.loss(r));
        JsonNumbers.values(loss, "a", r.lossesA());
        JsonNumbers.values(loss, "b", r.lossesB());
        if (r.forward() == null) {
            root.putNull("forward");
        } else {
            ObjectNode forward = root.putObject("forward");
            ArrayNode names = forward.putArray("names");
            r.forward().names().forEach(names::add);
            forward.put("firstDifferent", r.forward().firstDifferent());
        }
        ArrayNode parameters = root.putArray("parameters");
        for (ComparedParameter p : r.parameters()) {
            ObjectNode node = parameters.addObject();
            node.put("a", p.a());
            node.put("b", p.b());
            node.put("differs", p.differs());
            node.put("firstDifferentEpoch", p.firstDifferent());
            node.put("what", p.what());
            JsonNumbers.number(node, "largestDifference", p.largest());
            node.put("firstWrongEpochA", p.firstWrongA());
            node.put("firstWrongEpochB", p.firstWrongB());
            ArrayNode epochs = node.putArray("epochs");
            for (EpochPair e : p.epochs()) {
                ObjectNode at = epochs.addObject();
                at.put("epoch", e.epoch());
                JsonNumbers.values(at, "gradientA", e.gradientA());
                JsonNumbers.values(at, "gradientB", e.gradientB());
                JsonNumbers.values(at, "autogradA", e.truthA());
                JsonNumbers.values(at, "autogradB", e.truthB());
                JsonNumbers.values(at, "updatedA", e.updatedA());
                JsonNumbers.values(at, "updatedB", e.updatedB());
                at.put("rightA", e.rightA());
                at.put("rightB", e.rightB());
                at.put("differs", e.differs());
            }
        }
        ArrayNode onlyA = root.putArray("onlyA");
        r.onlyA().forEach(onlyA::add);
        ArrayNode onlyB = root.putArray("onlyB");
        r.onlyB().forEach(onlyB::add);
        return JsonDocument.write(root);
    }

}
