package bpdiff.program.array;

/**
 * numpy 1.24's float64 {@code np.exp} and {@code np.log} on x86-64 with AVX-512 (this machine's numpy): Intel SVML's
 * {@code __svml_exp8} and {@code __svml_log8}, which differ from the C library's (and from {@link Math}'s) in the last
 * bit for about a quarter of the arguments. Reproduced operation for operation, fused multiply-adds where SVML fuses;
 * held to {@code /usr/bin/python3}'s numpy by {@code program-semantics/37-float64-exp-log.py}.
 *
 * <ul>
 *   <li>\( e^x \): \( N = x \log_2 e \) rounded toward zero to sixteenths (\( N = M + j/16 \)); \( r = x - N \ln 2
 *       \) (\( \ln 2 \) in two parts); \( e^r - 1 \approx r + c_2 r^2 + r^3 (c_3 + c_4 r + r^2 (c_5 + c_6 r)) \);
 *       \( e^x = 2^M (T_j + T_j (e^r - 1)) \) with \( T_j = 2^{j/16} \). From \( |x| \ge 707.70327… \) (overflow,
 *       underflow, infinities) SVML takes a scalar path of its own; there this gives {@link Math#exp}'s value.
 *   <li>\( \ln x \): \( x = 2^e m \), \( m \in [1, 2) \); \( c \approx 1/m \) rounded to 1/32; \( R = c m - 1 \);
 *       \( \ln x = e \ln 2 + L_c + \ln(1 + R) \), with \( -\ln c \) (less \( \ln 2 \) and \( e + 1 \) where
 *       \( c < 3/4 \)) from a table of 16 and \( \ln(1 + R) \approx R + R^2 P(R) \) of degree 7. SVML's \( c \) comes
 *       from the approximate reciprocal {@code vrcp14pd}, here the exact \( 1/m \): they round to the same 1/32
 *       but within about \( 2^{-14} \) of a rounding boundary (1 of 60,013 random arguments gave another last
 *       bit). Zero, negative and infinite arguments give {@link Math#log}'s value, as SVML's special path does.
 * </ul>
 */
public final class SvmlMath {

    private static final double LOG2E_16 = 0x1.71547652b82fep+4;
    private static final double LN2 = 0x1.62e42fefa39efp-1;
    private static final double LN2_LOW = 0x1.abc9e3b39803fp-56;
    private static final double EXP_C2 = 0x1.0000000002622p-1;
    private static final double EXP_C3 = 0x1.5555554b508a2p-3;
    private static final double EXP_C4 = 0x1.555564bb4f5f0p-5;
    private static final double EXP_C5 = 0x1.1106603d97c00p-7;
    private static final double EXP_C6 = 0x1.72eb5ef0d213dp-10;
    private static final double EXP_THRESHOLD = 0x1.61da04cbafe44p+9;
    /** \( 2^{j/16} \), j = 0..15. */
    private static final double[] EXP_T = {0x1.0000000000000p+0, 0x1.0b5586cf9890fp+0, 0x1.172b83c7d517bp+0,
        0x1.2387a6e756238p+0, 0x1.306fe0a31b715p+0, 0x1.3dea64c123422p+0, 0x1.4bfdad5362a27p+0, 0x1.5ab07dd485429p+0,
        0x1.6a09e667f3bcdp+0, 0x1.7a11473eb0187p+0, 0x1.8ace5422aa0dbp+0, 0x1.9c49182a3f090p+0, 0x1.ae89f995ad3adp+0,
        0x1.c199bdd85529cp+0, 0x1.d5818dcfba487p+0, 0x1.ea4afa2a490dap+0};

    /**
     * \( \ln(1 + R) \approx R + R^2 (R^4 h + l) \), \( h = R^2 (P_7 R + P_6) + P_5 R + P_4 \),
     * \( l = R^2 (P_3 R + P_2) + P_1 R + P_0 \).
     */
    private static final double[] LOG_P = {-0x1.fffffffffffc6p-2, 0x1.5555555555466p-2, -0x1.00000000c05bdp-2,
        0x1.9999999cc9f5cp-3, -0x1.55553fb28db06p-3, 0x1.249229cee81efp-3, -0x1.007357e93af62p-3,
        0x1.c81cd309d7c70p-4};
    /** By the top four mantissa bits of \( c \): \( -\ln c \), or \( -\ln 2c \) where \( c < 3/4 \). */
    private static final double[] LOG_T = {0x0.0p+0, -0x1.f0a30c01162a6p-5, -0x1.e27076e2af2e6p-4,
        -0x1.5ff3070a793d4p-3, -0x1.c8ff7c79a9a22p-3, -0x1.1675cababa60ep-2, -0x1.4618bc21c5ec2p-2,
        -0x1.739d7f6bbd007p-2, 0x1.269621134db92p-2, 0x1.f991c6cb3b379p-3, 0x1.a93ed3c8ad9e3p-3, 0x1.5bf406b543db2p-3,
        0x1.1178e8227e47cp-3, 0x1.9335e5d594989p-4, 0x1.08598b59e3a07p-4, 0x1.0415d89e74444p-5};

    private SvmlMath() {}

    /**
     * @param x a number
     * @return numpy's float64 \( e^x \) on this machine
     */
    public static double exp(double x) {
        if (!(Math.abs(x) < EXP_THRESHOLD)) {
            return Math.exp(x);
        }
        // 16 x log2(e) exactly, as product and error, floored: SVML's fused multiply-add rounded toward zero
        double p = x * LOG2E_16;
        double sixteenths = Math.floor(p);
        if (sixteenths == p && Math.fma(x, LOG2E_16, -p) < 0) {
            sixteenths -= 1;
        }
        double n = sixteenths / 16;
        double r = Math.fma(-n, LN2_LOW, Math.fma(-n, LN2, x));
        double r2 = r * r;
        double p36 = Math.fma(r2, Math.fma(EXP_C6, r, EXP_C5), Math.fma(EXP_C4, r, EXP_C3));
        double expm1 = Math.fma(r2 * r, p36, Math.fma(r2, EXP_C2, r));
        double t = EXP_T[(int) sixteenths & 15];
        return Math.scalb(Math.fma(t, expm1, t), (int) Math.floor(n));
    }

    /**
     * @param x a number
     * @return numpy's float64 \( \ln x \) on this machine
     */
    public static double log(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return Math.log(x);
        }
        int e = x < Double.MIN_NORMAL ? Math.getExponent(x * 0x1p54) - 54 : Math.getExponent(x);
        double m = Math.scalb(x, -e);
        double c = Math.rint(32 / m) / 32;
        double r = Math.fma(c, m, -1);
        double exponent = c < 0.75 ? e + 1 : e;
        double r2 = r * r;
        double high = Math.fma(r2, Math.fma(LOG_P[7], r, LOG_P[6]), Math.fma(LOG_P[5], r, LOG_P[4]));
        double low = Math.fma(r2, Math.fma(LOG_P[3], r, LOG_P[2]), Math.fma(LOG_P[1], r, LOG_P[0]));
        double log1p = Math.fma(r2, Math.fma(r2 * r2, high, low), r);
        int index = (int) (Double.doubleToRawLongBits(c) >>> 48) & 15;
        return Math.fma(exponent, LN2, LOG_T[index] + log1p);
    }
}
