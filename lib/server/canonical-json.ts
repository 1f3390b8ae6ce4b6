import canonicalize from "canonicalize";

// Canonical JSON (RFC 8785, JSON Canonicalization Scheme, through the
// `canonicalize` package): keys sorted by UTF-16 code units, no whitespace,
// numbers in ECMAScript's shortest form. The same value always gives the same
// text, so its SHA-256 can be printed, and recomputed by anyone with a JCS
// implementation in any language.

/** The canonical text of a JSON value; refuses what JSON cannot hold (undefined, functions, NaN, Infinity). */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError("The value has no JSON form");
  return text;
}
