package bpdiff.diff;

/**
 * A source whose numbers stopped being finite: from this epoch on it is no longer compared.
 *
 * @param source the side that stopped
 * @param epoch the first epoch with a non-finite value, from 1
 * @param quantity which value: {@code loss}, {@code gradient of w3}, {@code updated w3}
 */
public record NonFinite(Side source, int epoch, String quantity) {}
