import { describe, expect, it } from "vitest";
import {
  ABANDONED_CLAIM_MS,
  checkIdempotencyKey,
  IDEMPOTENCY_TTL_MS,
  judgeExistingClaim,
  mismatchMessage,
  requestFingerprint,
  shouldRemember,
} from "@/lib/domain/idempotency";

describe("checkIdempotencyKey", () => {
  it("takes 1 to 200 visible ASCII characters", () => {
    expect(checkIdempotencyKey("a")).toEqual({ ok: true, key: "a" });
    expect(checkIdempotencyKey("0b6c7a1e-2f43-4c39-9a8e-6d2f1b0c9e11")).toMatchObject({ ok: true });
    expect(checkIdempotencyKey("!~".repeat(100))).toMatchObject({ ok: true });
  });

  it.each([
    ["empty", ""],
    ["201 characters", "k".repeat(201)],
    ["a space", "two words"],
    ["a tab", "a\tb"],
    ["a non-ASCII letter", "clé"],
    ["a control character", "a\u0000b"],
  ])("refuses %s, naming the header", (_, value) => {
    const check = checkIdempotencyKey(value);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain("Idempotency-Key");
  });
});

describe("requestFingerprint", () => {
  it("tells method, path with query and body apart", () => {
    const a = requestFingerprint("post", "/api/v1/x?dryRun=1", "ab");
    expect(a).toBe("POST /api/v1/x?dryRun=1 sha256:ab");
    expect(requestFingerprint("POST", "/api/v1/x", "ab")).not.toBe(a);
    expect(requestFingerprint("POST", "/api/v1/x?dryRun=1", "cd")).not.toBe(a);
    expect(requestFingerprint("PUT", "/api/v1/x?dryRun=1", "ab")).not.toBe(a);
  });
});

describe("judgeExistingClaim", () => {
  const createdAt = new Date("2026-12-07T10:00:00Z");
  const at = (ms: number) => new Date(createdAt.getTime() + ms);
  const fp = "POST /p sha256:1";

  it("replays a finished request with the same fingerprint", () => {
    expect(judgeExistingClaim({ fingerprint: fp, status: 201, createdAt }, fp, at(1000))).toEqual({ kind: "replay" });
  });
  it("refuses another request under the same key, finished or not", () => {
    expect(judgeExistingClaim({ fingerprint: fp, status: 201, createdAt }, "POST /p sha256:2", at(1000))).toEqual({ kind: "mismatch" });
    expect(judgeExistingClaim({ fingerprint: fp, status: null, createdAt }, "POST /q sha256:1", at(10))).toEqual({ kind: "mismatch" });
  });
  it("waits for a request still running", () => {
    expect(judgeExistingClaim({ fingerprint: fp, status: null, createdAt }, fp, at(10))).toEqual({ kind: "pending" });
    expect(judgeExistingClaim({ fingerprint: fp, status: null, createdAt }, fp, at(ABANDONED_CLAIM_MS - 1))).toEqual({ kind: "pending" });
  });
  it("gives up a claim abandoned mid-request, and forgets any key after 24 hours", () => {
    expect(judgeExistingClaim({ fingerprint: fp, status: null, createdAt }, fp, at(ABANDONED_CLAIM_MS))).toEqual({ kind: "expired" });
    expect(judgeExistingClaim({ fingerprint: fp, status: 201, createdAt }, fp, at(IDEMPOTENCY_TTL_MS - 1))).toEqual({ kind: "replay" });
    expect(judgeExistingClaim({ fingerprint: fp, status: 201, createdAt }, fp, at(IDEMPOTENCY_TTL_MS))).toEqual({ kind: "expired" });
    expect(judgeExistingClaim({ fingerprint: "other", status: 201, createdAt }, fp, at(IDEMPOTENCY_TTL_MS))).toEqual({ kind: "expired" });
  });
});

describe("what is remembered", () => {
  it("every answer but a server error", () => {
    expect([200, 201, 400, 403, 404, 409, 422].every(shouldRemember)).toBe(true);
    expect([500, 503].some(shouldRemember)).toBe(false);
  });
  it("a mismatch names the first request", () => {
    expect(mismatchMessage("POST /api/v1/productions/p/sessions sha256:abc")).toContain("POST /api/v1/productions/p/sessions");
  });
});
