// How a change to a safety setting reads on the settings page. Pure.

const LABEL: Record<string, string> = {
  maxPerDay: "max per day",
  maxPer7Days: "max per 7 days",
  minRestDays: "min days between sessions",
  hard: "hard",
  coordinatorLogsAreVerified: "coordinator entries count as signed",
  verifierCredentialKind: "verifiers must hold a valid",
  count: "currency count",
  days: "currency days",
};

function show(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** "max per day: none → 10; hard: no → yes" for the fields that changed; "no change" when none did. */
export function describeSettingChange(before: unknown, after: unknown): string {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const parts = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((key) => b[key] !== a[key])
    .map((key) => `${LABEL[key] ?? key}: ${show(b[key])} → ${show(a[key])}`);
  return parts.length ? parts.join("; ") : "saved without a change";
}
