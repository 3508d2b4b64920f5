package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;

/**
 * PyTorch's float64 {@code exp} on x86-64: its CPU kernel maps every element, a tail of fewer than four too, through
 * SLEEF's {@code Sleef_expd4_u10avx2} ({@code vml::vexp}), which differs from the C library's {@code exp} (and from
 * {@link Math#exp}) in the last bit for about one argument in sixteen. Reproduced operation for operation: with
 * \( q = \mathrm{rint}(x / \ln 2) \) and \( s = x - q \ln 2 \) (two fused multiply-adds, \( \ln 2 \) split in
 * two), \( e^s \) is \( 1 + s(1 + s(\tfrac12 + s\,P(s))) \) with \( P \) SLEEF's degree-9 polynomial evaluated by
 * Estrin's scheme in fused multiply-adds, and \( e^x = e^s \cdot 2^{\lfloor q/2 \rfloor} \cdot 2^{q - \lfloor q/2
 * \rfloor} \); above \( \ln(\mathrm{DBL\_MAX}) \) it is \( \infty \), below \( -1000 \) zero.
 */
final class SleefExp {

    private static final double R_LN2 = 1.442695040888963407359924681001892137426645954152985934135449406931;
    private static final double L2U = .69314718055966295651160180568695068359375;
    private static final double L2L = .28235290563031577122588448175013436025525412068e-12;
    private static final double OVERFLOW = 0x1.62e42fefa39efp+9;

    private SleefExp() {}

    /**
     * @param a a float64 array
     * @return \( e^a \) elementwise, as PyTorch 1.13 computes it
     */
    static NdArray exp(NdArray a) {
        double[] out = new double[a.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = exp(a.get(k));
        }
        return new NdArray(a.shape(), out, DType.FLOAT64);
    }

    /**
     * @param d a number
     * @return SLEEF's \( e^d \)
     */
    static double exp(double d) {
        if (d > OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        if (d < -1000) {
            return 0;
        }
        double u = Math.rint(d * R_LN2);
        int q = (int) u;
        double s = Math.fma(u, -L2U, d);
        s = Math.fma(u, -L2L, s);
        double s2 = s * s;
        double s4 = s2 * s2;
        double s8 = s4 * s4;
        u = Math.fma(s8, Math.fma(s, 0.2081276378237164457e-8, 0.2511210703042288022e-7),
                Math.fma(s4, Math.fma(s2, Math.fma(s, 0.2755762628169491192e-6, 0.2755723402025388239e-5),
                        Math.fma(s, 0.2480158687479686264e-4, 0.1984126989855865850e-3)),
                        Math.fma(s2, Math.fma(s, 0.1388888888914497797e-2, 0.8333333333314938210e-2),
                                Math.fma(s, 0.4166666666666602598e-1, 0.1666666666666669072e+0))));
        u = Math.fma(u, s, 0.5);
        u = Math.fma(u, s, 1);
        u = Math.fma(u, s, 1);
        return u * pow2(q >> 1) * pow2(q - (q >> 1));
    }

    /** \( 2^q \) for \( -1022 \le q \le 1023 \), built from its exponent bits as SLEEF's {@code vpow2i} builds it. */
    private static double pow2(int q) {
        return Double.longBitsToDouble((long) (q + 0x3ff) << 52);
    }
}
