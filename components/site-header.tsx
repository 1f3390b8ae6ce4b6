import Link from "next/link";
import { Suspense } from "react";
import { InboxLink } from "./inbox-link";
import { NavigationProgress } from "./navigation-progress";
import { OfflineQueue } from "./offline/offline-queue";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader({ userName, userId }: { userName: string; userId: string }) {
  return (
    <header className="palette-light bg-stone-900 text-white print:hidden">
      <Suspense fallback={null}>
        <NavigationProgress />
      </Suspense>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-black tracking-tight">
          Stunt<span className="text-orange-400">book</span>
        </Link>
        {/* On a narrow phone the links wrap onto a second line rather than squeezing the name to nothing. */}
        <div className="flex min-w-0 flex-wrap items-center justify-end gap-x-3 gap-y-1">
          <ThemeToggle />
          <OfflineQueue actorId={userId} />
          <InboxLink />
          <Link href="/profile" className="inline-flex min-h-6 min-w-0 max-w-[12rem] items-center text-sm text-stone-300 underline-offset-2 hover:text-white hover:underline">
            {/* Named by its visible text first (WCAG 2.5.3: a voice user says what they see). */}
            <span className="truncate">{userName}</span>
            <span className="sr-only"> (your profile)</span>
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
