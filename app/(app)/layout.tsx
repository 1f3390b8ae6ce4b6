import { redirect } from "next/navigation";
import { SessionKeepAlive } from "@/components/session-keep-alive";
import { SiteHeader } from "@/components/site-header";
import { requireActorOrSignIn } from "@/lib/auth/actor";
import { loadAccountView } from "@/lib/views/account";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActorOrSignIn();
  const user = await loadAccountView(actor);
  // A valid cookie for a deleted account: start over at sign-in.
  if (!user) redirect("/api/auth/signout");
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-surface focus:px-3 focus:py-2">
        Skip to content
      </a>
      <SessionKeepAlive />
      <SiteHeader userName={user.name} userId={actor.userId} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
