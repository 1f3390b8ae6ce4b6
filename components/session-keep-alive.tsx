"use client";

import { useEffect } from "react";

/** How often an open page renews its session. */
const RENEW_EVERY_MS = 60 * 60 * 1000;

/**
 * Slides the 12-hour session while a page is open and in use: next-auth
 * re-issues the JWT cookie with a fresh expiry each time the session is read
 * through /api/auth/session (server-rendered pages cannot set cookies, so
 * without this a session would end 12 hours after sign-in however busy).
 * A session that was ended (sign out everywhere, password change) stays
 * ended: the renewed cookie keeps its old session version.
 */
export function SessionKeepAlive() {
  useEffect(() => {
    const renew = () => void fetch("/api/auth/session", { cache: "no-store" }).catch(() => undefined);
    renew();
    const timer = setInterval(renew, RENEW_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return null;
}
