import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionJwt, encodeSessionJwt } from "@/lib/auth/session-jwt";

// Our session cookie codec must stay byte-compatible with next-auth's own:
// cookies issued before this codec, by next-auth's code paths we do not
// route (none today), or by a node on the previous release must keep working.

const secret = "unit-test-secret-unit-test-secret";
const token = { sub: "user-1", name: "Alex", sv: 3 };

describe("the session cookie codec", () => {
  it("next-auth reads what ours writes", async () => {
    const jwt = await encodeSessionJwt({ token, secret, maxAge: 60 });
    expect(await decode({ token: jwt, secret })).toMatchObject(token);
  });

  it("ours reads what next-auth writes, with and without a salt", async () => {
    expect(await decodeSessionJwt({ token: await encode({ token, secret, maxAge: 60 }), secret })).toMatchObject(token);
    const salted = await encode({ token, secret, salt: "s", maxAge: 60 });
    expect(await decodeSessionJwt({ token: salted, secret, salt: "s" })).toMatchObject(token);
  });

  it("refuses a cookie made with another secret, and an expired one", async () => {
    const other = await encode({ token, secret: "another-secret-another-secret-xx", maxAge: 60 });
    await expect(decodeSessionJwt({ token: other, secret })).rejects.toThrow();
    const expired = await encodeSessionJwt({ token, secret, maxAge: -3600 });
    await expect(decodeSessionJwt({ token: expired, secret })).rejects.toThrow(/exp/);
  });

  it("keeps next-auth's claims: issued at, expiry and a unique id", async () => {
    const a = (await decode({ token: await encodeSessionJwt({ token, secret, maxAge: 120 }), secret }))!;
    const b = (await decode({ token: await encodeSessionJwt({ token, secret, maxAge: 120 }), secret }))!;
    expect(Number(a.exp) - Number(a.iat)).toBe(120);
    expect(a.jti).toEqual(expect.any(String));
    expect(a.jti).not.toBe(b.jti);
  });
});
