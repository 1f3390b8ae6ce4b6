import { ValidationError } from "../domain/errors";
import { PayloadTooLargeError, UnsupportedMediaTypeError } from "./errors";
import { isCsvContentType, isJsonContentType, isPlainTextContentType, SCAN_CONTENT_TYPES, scanContentType, type ScanContentType } from "./request-guards";

/** Every JSON payload of the API fits easily: the largest (a stunt with 50 performers, a 2,000-character description) is under 10 KiB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export interface ReadJsonOptions {
  /** A route that takes more (a future import) raises its own cap. */
  maxBytes?: number;
}

/**
 * The request's JSON body. Refused before parsing: a body that is not
 * declared JSON (415) and one over the byte cap (413). The declared
 * Content-Length is checked first; the body is then read as a stream and cut
 * off at the cap, so a lying or chunked body is never buffered whole.
 */
export async function readJson(request: Request, options: ReadJsonOptions = {}): Promise<unknown> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!isJsonContentType(request.headers.get("content-type"))) throw new UnsupportedMediaTypeError();
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw new PayloadTooLargeError(maxBytes);

  const bytes = await readAtMost(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError({ _body: "The request body must be UTF-8 text" }, "The request body is not valid UTF-8");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError({ _body: "The request body must be JSON" }, "The request body is not valid JSON");
  }
}

/**
 * A CSV file sent as the request body (`text/csv`), as bytes: decoding and
 * judging it is the importer's job. Refused like a JSON body: 415 for another
 * type, 413 over the route's cap, declared or streamed.
 */
export async function readCsvBody(request: Request, maxBytes: number, options: { plainText?: boolean } = {}): Promise<Uint8Array> {
  const type = request.headers.get("content-type");
  if (!isCsvContentType(type) && !(options.plainText && isPlainTextContentType(type))) {
    throw new UnsupportedMediaTypeError(`Send the file as the request body with Content-Type: text/csv${options.plainText ? " (or text/plain)" : ""}`);
  }
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw new PayloadTooLargeError(maxBytes);
  return readAtMost(request, maxBytes);
}

/** A scan sent as the request body (PDF, PNG or JPEG), as bytes with its declared type; 415 for another type, 413 over the cap. */
export async function readScanBody(request: Request, maxBytes: number): Promise<{ bytes: Uint8Array; type: ScanContentType }> {
  const type = scanContentType(request.headers.get("content-type"));
  if (!type) throw new UnsupportedMediaTypeError(`Send the scan as the request body with Content-Type: ${SCAN_CONTENT_TYPES.join(", ")}`);
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw new PayloadTooLargeError(maxBytes);
  return { bytes: await readAtMost(request, maxBytes), type };
}

export async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {}); // stop reading; the rest is never buffered
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
