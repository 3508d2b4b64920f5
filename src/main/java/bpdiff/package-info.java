/**
 * bpdiff: settles, with numbers, whether a hand-derived backpropagation agrees with PyTorch.
 *
 * <p>Sub-packages: {@code network} (the spec), {@code gradient} (the gradient sources),
 * {@code diff} (comparison and tolerances), {@code check} (a student's own formulas and programs), {@code program}
 * (the restricted Python interpreter), {@code experiment} (the homework's questions), {@code report},
 * {@code command} (what check and compare compute, whoever asks), {@code serve} (the page and the API) and
 * {@code cli}. Each depends only on those below it,
 * {@code cli → serve → command → report → experiment → diff → gradient → network}; this root package, below them all, holds what
 * every one may use: {@link bpdiff.BadInputException}, {@link bpdiff.Position} (a place in a file, with its line's
 * text), {@link bpdiff.JsonProblem} (a JSON parse error as one line), {@link bpdiff.Identified} (the words of the
 * fixed sets) and
 * {@link bpdiff.Version}.
 */
package bpdiff;
