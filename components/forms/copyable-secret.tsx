"use client";

import { useState } from "react";

/** A secret shown once (a one-time password, an API token): monospace, whole, with a button that copies it. */
export function CopyableSecret({ secret, label }: { secret: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <code className="break-all rounded bg-surface px-2 py-1 font-mono text-sm" aria-label={label} data-testid="secret">
        {secret}
      </code>
      <button
        type="button"
        className="btn-secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
        }}
      >
        {copied ? "Copied" : "Copy"}
        <span className="sr-only"> {label}</span>
      </button>
    </div>
  );
}
