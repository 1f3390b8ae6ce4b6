import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { beginSignInAttempt, clearSignInFailures, recordSignInFailure } from "../data/sign-in-failures";
import { getDb } from "../server/db";
import { env } from "../server/env";
import { decoyHash, verifyPassword } from "../server/password";
import { signInSchema } from "../schemas/sign-in";

export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

/** Checks an email and password; null for any mismatch, without saying which part was wrong. */
export async function authenticate(email: string, password: string) {
  const parsed = signInSchema.safeParse({ email, password });
  if (!parsed.success) return null;
  const key = parsed.data.email;
  const db = await getDb();
  const attempt = await beginSignInAttempt(db, key);
  if (attempt.retryAfterMs > 0) throw new Error(TOO_MANY_ATTEMPTS);

  const user = await db.user.findUnique({
    where: { email: key },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !ok) {
    await recordSignInFailure(db);
    return null;
  }
  await clearSignInFailures(db, key);
  return { id: user.id, name: user.name, email: user.email };
}

// A getter, not a constant: the secret is read at request time, never during `next build`.
export function authOptions(): NextAuthOptions {
  return {
    secret: env().authSecret,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: async (credentials) => authenticate(credentials?.email ?? "", credentials?.password ?? ""),
      }),
    ],
    callbacks: {
      session: ({ session, token }) => {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
