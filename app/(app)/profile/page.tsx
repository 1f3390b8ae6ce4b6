import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ApiTokenList, CreateApiTokenForm } from "@/components/forms/api-tokens";
import { InvitationList } from "@/components/forms/invitation-list";
import { PasswordForm, ProfileForm } from "@/components/forms/settings-forms";
import { SignOutEverywhereButton } from "@/components/forms/sign-out-everywhere-button";
import { requireActorOrSignIn } from "@/lib/auth/actor";
import { loadProfileView } from "@/lib/views/account";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const actor = await requireActorOrSignIn();
  const view = await loadProfileView(actor);
  if (!view) redirect("/login");
  const { user, invitations, apiTokens } = view;
  return (
    <div className="max-w-xl space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Your profile</h1>
        <p className="text-sm text-stone-600">Signed in as {user.email}.</p>
      </div>
      <InvitationList invitations={invitations} />
      <section className="card">
        <ProfileForm name={user.name} credential={user.credential} />
      </section>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-lg font-semibold">
          Password
        </h2>
        <p className="mb-3 text-sm text-stone-600">Changing it signs you out everywhere, here too.</p>
        <PasswordForm />
      </section>
      <section className="card space-y-3" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-stone-600">
          A sign-in lasts 12 hours without use. Lost a phone, or signed in on a shared computer? End every session of your account,
          on every device.
        </p>
        <SignOutEverywhereButton />
      </section>
      <section className="card space-y-3" aria-labelledby="api-tokens-heading">
        <h2 id="api-tokens-heading" className="text-lg font-semibold">
          API tokens
        </h2>
        <p className="text-sm text-stone-600">
          For scripts and other tools using the JSON API (<code>/api/v1</code>) as you. A read token may only read; a write token may do
          everything you may. Tokens stop working when they expire, when you revoke them, and when you sign out everywhere or change your
          password.
        </p>
        <ApiTokenList tokens={apiTokens} />
        <CreateApiTokenForm />
      </section>
    </div>
  );
}
