import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { getActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; ended?: string }> }) {
  if (await getActor()) redirect("/");
  const { callbackUrl, ended } = await searchParams;
  // Only same-site paths: an open redirect after sign-in is a phishing aid.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-3xl font-black tracking-tight">
            Stunt<span className="text-brand-text">book</span>
          </p>
          <p className="mt-1 text-sm text-stone-600">Training log and readiness for stunt teams</p>
        </div>
        <div className="card">
          <h1 className="mb-4 text-lg font-semibold">Sign in</h1>
          {ended === "password" ? (
            <p role="status" className="mb-3 text-sm text-emerald-800">
              Password changed. Every session has ended: sign in with the new password.
            </p>
          ) : null}
          <SignInForm callbackUrl={next} />
        </div>
      </div>
    </main>
  );
}
