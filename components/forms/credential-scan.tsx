"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type ChangeEvent } from "react";

const TYPES = ["application/pdf", "image/png", "image/jpeg"];
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Attach a scan (PDF, PNG or JPEG) to a credential: the file goes straight to
 * `PUT …/credentials/{id}/scan` as the body (the server checks who may, then
 * reads it, then checks what it is); the page refreshes to show it.
 */
export function CredentialScanUpload({ productionId, credentialId, label, hasScan }: { productionId: string; credentialId: string; label: string; hasScan: boolean }) {
  const id = useId();
  const router = useRouter();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    if (!TYPES.includes(file.type)) return setMessage({ error: true, text: "Choose a PDF, PNG or JPEG file" });
    if (file.size > MAX_BYTES) return setMessage({ error: true, text: "The scan is larger than 5 MB" });
    setPending(true);
    setMessage(null);
    try {
      const response = await fetch(`/api/v1/productions/${productionId}/credentials/${credentialId}/scan?${new URLSearchParams({ fileName: file.name })}`, {
        method: "PUT",
        headers: { "content-type": file.type },
        body: file,
      });
      const body = (await response.json()) as { error?: string; fields?: Record<string, string> };
      if (!response.ok) setMessage({ error: true, text: body.fields?.scan ?? body.error ?? "The scan was refused" });
      else {
        setMessage({ error: false, text: "Scan filed." });
        router.refresh();
      }
    } catch {
      setMessage({ error: true, text: "The scan could not be sent (no connection?)" });
    } finally {
      setPending(false);
      input.value = "";
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="inline-flex min-h-6 cursor-pointer items-center underline underline-offset-2">
        {pending ? "Sending…" : hasScan ? "Replace scan" : "Attach scan"}
        <span className="sr-only"> of {label}</span>
      </label>
      <input id={id} type="file" accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg" className="sr-only" onChange={onChange} disabled={pending} />
      <span role="status" aria-live="polite" className={message?.error ? "text-red-700" : "text-emerald-800"}>
        {message?.text}
      </span>
    </span>
  );
}
