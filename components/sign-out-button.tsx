"use client";

/**
 * Signs out through next-auth's own endpoints (a CSRF token, then the sign-out
 * POST), without its client library: that library would be 12 kB gzipped on
 * every page for this one button.
 */
async function signOut() {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
    });
  } finally {
    // A full load, not a client navigation: nothing of the signed-in pages may stay in the router's cache.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/login");
  }
}

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut()} className="whitespace-nowrap rounded px-2 py-1 text-sm text-stone-200 underline-offset-2 hover:text-white hover:underline">
      Sign out
    </button>
  );
}
