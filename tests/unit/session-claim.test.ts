import { describe, expect, it } from "vitest";
import { sessionClaimOf } from "@/lib/domain/actor";

describe("sessionClaimOf", () => {
  it("reads the account and its session version from a decoded token", () => {
    expect(sessionClaimOf({ sub: "u1", sv: 0 })).toEqual({ userId: "u1", sessionVersion: 0 });
    expect(sessionClaimOf({ sub: "u1", sv: 7 })).toEqual({ userId: "u1", sessionVersion: 7 });
  });

  it("refuses a token without a version (issued before sessions could end) or without an account", () => {
    expect(sessionClaimOf({ sub: "u1" })).toBeNull();
    expect(sessionClaimOf({ sub: "u1", sv: "0" })).toBeNull();
    expect(sessionClaimOf({ sub: "u1", sv: -1 })).toBeNull();
    expect(sessionClaimOf({ sub: "u1", sv: 1.5 })).toBeNull();
    expect(sessionClaimOf({ sv: 0 })).toBeNull();
    expect(sessionClaimOf({ sub: "", sv: 0 })).toBeNull();
    expect(sessionClaimOf(null)).toBeNull();
  });
});
