import Link from "next/link";
import { Suspense } from "react";
import { InboxLink } from "./inbox-link";
import { NavigationProgress } from "./navigation-progress";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ userName }: { userName: string }) {
  return (
    <header className="bg-stone-900 text-white print:hidden">
      <Suspense fallback={null}>
        <NavigationProgress />
      </Suspense>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-black tracking-tight">
          Stunt<span className="text-orange-400">book</span>
        </Link>
        <div className="flex min-w-0 items-center gap-3">
          <InboxLink />
          <Link href="/profile" className="truncate text-sm text-stone-300 underline-offset-2 hover:text-white hover:underline" aria-label={`Your profile (${userName})`}>
            {userName}
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
