/**
 * The gradient sources behind {@link bpdiff.gradient.GradientSource}: the homework's published formulas
 * ({@link bpdiff.gradient.PublishedHomework2}), the general hand chain rule
 * ({@link bpdiff.gradient.ChainRule}), DJL autograd on PyTorch ({@link bpdiff.gradient.DjlAutograd}) and
 * central finite differences ({@link bpdiff.gradient.FiniteDifferences}).
 */
package bpdiff.gradient;
