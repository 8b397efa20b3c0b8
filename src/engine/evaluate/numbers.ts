// Numbers for the Numeric* operators. Documented rule ("Numeric condition operators"): integers and
// decimals compare by value ("1.50" equals "1.5"). Anything else is malformed and never matches.
// Grammar (both engines): optional sign, digits with an optional fraction, or a fraction alone;
// no exponent, no spaces, no hex.

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Parses a numeric condition value; NaN when malformed. */
export function parseNumber(text: string): number {
  return NUMBER.test(text) ? Number(text) : NaN;
}
