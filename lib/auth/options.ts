import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { clientAddress } from "../domain/client-address";
import { TooManyRequestsError } from "../domain/errors";
import { accountKey, clientKey, retryAfterSeconds, throttledErrorCode, tooManyAttemptsMessage } from "../domain/rate-limit";
import { createAccountFromInvitation } from "../data/invitations";
import { pruneSignInAttempts, releaseSignInAttempt, reserveSignInAttempt } from "../data/sign-in-attempts";
import { getDb } from "../server/db";
import { env } from "../server/env";
import { cookieValue, issueKnownDeviceToken, KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_SECONDS, verifyKnownDeviceToken } from "../server/known-device";
import { verifyPassword } from "../server/password";
import { signInSchema } from "../schemas/sign-in";
import { decodeSessionJwt, encodeSessionJwt } from "./session-jwt";

/** How long a session lasts without use; an open page slides it (components/session-keep-alive.tsx, README "Security"). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
const SESSION_UPDATE_AGE_SECONDS = 60 * 60;

/** What the server knows of who is signing in. */
export interface SignInRequest {
  /** The client's address when it can be trusted (TRUSTED_PROXY), else null. */
  address: string | null;
  /** The known-device cookie the browser sent, if any. */
  knownDeviceToken: string | null;
}

const UNKNOWN_CLIENT: SignInRequest = { address: null, knownDeviceToken: null };

export interface SignedIn {
  id: string;
  name: string;
  email: string;
  sessionVersion: number;
  /** A known-device token to store in the browser: the next sign-in from it is not throttled with strangers'. */
  knownDeviceToken: string;
}

function throttled(retryAfterMs: number): TooManyRequestsError {
  const seconds = retryAfterSeconds(retryAfterMs);
  return new TooManyRequestsError(seconds, tooManyAttemptsMessage(seconds));
}

/**
 * Checks an email and password; null for any mismatch, without saying which
 * part was wrong. Throttled (TooManyRequestsError, 429) per client and, for
 * clients the account does not know, per account — always before the password
 * hash is computed, so a refused attempt costs the server two small queries.
 */
export async function authenticate(email: string, password: string, request: SignInRequest = UNKNOWN_CLIENT, now = Date.now()): Promise<SignedIn | null> {
  const parsed = signInSchema.safeParse({ email, password });
  if (!parsed.success) return null;
  const key = parsed.data.email;
  const secret = env().authSecret;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { email: key },
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true },
  });
  const knownDeviceId = user ? verifyKnownDeviceToken(request.knownDeviceToken, user.id, secret, now) : null;
  const client = { address: request.address, knownDeviceId };

  const clientAttempt = await reserveSignInAttempt(db, clientKey(client), now);
  if (!clientAttempt.ok) throw throttled(clientAttempt.retryAfterMs);
  const account = accountKey(key, client);
  const accountAttempt = account ? await reserveSignInAttempt(db, account, now) : null;
  if (accountAttempt && !accountAttempt.ok) {
    await releaseSignInAttempt(db, clientAttempt.id);
    throw throttled(accountAttempt.retryAfterMs);
  }

  const signedIn = user
    ? (await verifyPassword(parsed.data.password, user.passwordHash)) && user
    : await createAccountFromInvitation(db, key, parsed.data.password);
  if (!signedIn) {
    await pruneSignInAttempts(db, now);
    return null;
  }
  // A success is no failure of the account; it still counted as the client's password check.
  if (accountAttempt?.ok) await releaseSignInAttempt(db, accountAttempt.id);
  return {
    id: signedIn.id,
    name: signedIn.name,
    email: signedIn.email,
    sessionVersion: signedIn.sessionVersion,
    knownDeviceToken: issueKnownDeviceToken(signedIn.id, secret, now, knownDeviceId ?? undefined),
  };
}

/** The sign-in request as `authorize` receives it (next-auth hands it the headers, lower-cased). */
export function signInRequestFrom(headers: Record<string, unknown> | undefined, trustedProxies: number): SignInRequest {
  const header = (name: string) => (typeof headers?.[name] === "string" ? (headers[name] as string) : null);
  return {
    address: clientAddress(header("x-forwarded-for"), trustedProxies),
    knownDeviceToken: cookieValue(header("cookie"), KNOWN_DEVICE_COOKIE),
  };
}

/** Remember this browser for the account (sent only to the sign-in endpoint). */
async function rememberDevice(token: string): Promise<void> {
  (await cookies()).set(KNOWN_DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().appOrigin?.startsWith("https://") ?? false,
    path: "/api/auth/callback",
    maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
  });
}

// A getter, not a constant: the secret is read at request time, never during `next build`.
export function authOptions(): NextAuthOptions {
  return {
    secret: env().authSecret,
    // next-auth re-issues a JWT cookie with a fresh expiry whenever the session is
    // read through /api/auth/session (updateAge only throttles database sessions);
    // components/session-keep-alive.tsx reads it while a page is open.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS, encode: encodeSessionJwt, decode: decodeSessionJwt },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: async (credentials, req) => {
          try {
            const signedIn = await authenticate(credentials?.email ?? "", credentials?.password ?? "", signInRequestFrom(req?.headers, env().trustedProxies));
            if (!signedIn) return null;
            await rememberDevice(signedIn.knownDeviceToken);
            return { id: signedIn.id, name: signedIn.name, email: signedIn.email, sessionVersion: signedIn.sessionVersion };
          } catch (error) {
            // next-auth's only channel to the browser is an error code; the
            // sign-in route turns this one into a 429 (lib/auth/sign-in-response.ts).
            if (error instanceof TooManyRequestsError) throw new Error(throttledErrorCode(error.retryAfterSeconds));
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt: ({ token, user }) => {
        // At sign-in only: the version stays what it was when the session began.
        if (user) token.sv = user.sessionVersion ?? 0;
        return token;
      },
      session: ({ session, token }) => {
        if (session.user && token.sub) {
          session.user.id = token.sub;
          session.user.sessionVersion = token.sv;
        }
        return session;
      },
    },
  };
}
