import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { InvitationList } from "@/components/forms/invitation-list";
import { requireActorOrSignIn } from "@/lib/auth/actor";
import { loadProductionsView } from "@/lib/views/account";
import { homePathFor } from "@/lib/domain/navigation";

export const metadata: Metadata = { title: "Productions" };

export default async function HomePage() {
  const actor = await requireActorOrSignIn();
  const { productions, invitations } = await loadProductionsView(actor);
  // Straight to the one production, unless an invitation waits for an answer.
  if (productions.length === 1 && invitations.length === 0) redirect(homePathFor(productions[0]!, actor.userId));
  return (
    <section className="space-y-4">
      <InvitationList invitations={invitations} />
      <h1 className="text-2xl font-bold">Your productions</h1>
      {productions.length === 0 ? (
        <div className="card mt-4">
          <p className="font-medium">You are not a member of any production yet.</p>
          <p className="mt-1 text-sm text-stone-600">
            {invitations.length > 0 ? "Accept an invitation above to join." : "Ask your stunt coordinator to invite you with your email address."}
          </p>
        </div>
      ) : (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {productions.map((p) => (
            <li key={p.id}>
              <Link href={homePathFor(p, actor.userId)} className="card block hover:border-stone-400">
                <span className="block text-lg font-semibold">{p.name}</span>
                <span className="text-sm capitalize text-stone-600">{p.role}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
