import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ userName }: { userName: string }) {
  return (
    <header className="bg-stone-900 text-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-black tracking-tight">
          Stunt<span className="text-orange-400">book</span>
        </Link>
        <div className="flex min-w-0 items-center gap-2">
          <span className="truncate text-sm text-stone-300" title={userName}>
            {userName}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
