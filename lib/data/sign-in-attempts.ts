import "server-only";
import type { Db } from "../server/db";
import { forgetBefore, LONGEST_WINDOW_MS, retryAfterMs, type ThrottleKey } from "../domain/rate-limit";

// The sign-in throttle's store: one row per password check counted against a
// key, in the database so that a guesser cannot spread attempts over several
// app nodes.
//
// An attempt is written *before* the password is checked, and the check
// counts the other attempts already written. Otherwise many guesses sent at
// once (to one node or several) would all find room under the maximum while
// their slow password hashes ran, and all be tried.

export type Reservation = { ok: true; id: string } | { ok: false; retryAfterMs: number };

/** Count an attempt against `key`, unless its budget is spent (then nothing is written). */
export async function reserveSignInAttempt(db: Db, { key, policy }: ThrottleKey, now: number): Promise<Reservation> {
  const attempt = await db.signInAttempt.create({ data: { key, at: new Date(now) }, select: { id: true } });
  const others = await db.signInAttempt.findMany({
    where: { key, at: { gt: new Date(forgetBefore(now, policy)) }, id: { not: attempt.id } },
    select: { at: true },
    orderBy: { at: "desc" },
    take: policy.maxAttempts,
  });
  const wait = retryAfterMs(
    others.map((r) => r.at.getTime()),
    now,
    policy,
  );
  if (wait === 0) return { ok: true, id: attempt.id };
  // A refused attempt was never tried: it must not extend the refusal.
  await releaseSignInAttempt(db, attempt.id);
  return { ok: false, retryAfterMs: wait };
}

/** Take back a reserved attempt (refused elsewhere before the check, or not a failure after all). */
export async function releaseSignInAttempt(db: Db, id: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { id } });
}

/** Let attempts that can never refuse anything again go (every key). */
export async function pruneSignInAttempts(db: Db, now: number): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { at: { lte: new Date(now - LONGEST_WINDOW_MS) } } });
}
