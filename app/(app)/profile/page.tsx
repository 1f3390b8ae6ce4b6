import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PasswordForm, ProfileForm } from "@/components/forms/settings-forms";
import { requireActorOrSignIn } from "@/lib/auth/actor";
import { loadAccountView } from "@/lib/views/account";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const actor = await requireActorOrSignIn();
  const user = await loadAccountView(actor);
  if (!user) redirect("/login");
  return (
    <div className="max-w-xl space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Your profile</h1>
        <p className="text-sm text-stone-600">Signed in as {user.email}.</p>
      </div>
      <section className="card">
        <ProfileForm name={user.name} credential={user.credential} />
      </section>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-lg font-semibold">
          Password
        </h2>
        <PasswordForm />
      </section>
    </div>
  );
}
