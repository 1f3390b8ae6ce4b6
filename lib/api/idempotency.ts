import "server-only";
import { NextResponse } from "next/server";
import { MAX_SCAN_BYTES } from "../domain/credentials";
import { AppError, ConflictError, ValidationError } from "../domain/errors";
import { checkIdempotencyKey, IDEMPOTENCY_HEADER, REPLAYED_HEADER, requestFingerprint, shouldRemember } from "../domain/idempotency";
import { claimIdempotencyKey, completeIdempotentRequest, releaseIdempotencyKey, type ClaimOptions } from "../data/idempotency";
import { getDb } from "../server/db";
import { sha256Hex } from "../server/sha256";
import { DEFAULT_MAX_BODY_BYTES, readAtMost } from "./read-json";
import { WRITE_METHODS, type BodyKind } from "./request-guards";

// The Idempotency-Key header on API writes (docs/decisions/0017-idempotency-keys.md),
// applied once, in apiRoute/productionRoute, after the caller is known and
// before the handler runs.

/** The import's own cap (lib/data/sessions/import.ts, which this layer may not import). */
const IMPORT_CAP_BYTES = 32 * 1024 * 1024;

class UnprocessableError extends AppError {
  constructor(message: string) {
    super(message, 422);
  }
}

/** The request's key, null when it sends none (or is not a write); a 400 naming the header for a bad one. */
export function idempotencyKeyOf(request: Request): string | null {
  if (!WRITE_METHODS.has(request.method)) return null;
  const value = request.headers.get(IDEMPOTENCY_HEADER);
  if (value === null) return null;
  const check = checkIdempotencyKey(value);
  if (!check.ok) throw new ValidationError({ [IDEMPOTENCY_HEADER]: check.message }, check.message);
  return check.key;
}

function bodyCap(kind: BodyKind): number {
  if (kind === "json") return DEFAULT_MAX_BODY_BYTES;
  if (kind === "scan") return MAX_SCAN_BYTES;
  return IMPORT_CAP_BYTES;
}

/** Tests shorten the wait for a request still running. */
let claimOptions: ClaimOptions = {};
export function setIdempotencyClaimOptionsForTests(options: ClaimOptions): void {
  claimOptions = options;
}

/**
 * Run `run` at most once per (caller, key): the first request runs and its
 * response is stored; a repeat of the same request gets that response again,
 * marked `Idempotency-Replayed: true`; the same key with another request is a
 * 422; a repeat while the first still runs waits for it, then gets a 409.
 * `run` never throws: errors are already responses.
 */
export async function runIdempotently(request: Request, actorId: string, key: string, kind: BodyKind, run: () => Promise<Response>): Promise<Response> {
  // The body is read from a copy, up to the route's own cap (past it the
  // answer is the 413 the handler would give), so the handler still reads the original.
  const body = await readAtMost(request.clone(), bodyCap(kind));
  const url = new URL(request.url);
  const fingerprint = requestFingerprint(request.method, url.pathname + url.search, sha256Hex(body));

  const db = await getDb();
  const claim = await claimIdempotencyKey(db, { actorId, key, fingerprint }, claimOptions);
  if (claim.kind === "mismatch") throw new UnprocessableError(claim.message);
  if (claim.kind === "busy") {
    throw new ConflictError(`A request with this ${IDEMPOTENCY_HEADER} is still being processed: retry in a moment to get its answer`);
  }
  if (claim.kind === "replay") {
    const headers = new Headers({ [REPLAYED_HEADER]: "true" });
    if (claim.contentType) headers.set("content-type", claim.contentType);
    return new NextResponse(claim.body, { status: claim.status, headers });
  }

  let response: Response;
  try {
    response = await run();
  } catch (error) {
    await releaseIdempotencyKey(db, claim.id).catch(() => undefined);
    throw error;
  }
  if (!shouldRemember(response.status)) {
    await releaseIdempotencyKey(db, claim.id);
    return response;
  }
  const text = await response.clone().text();
  try {
    await completeIdempotentRequest(db, claim.id, { status: response.status, contentType: response.headers.get("content-type"), body: text });
  } catch (error) {
    // The write happened; only its memory failed. Free the key rather than leave
    // it pending for five minutes, and still give the caller its answer.
    console.error(error);
    await releaseIdempotencyKey(db, claim.id).catch(() => undefined);
  }
  return response;
}
