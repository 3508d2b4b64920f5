package bpdiff.testing;

import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import com.fasterxml.jackson.databind.JsonNode;

/** Builds the network a reference case describes, from the case's own settings. */
public final class ReferenceCases {

    private ReferenceCases() {}

    /**
     * The lecture network with the case's activation, loss, step, epochs and initial weights.
     *
     * @param referenceCase a case of {@code reference-results/pytorch/*.json}
     * @return the network to run
     */
    public static NetworkSpec spec(JsonNode referenceCase) {
        return Networks.lecture()
                .withActivation(Activation.parse(referenceCase.get("activation").asText(), "reference")).withLoss(LossFunction.parse(referenceCase.get("loss").asText(), "reference")).withLearningRate(referenceCase.get("learningRate").asDouble()).withEpochs(referenceCase.get("epochs").asInt())
                .withInitialWeights(PyTorchReference.weights(referenceCase.get("initialWeights")));
    }
}
