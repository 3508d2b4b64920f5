/**
 * bpdiff: settles, with numbers, whether a hand-derived backpropagation agrees with PyTorch.
 *
 * <p>Sub-packages: {@code network} (the spec), {@code gradient} (the gradient sources),
 * {@code diff} (comparison and tolerances), {@code check} (a student's own formulas),
 * {@code experiment} (the homework's questions), {@code report} and {@code cli}.
 */
package bpdiff;
