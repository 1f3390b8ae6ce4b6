import "server-only";
import type { Db } from "../db";
import { forgetBefore, retryAfterMs, SIGN_IN_POLICY } from "../rate-limit";

// The sign-in lockout's store: one row per failed attempt, in the database so
// that a guesser cannot spread attempts over several app nodes.

/** Milliseconds until `key` may try again (0 = now). */
export async function signInRetryAfterMs(db: Db, key: string, now = Date.now()): Promise<number> {
  const rows = await db.signInFailure.findMany({
    where: { key, at: { gt: new Date(forgetBefore(now)) } },
    select: { at: true },
    orderBy: { at: "desc" },
    take: SIGN_IN_POLICY.maxFailures,
  });
  return retryAfterMs(
    rows.map((r) => r.at.getTime()),
    now,
  );
}

export async function recordSignInFailure(db: Db, key: string, now = Date.now()): Promise<void> {
  // Expired rows of every key go as new failures arrive, so the table stays
  // as small as the last window's failures.
  await db.$transaction([
    db.signInFailure.deleteMany({ where: { at: { lte: new Date(forgetBefore(now)) } } }),
    db.signInFailure.create({ data: { key, at: new Date(now) } }),
  ]);
}

export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { key } });
}
