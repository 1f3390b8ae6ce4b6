import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  apiTokenEndReason,
  apiTokenExpiry,
  isWellFormedApiToken,
  parseAuthorizationHeader,
  scopeAllowsMethod,
  shouldRecordUse,
} from "@/lib/domain/api-token";
import { createApiTokenSchema } from "@/lib/schemas/api-token";
import { hashApiToken, newApiToken } from "@/lib/server/api-token-secret";

const good = `sbk_${"aZ09-_".repeat(7)}x`; // 43 characters after the prefix

describe("token format", () => {
  it("new tokens are sbk_ + 32 random bytes in base64url, different every time", () => {
    const tokens = Array.from({ length: 50 }, newApiToken);
    for (const token of tokens) {
      expect(token).toMatch(/^sbk_[A-Za-z0-9_-]{43}$/);
      expect(isWellFormedApiToken(token)).toBe(true);
      expect(Buffer.from(token.slice(4), "base64url")).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("the stored hash is the hex SHA-256 of the whole token, never the token", () => {
    const token = newApiToken();
    expect(hashApiToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashApiToken(token)).not.toContain(token.slice(4));
  });

  it.each([
    ["", false],
    ["sbk_", false],
    [good, true],
    [good.slice(0, -1), false],
    [`${good}x`, false],
    [`SBK_${good.slice(4)}`, false],
    [`ghp_${good.slice(4)}`, false],
    [`${good.slice(0, -1)}=`, false],
    [`${good.slice(0, -1)}+`, false],
    [`${good.slice(0, -1)}é`, false],
    [` ${good}`, false],
  ])("%j is well formed: %s", (token, expected) => {
    expect(isWellFormedApiToken(token)).toBe(expected);
  });
});

describe("parseAuthorizationHeader", () => {
  it.each([
    [null, { kind: "none" }],
    [undefined, { kind: "none" }],
    ["", { kind: "none" }],
    ["Basic dXNlcjpwYXNz", { kind: "none" }],
    [`Token ${good}`, { kind: "none" }],
    [`Bearer ${good}`, { kind: "bearer", token: good }],
    [`bearer ${good}`, { kind: "bearer", token: good }],
    [`  BEARER   ${good}  `, { kind: "bearer", token: good }],
    ["Bearer", { kind: "malformed" }],
    ["Bearer ", { kind: "malformed" }],
    ["Bearer abc", { kind: "malformed" }],
    [`Bearer ${good} ${good}`, { kind: "malformed" }],
    [`Bearer ${good.slice(0, -1)}`, { kind: "malformed" }],
  ])("%j -> %j", (header, expected) => {
    expect(parseAuthorizationHeader(header)).toEqual(expected);
  });
});

describe("scope rule", () => {
  it.each(["GET", "get", "HEAD"])("a read token may %s", (method) => expect(scopeAllowsMethod("read", method)).toBe(true));
  it.each(["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "post"])("a read token may not %s", (method) => expect(scopeAllowsMethod("read", method)).toBe(false));
  it.each(["GET", "POST", "PUT", "PATCH", "DELETE"])("a write token may %s", (method) => expect(scopeAllowsMethod("write", method)).toBe(true));
});

describe("when a token ends", () => {
  const now = new Date("2027-01-01T12:00:00Z");
  const live = { expiresAt: new Date("2027-01-02T00:00:00Z"), revokedAt: null, sessionVersion: 2, ownerSessionVersion: 2 };

  it("works while unrevoked, unexpired and its owner's sessions stand", () => expect(apiTokenEndReason(live, now)).toBeNull());
  it("revoked", () => expect(apiTokenEndReason({ ...live, revokedAt: new Date("2026-12-31T00:00:00Z") }, now)).toBe("revoked"));
  it("expired at its expiry instant, not a millisecond later", () => {
    expect(apiTokenEndReason(live, new Date(live.expiresAt.getTime() - 1))).toBeNull();
    expect(apiTokenEndReason(live, live.expiresAt)).toBe("expired");
  });
  it("ended with its owner's sessions", () => expect(apiTokenEndReason({ ...live, ownerSessionVersion: 3 }, now)).toBe("sessions-ended"));

  it("expires whole days after creation", () => {
    expect(apiTokenExpiry(now, 30).toISOString()).toBe("2027-01-31T12:00:00.000Z");
  });

  it("records use at most once a minute", () => {
    expect(shouldRecordUse(null, now)).toBe(true);
    expect(shouldRecordUse(new Date(now.getTime() - 59_999), now)).toBe(false);
    expect(shouldRecordUse(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});

describe("createApiTokenSchema", () => {
  it("accepts the form's strings and JSON's numbers", () => {
    expect(createApiTokenSchema.parse({ name: " CI ", scope: "read", expiresInDays: "90" })).toEqual({ name: "CI", scope: "read", expiresInDays: 90 });
    expect(createApiTokenSchema.parse({ name: "CI", scope: "write", expiresInDays: 365 })).toMatchObject({ expiresInDays: 365 });
  });
  it.each([0, 366, 1.5, "x", null])("refuses an expiry of %j", (expiresInDays) => {
    expect(createApiTokenSchema.safeParse({ name: "CI", scope: "read", expiresInDays }).success).toBe(false);
  });
  it.each(["admin", "READ", "", null])("refuses a scope of %j", (scope) => {
    expect(createApiTokenSchema.safeParse({ name: "CI", scope, expiresInDays: 1 }).success).toBe(false);
  });
});
