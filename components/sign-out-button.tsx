"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="rounded px-2 py-1 text-sm text-stone-200 underline-offset-2 hover:text-white hover:underline">
      Sign out
    </button>
  );
}
