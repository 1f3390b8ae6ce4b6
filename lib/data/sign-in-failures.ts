import "server-only";
import type { Db } from "../server/db";
import { forgetBefore, retryAfterMs, SIGN_IN_POLICY } from "../domain/rate-limit";

// The sign-in lockout's store: one row per failed attempt, in the database so
// that a guesser cannot spread attempts over several app nodes.
//
// An attempt is written *before* the password is checked, and the check
// counts the other attempts already written. Otherwise many guesses sent at
// once (to one node or several) would all find fewer than the maximum
// failures while their slow password hashes ran, and all be tried.

export interface SignInAttempt {
  /** Milliseconds until the key may try again; 0 = go ahead and check the password. */
  retryAfterMs: number;
}

export async function beginSignInAttempt(db: Db, key: string, now = Date.now()): Promise<SignInAttempt> {
  const attempt = await db.signInFailure.create({ data: { key, at: new Date(now) }, select: { id: true } });
  const others = await db.signInFailure.findMany({
    where: { key, at: { gt: new Date(forgetBefore(now)) }, id: { not: attempt.id } },
    select: { at: true },
    orderBy: { at: "desc" },
    take: SIGN_IN_POLICY.maxFailures,
  });
  const wait = retryAfterMs(
    others.map((r) => r.at.getTime()),
    now,
  );
  // A refused attempt was never tried: it must not extend the lockout.
  if (wait > 0) await db.signInFailure.delete({ where: { id: attempt.id } });
  return { retryAfterMs: wait };
}

/** The attempt failed: keep its row, and let expired rows of every key go. */
export async function recordSignInFailure(db: Db, now = Date.now()): Promise<void> {
  await db.signInFailure.deleteMany({ where: { at: { lte: new Date(forgetBefore(now)) } } });
}

/** The right password: the key starts afresh. */
export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { key } });
}
