// The daily digest e-mail of one's unread reminders, as text. Pure: the data
// layer picks the reminders and sends it (lib/data/digest.ts).

import type { Reminder } from "./reminders";

export function digestMessage(name: string, reminders: readonly Reminder[], origin: string): { subject: string; text: string } {
  const n = reminders.length;
  const subject = `Stuntbook: ${n} ${n === 1 ? "reminder" : "reminders"}`;
  const byProduction = new Map<string, Reminder[]>();
  for (const r of reminders) byProduction.set(r.production, [...(byProduction.get(r.production) ?? []), r]);
  const lines = [`Hello ${name},`, "", `${n === 1 ? "This needs" : "These need"} your attention in Stuntbook:`];
  for (const [production, items] of byProduction) {
    lines.push("", production);
    for (const r of items) lines.push(`- ${r.text}`, `  ${origin}${r.href}`);
  }
  lines.push("", `Your inbox: ${origin}/inbox`, "Reminders you mark read there are not sent again.");
  return { subject, text: lines.join("\n") };
}
