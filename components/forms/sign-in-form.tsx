"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { fieldErrors, type FieldErrors } from "@/lib/schemas/field-errors";
import { parseThrottledErrorCode, tooManyAttemptsMessage } from "@/lib/domain/rate-limit";
import { signInSchema } from "@/lib/schemas/sign-in";
import { focusAnswer } from "./action-form";
import { describedBy, Field } from "./field";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
};

/** The message for next-auth's error code; a throttled sign-in (429) carries its wait in the code. */
function messageFor(code: string | null | undefined): string {
  const seconds = parseThrottledErrorCode(code);
  if (seconds !== null) return tooManyAttemptsMessage(seconds);
  return MESSAGES[code ?? ""] ?? "Sign-in failed. Try again in a moment.";
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  // Counts refusals, so that the same message twice still moves focus to it.
  const [refusals, setRefusals] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => focusAnswer(formRef.current, { status: refusals ? "error" : "idle" }), [refusals]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      setMessage(undefined);
      setRefusals((n) => n + 1);
      return;
    }
    setErrors({});
    setMessage(undefined);
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false, callbackUrl });
      if (!result || result.error) {
        setMessage(messageFor(result?.error));
        setRefusals((n) => n + 1);
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setMessage("Could not reach the server. Check your connection and try again.");
      setRefusals((n) => n + 1);
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      <Field id="email" label="Email" error={errors.email}>
        <input name="email" type="email" autoComplete="username" required className="field-input" {...describedBy("email", errors.email)} />
      </Field>
      <Field id="password" label="Password" error={errors.password}>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="field-input"
          {...describedBy("password", errors.password)}
        />
      </Field>
      <div role="alert" aria-live="assertive" tabIndex={-1} className="min-h-5 text-sm font-medium text-red-700 outline-none">
        {message}
      </div>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
