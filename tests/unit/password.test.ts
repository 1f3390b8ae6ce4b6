import { describe, expect, it } from "vitest";
import { decoyHash, hashPassword, verifyPassword } from "@/lib/server/password";

// scrypt at N = 2^15 takes a moment per hash: hash once and reuse.
const PASSWORD = "correct horse battery staple";
const stored = hashPassword(PASSWORD);

describe("hashPassword", () => {
  it("writes scrypt$N$r$p$salt$hash with a 16-byte salt and 32-byte key", async () => {
    const parts = (await stored).split("$");
    expect(parts).toHaveLength(6);
    expect(parts.slice(0, 4)).toEqual(["scrypt", "32768", "8", "1"]);
    expect(Buffer.from(parts[4]!, "base64")).toHaveLength(16);
    expect(Buffer.from(parts[5]!, "base64")).toHaveLength(32);
  });

  it("gives two different hashes for the same password (random salt)", async () => {
    const again = await hashPassword(PASSWORD);
    expect(again).not.toBe(await stored);
    expect(await verifyPassword(PASSWORD, again)).toBe(true);
  });
});

describe("verifyPassword", () => {
  it("accepts the right password", async () => {
    expect(await verifyPassword(PASSWORD, await stored)).toBe(true);
  });

  it("refuses a wrong password", async () => {
    expect(await verifyPassword("correct horse battery stapler", await stored)).toBe(false);
    expect(await verifyPassword("", await stored)).toBe(false);
    expect(await verifyPassword(PASSWORD.toUpperCase(), await stored)).toBe(false);
  });

  it("normalises Unicode (NFKC) so composed and decomposed forms match", async () => {
    const composed = "caf\u00e9";
    const decomposed = "cafe\u0301";
    const hash = await hashPassword(composed);
    expect(await verifyPassword(decomposed, hash)).toBe(true);
  });

  it.each([
    "",
    "not a hash",
    "bcrypt$32768$8$1$c2FsdA==$a2V5",
    "scrypt$32768$8$1$c2FsdA==",
    "scrypt$32768$8$1$c2FsdA==$a2V5$extra",
  ])("returns false for the malformed stored hash %j", async (bad) => {
    expect(await verifyPassword(PASSWORD, bad)).toBe(false);
  });

  // An empty key segment decodes to a 0-byte key: scrypt derives 0 bytes and
  // two empty buffers compare equal, so every password matches.
  it.each(["scrypt$32768$8$1$c2FsdA==$", "scrypt$$$$$"])(
    "returns false (not true for any password) when the stored key is empty: %j",
    async (bad) => {
      expect(await verifyPassword("anything at all", bad)).toBe(false);
    },
  );

  // Non-numeric or invalid scrypt parameters make node:crypto throw; the
  // promise rejects instead of resolving to false.
  it.each(["scrypt$abc$8$1$c2FsdA==$a2V5", "scrypt$3$8$1$c2FsdA==$a2V5", "scrypt$1073741824$8$1$c2FsdA==$a2V5"])(
    "resolves to false (does not throw) for invalid scrypt parameters: %j",
    async (bad) => {
      await expect(verifyPassword(PASSWORD, bad)).resolves.toBe(false);
    },
  );

  it("returns false when the stored key has been tampered with", async () => {
    const parts = (await stored).split("$");
    const key = Buffer.from(parts[5]!, "base64");
    key[0] = key[0]! ^ 0xff;
    parts[5] = key.toString("base64");
    expect(await verifyPassword(PASSWORD, parts.join("$"))).toBe(false);
  });
});

describe("decoyHash", () => {
  it("is a well-formed hash that the same call returns again", async () => {
    const first = await decoyHash();
    expect(first.startsWith("scrypt$32768$8$1$")).toBe(true);
    expect(await decoyHash()).toBe(first);
    expect(await verifyPassword(PASSWORD, first)).toBe(false);
  });
});
