import { ForbiddenError, NotFoundError, ValidationError } from "../domain/errors";
import { ID_PATTERN } from "../schemas/fields";
import { UnsupportedMediaTypeError } from "./errors";

// Checks every API request passes before its handler runs. Pure functions of
// the request (and the app's own origin), so apiRoute stays short.

export const WRITE_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJsonContentType(header: string | null): boolean {
  return header !== null && header.split(";")[0]!.trim().toLowerCase() === "application/json";
}

/** `text/csv`, with or without parameters such as `; charset=utf-8`. */
export function isCsvContentType(header: string | null): boolean {
  return header !== null && header.split(";")[0]!.trim().toLowerCase() === "text/csv";
}

/** `text/plain`, with or without parameters. */
export function isPlainTextContentType(header: string | null): boolean {
  return header !== null && header.split(";")[0]!.trim().toLowerCase() === "text/plain";
}

/**
 * What a route's body may be: JSON everywhere, CSV where a route takes a file
 * (an import); "device-file" also takes `text/plain` (an altimeter's .txt),
 * but only from an API token: see `assertCookieWriteType`.
 */
export type BodyKind = "json" | "csv" | "device-file" | "scan";

/** A scan of a document: PDF, PNG or JPEG. None is a type a browser sends cross-site without a CORS preflight. */
export const SCAN_CONTENT_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
export type ScanContentType = (typeof SCAN_CONTENT_TYPES)[number];

export function scanContentType(header: string | null): ScanContentType | null {
  const type = header?.split(";")[0]!.trim().toLowerCase();
  return (SCAN_CONTENT_TYPES as readonly string[]).includes(type ?? "") ? (type as ScanContentType) : null;
}

function declaresBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  return (length !== null && length.trim() !== "0") || request.headers.has("transfer-encoding");
}

/**
 * A write that sends a body (or says what type it is) must send JSON, or CSV
 * on a route that takes a file. This is what makes a cross-site HTML form or a
 * `text/plain` fetch, which browsers send without asking, unable to reach a
 * handler at all: `text/csv` is not a type a browser sends cross-site without
 * a CORS preflight (which this app never grants), so it keeps that property.
 */
export function assertJsonWrite(request: Request, body: BodyKind = "json"): void {
  if (!WRITE_METHODS.has(request.method)) return;
  const type = request.headers.get("content-type");
  const accepted =
    body === "json"
      ? isJsonContentType(type)
      : body === "scan"
        ? scanContentType(type) !== null
        : isCsvContentType(type) || (body === "device-file" && isPlainTextContentType(type));
  if ((type !== null || declaresBody(request)) && !accepted) {
    if (body === "json") throw new UnsupportedMediaTypeError();
    throw new UnsupportedMediaTypeError(
      body === "scan" ? `Send the scan as the request body with Content-Type: ${SCAN_CONTENT_TYPES.join(", ")}` : "Send the file as the request body with Content-Type: text/csv",
    );
  }
}

/**
 * A `text/plain` write is what any web page can make a browser send to any
 * site without asking, with its cookie: so a write authenticated by the
 * session cookie takes `text/csv` only (the app's own form sends that), and
 * `text/plain` is left to API tokens, which a browser never attaches on its own.
 */
export function assertCookieWriteType(request: Request, body: BodyKind): void {
  if (body === "device-file") assertJsonWrite(request, "csv");
}

/**
 * A write authenticated by the session cookie (which the browser attaches on
 * its own) must come from the app's own pages: an `Origin` header, when
 * present, names the app's public origin (NEXTAUTH_URL) or the host the
 * request was sent to. No Origin means a non-browser client, which is allowed.
 */
export function assertSameOriginWrite(request: Request, appOrigin: string | null): void {
  if (!WRITE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (origin === null) return;
  if (appOrigin !== null && origin === appOrigin) return;
  const ownHost = request.headers.get("host") ?? new URL(request.url).host;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host; // "null" (sandboxed frames, some redirects) does not parse
  } catch {
    originHost = null;
  }
  if (originHost !== null && originHost === ownHost) return;
  throw new ForbiddenError("Cross-site request refused: this API accepts writes only from the app's own pages");
}

/**
 * Route params are ids. One that cannot be an id (a NUL, a broken character
 * from a malformed percent-encoding) names nothing: 404 before any query, as
 * the database would fail on some of them rather than find nothing.
 */
export function assertIdParams(params: Record<string, string | string[]>): void {
  for (const value of Object.values(params)) {
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v) => typeof v === "string" && ID_PATTERN.test(v))) throw new NotFoundError();
  }
}

/**
 * A query string as one value per parameter. `Object.fromEntries` would keep
 * the last of a repeated parameter and `get` the first, silently: on the
 * import, `dryRun=1&dryRun=0` would commit what the first value called a
 * preview (and the route and the schema could each read a different one). A
 * parameter given twice is a 400 naming it.
 */
export function singleValuedQuery(params: URLSearchParams): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const n = params.getAll(key).length;
    if (n > 1) fields[key] = `${key} is given ${n} times: give each query parameter once`;
  }
  if (Object.keys(fields).length) throw new ValidationError(fields, Object.values(fields)[0]);
  return Object.fromEntries(params);
}
