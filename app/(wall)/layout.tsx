import { SessionKeepAlive } from "@/components/session-keep-alive";
import { requireActorOrSignIn } from "@/lib/auth/actor";

/** Full-screen views for a TV on set: no header, dark, large type. */
export default async function WallLayout({ children }: { children: React.ReactNode }) {
  await requireActorOrSignIn();
  return (
    <div className="palette-light min-h-dvh bg-stone-950 text-stone-50">
      {/* A TV on set stays open for days: it keeps its session while it is on. */}
      <SessionKeepAlive />
      {children}
    </div>
  );
}
