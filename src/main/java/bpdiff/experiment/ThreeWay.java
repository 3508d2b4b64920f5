package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;

/**
 * A three-way comparison's agreement, measured: what the finding states, whether it holds, and its numbers.
 *
 * @param statement the finding's sentence ({@link ThreeWayAgreement#statement})
 * @param holds whether hand, autograd and finite differences agree ({@link ThreeWayAgreement#holds})
 * @param measured the epochs and the largest differences
 */
public record ThreeWay(String statement, boolean holds, ThreeWayAgreement measured) {

    /**
     * Measures a comparison's agreement.
     *
     * @param label what was compared, e.g. {@code relu float32}
     * @param result the comparison
     */
    static ThreeWay of(String label, ComparisonResult result) {
        return new ThreeWay(ThreeWayAgreement.statement(label, result), ThreeWayAgreement.holds(result),
                ThreeWayAgreement.of(result));
    }

    /**
     * The finding.
     *
     * @param id its id, e.g. {@code three-way-float32}
     * @return the finding, its numbers {@link #measured()}
     */
    Finding finding(String id) {
        return Finding.of(id, statement, holds, measured);
    }
}
