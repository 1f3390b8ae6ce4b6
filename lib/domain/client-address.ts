// The address a request came from, for sign-in throttling. Pure.
//
// Next.js gives route handlers no socket address; it writes one into
// X-Forwarded-For only when the request has none, so a client talking to the
// app directly can put anything there. The header is therefore believed only
// when TRUSTED_PROXY says how many proxies in front of the app append to it:
// the entry that many places from the right is what the outermost trusted
// proxy saw. Without it, the address is unknown (null).

/** Longest address kept (an IPv6 address with a zone fits); anything longer is not an address. */
const MAX_ADDRESS_LENGTH = 64;
const ADDRESS_PATTERN = /^[0-9A-Za-z.:%_[\]-]+$/;

export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string | null {
  if (trustedProxies < 1 || !forwardedFor) return null;
  const entries = forwardedFor.split(",").map((entry) => entry.trim());
  // Fewer entries than proxies: the request did not come through them all.
  if (entries.length < trustedProxies) return null;
  const address = entries[entries.length - trustedProxies]!;
  if (address === "" || address.length > MAX_ADDRESS_LENGTH || !ADDRESS_PATTERN.test(address)) return null;
  return address.toLowerCase();
}
