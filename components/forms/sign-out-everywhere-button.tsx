"use client";

import { signOut } from "next-auth/react";
import { useActionState, useEffect } from "react";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { IDLE, type FormState } from "@/lib/actions/form-state";

/** Ends every session of the account (other browsers and devices within their next request), then this one. */
export function SignOutEverywhereButton() {
  const [state, action, pending] = useActionState<FormState, FormData>(signOutEverywhereAction, IDLE);
  useEffect(() => {
    // The server has ended every session; clear this browser's cookie too.
    if (state.status === "success") void signOut({ callbackUrl: "/login" });
  }, [state.status]);
  return (
    <form action={action} aria-label="Sign out everywhere" className="flex flex-wrap items-center gap-3">
      <button type="submit" className="btn-primary" disabled={pending || state.status === "success"}>
        {pending ? "Signing out…" : "Sign out everywhere"}
      </button>
      <p role="status" aria-live="polite" className={`text-sm font-medium ${state.status === "error" ? "text-red-700" : "text-emerald-800"}`}>
        {state.message}
      </p>
    </form>
  );
}
