package bpdiff.check;

/** The kinds of token in a derivation line. */
public enum TokenKind {
    /** A number such as {@code 1}, {@code 0.5}, {@code .5} or {@code 1e-3}. */
    NUMBER,
    /** A name such as {@code out_h1}; the prefixes {@code np.}, {@code math.}, {@code torch.} are dropped. */
    NAME,
    /** {@code +} */
    PLUS,
    /** {@code -} */
    MINUS,
    /** {@code *} */
    STAR,
    /** {@code /} */
    SLASH,
    /** {@code **} or {@code ^}, both read as a power. */
    POWER,
    /** {@code (} */
    LEFT_PAREN,
    /** {@code )} */
    RIGHT_PAREN,
    /** {@code ,} */
    COMMA,
    /** {@code =} */
    ASSIGN,
    /** The end of the line. */
    END
}
