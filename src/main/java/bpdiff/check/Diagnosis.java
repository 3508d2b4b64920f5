package bpdiff.check;

/**
 * What is likely wrong with a wrong derivative: the kind of mistake, by its stable code, and the mistake in the
 * lecture's words.
 *
 * @param code the kind of mistake ({@link MistakeCode})
 * @param finding the mistake as the report says it, e.g. {@code a transpose is missing: W2 should be W2.T}
 */
public record Diagnosis(MistakeCode code, String finding) {}
