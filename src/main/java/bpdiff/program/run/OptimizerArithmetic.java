package bpdiff.program.run;

/**
 * The element arithmetic of PyTorch 1.13's CPU kernels that {@code torch.optim}'s steps are made of, in a parameter's
 * precision \( \mathrm{fl} \) (float32 or float64): every Python number an operation takes is first cast to that
 * precision, as ATen casts a {@code Scalar} to {@code scalar_t}. {@code a.add(b, alpha=s)} is one fused
 * multiply-add \( \mathrm{fl}(a + s b) \) (its kernel is {@code vec::fmadd}); {@code a.addcmul(b, c, value=s)} is
 * \( \mathrm{fl}(a + \mathrm{fl}(s b) c) \), fused likewise; {@code a.addcdiv(b, c, value=s)} is
 * \( \mathrm{fl}(a + \mathrm{fl}(\mathrm{fl}(s b) / c)) \). Measured against torch 1.13 on 3,000 random one-element
 * tensors and 1,000-element ones: a separately rounded {@code a + fl(s b)} differs in about one element in eleven.
 *
 * @param single whether the parameter is float32
 */
record OptimizerArithmetic(boolean single) {

    /** @return \( \mathrm{fl}(x) \) */
    double fl(double x) {
        return single ? (float) x : x;
    }

    /** @return {@code a.mul(s)}: \( \mathrm{fl}(a \cdot \mathrm{fl}(s)) \) */
    double mul(double a, double s) {
        return fl(a * fl(s));
    }

    /** @return {@code a.add(b, alpha=s)}: \( \mathrm{fl}(a + \mathrm{fl}(s) b) \), rounded once */
    double add(double a, double b, double s) {
        return single ? Math.fma((float) b, (float) s, (float) a) : Math.fma(b, s, a);
    }

    /** @return {@code a.addcmul(b, c, value=s)}: \( \mathrm{fl}(a + \mathrm{fl}(\mathrm{fl}(s) b) c) \) */
    double addcmul(double a, double b, double c, double s) {
        double sb = mul(b, s);
        return single ? Math.fma((float) sb, (float) c, (float) a) : Math.fma(sb, c, a);
    }

    /** @return {@code a.addcdiv(b, c, value=s)}: \( \mathrm{fl}(a + \mathrm{fl}(\mathrm{fl}(\mathrm{fl}(s) b) / c)) \) */
    double addcdiv(double a, double b, double c, double s) {
        return fl(a + fl(mul(b, s) / c));
    }

    /** @return {@code a.div(s)} by a Python number: \( \mathrm{fl}(a / \mathrm{fl}(s)) \) (a true division) */
    double div(double a, double s) {
        return fl(a / fl(s));
    }

    /** @return {@code a.sqrt()}: \( \mathrm{fl}(\sqrt{a}) \) */
    double sqrt(double a) {
        return fl(Math.sqrt(a));
    }
}
