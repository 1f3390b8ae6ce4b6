import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/options";
import { TooManyRequestsError } from "@/lib/domain/errors";
import { getDb } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";

async function createUser(email: string, password: string) {
  const db = await getDb();
  return db.user.create({ data: { email, name: "Test Person", passwordHash: await hashPassword(password) } });
}

describe("signing in with email and password", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await createUser("rider@test.test", "correct horse");
    await expect(authenticate("  Rider@Test.test ", "correct horse")).resolves.toMatchObject({
      id: user.id,
      name: "Test Person",
      email: "rider@test.test",
      sessionVersion: 0,
      knownDeviceToken: expect.stringMatching(/^v1\./),
    });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    await createUser("jumper@test.test", "correct horse");
    await expect(authenticate("jumper@test.test", "wrong horse")).resolves.toBeNull();
    await expect(authenticate("nobody@test.test", "correct horse")).resolves.toBeNull();
    await expect(authenticate("not-an-email", "x")).resolves.toBeNull();
  });

  it("refuses unknown clients an account after repeated failures, even for the right password", async () => {
    await createUser("target@test.test", "correct horse");
    for (let i = 0; i < 10; i++) await expect(authenticate("target@test.test", `guess ${i}`)).resolves.toBeNull();
    await expect(authenticate("target@test.test", "correct horse")).rejects.toBeInstanceOf(TooManyRequestsError);
  });

  it("holds against guesses sent all at once: at most the allowed number reach the password check", async () => {
    await createUser("rushed@test.test", "correct horse");
    const outcomes = await Promise.allSettled(Array.from({ length: 14 }, (_, i) => authenticate("rushed@test.test", `guess ${i}`)));
    const tried = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected" && o.reason instanceof TooManyRequestsError);
    expect(tried.length).toBeLessThanOrEqual(10);
    expect(tried.length + refused.length).toBe(14);
    // Refused guesses were never tried and leave no attempt behind; tried ones do.
    const db = await getDb();
    expect(await db.signInAttempt.count({ where: { key: "account:rushed@test.test" } })).toBe(tried.length);
  });
});
