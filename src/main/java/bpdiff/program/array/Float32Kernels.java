package bpdiff.program.array;

/**
 * numpy 1.24's {@code np.exp} and {@code np.log} of float32 values as they run on x86-64 (AVX-512F or AVX2 with
 * FMA3): numpy's own vector kernels ({@code simd_exp_FLOAT}, {@code simd_log_FLOAT}), which differ from the correctly
 * rounded value in the last bit for about a third of the arguments. Reproduced step for step in float32, fused
 * multiply-adds where the kernel fuses; held to {@code /usr/bin/python3}'s numpy by
 * {@code program-semantics/36-float32-exp-log.py}. (numpy's float64 {@code exp} and {@code log} are Intel SVML's,
 * not followed here: bpdiff's are Java's, a last bit apart for about a quarter of the arguments.)
 *
 * <ul>
 *   <li>\( e^x \): \( k = \mathrm{rint}(x \log_2 e) \), \( y = x - k \ln 2 \) (Cody and Waite: \( \ln 2 \) in two
 *       parts), \( e^y \approx P(y) / Q(y) \) of degrees 5 and 2, \( e^x = 2^k e^y \); \( \infty \) from
 *       88.72283935546875 up, 0 from −103.97208404541015625 down;
 *   <li>\( \ln x \): \( x = 2^e m \) with \( m \in (\sqrt{1/2}, \sqrt 2] \), \( \ln m \approx P(m - 1) / Q(m - 1) \)
 *       of degrees 5 and 5, \( \ln x = e \ln 2 + \ln m \); −∞ at 0, NaN below.
 * </ul>
 */
public final class Float32Kernels {

    private static final float EXP_MAX = 88.72283935546875f;
    private static final float EXP_MIN = -103.97208404541015625f;
    private static final float LOG2E = 1.442695040888963407359924681001892137f;
    private static final float RINT_MAGIC = 0x1.800000p+23f;
    private static final float LN2_HIGH = -6.93145752e-1f;
    private static final float LN2_LOW = -1.42860677e-6f;
    private static final float[] EXP_P = {9.999999999980870924916e-01f, 7.257664613233124478488e-01f,
        2.473615434895520810817e-01f, 5.114512081637298353406e-02f, 6.757896990527504603057e-03f,
        5.082762527590693718096e-04f};
    private static final float[] EXP_Q = {1.0f, -2.742335390411667452936e-01f, 2.159509375685829852307e-02f};

    private static final float SQRT1_2 = 0.707106781186547524400844362104849039f;
    private static final float LN2 = 0.693147180559945309417232121458176568f;
    private static final float[] LOG_P = {0.0f, 9.999999999999998702752e-01f, 2.112677543073053063722e+00f,
        1.480000633576506585156e+00f, 3.808837741388407920751e-01f, 2.589979117907922693523e-02f};
    private static final float[] LOG_Q = {1.0f, 2.612677543073109236779e+00f, 2.453006071784736363091e+00f,
        9.864942958519418960339e-01f, 1.546476374983906719538e-01f, 5.875095403124574342950e-03f};

    private Float32Kernels() {}

    /**
     * @param x a float32 number
     * @return numpy's float32 \( e^x \)
     */
    public static float exp(float x) {
        if (Float.isNaN(x)) {
            return x;
        }
        if (x >= EXP_MAX) {
            return Float.POSITIVE_INFINITY;
        }
        if (x <= EXP_MIN) {
            return 0;
        }
        float k = x * LOG2E + RINT_MAGIC - RINT_MAGIC;
        float y = Math.fma(k, LN2_LOW, Math.fma(k, LN2_HIGH, x));
        return Math.scalb(horner(EXP_P, y) / horner(EXP_Q, y), (int) k);
    }

    /**
     * @param x a float32 number
     * @return numpy's float32 \( \ln x \)
     */
    public static float log(float x) {
        if (Float.isNaN(x) || x < 0) {
            return Float.NaN;
        }
        if (x == 0) {
            return Float.NEGATIVE_INFINITY;
        }
        if (x == Float.POSITIVE_INFINITY) {
            return x;
        }
        int e = x < Float.MIN_NORMAL ? Math.getExponent(x * 0x1p23f) - 23 : Math.getExponent(x);
        float exponent = e + 1;
        float m = Math.scalb(x, -(e + 1));
        if (m <= SQRT1_2) {
            m = m + m;
            exponent = exponent - 1;
        }
        m = m - 1;
        return Math.fma(exponent, LN2, horner(LOG_P, m) / horner(LOG_Q, m));
    }

    /** \( c_0 + y (c_1 + y (c_2 + \dots)) \) in fused multiply-adds from the highest coefficient down. */
    private static float horner(float[] c, float y) {
        float sum = Math.fma(c[c.length - 1], y, c[c.length - 2]);
        for (int i = c.length - 3; i >= 0; i--) {
            sum = Math.fma(sum, y, c[i]);
        }
        return sum;
    }
}
