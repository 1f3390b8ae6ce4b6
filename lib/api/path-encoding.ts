/**
 * Whether every segment of a raw (still percent-encoded) URL path decodes.
 * `%ED%A0%80` (an encoded UTF-16 surrogate), `%C3` or a bare `%` do not: Next
 * itself throws on them while matching a dynamic route and answers 500 in
 * production (vercel/next.js#92527), before any handler runs. The proxy uses
 * this to answer 400 first.
 */
export function isDecodablePath(rawPathname: string): boolean {
  return rawPathname.split("/").every((segment) => {
    try {
      decodeURIComponent(segment);
      return true;
    } catch {
      return false;
    }
  });
}
