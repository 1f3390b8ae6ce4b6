import { formatDay } from "@/lib/domain/calendar-day";
import type { CurrencyStatus } from "@/lib/domain/currency";

export interface CurrencyItem {
  disciplineId: string;
  discipline: string;
  count: number;
  days: number;
  currentUntil: string | null;
  lastSession: string | null;
  status: CurrencyStatus;
}

const STYLE: Record<CurrencyStatus, { label: string; badge: string }> = {
  current: { label: "Current", badge: "bg-emerald-100 text-emerald-900" },
  lapsing: { label: "Lapsing soon", badge: "bg-amber-100 text-amber-900" },
  lapsed: { label: "Lapsed", badge: "bg-red-100 text-red-900" },
};

function detail(c: CurrencyItem): string {
  const rule = `${c.count} in ${c.days} days`;
  const last = c.lastSession ? `last trained ${formatDay(c.lastSession)}` : "never trained";
  if (c.status === "lapsed") return `${rule}: ${c.currentUntil ? `lapsed after ${formatDay(c.currentUntil)}` : "not yet met"}; ${last}`;
  return `${rule}: current until ${formatDay(c.currentUntil!)}; ${last}`;
}

/** A performer's currency in each discipline with a rule: the status in words and colour, the day it lapses or lapsed. */
export function CurrencyList({ items }: { items: readonly CurrencyItem[] }) {
  return (
    <ul className="divide-y divide-stone-100 text-sm" data-testid="currency-list">
      {items.map((c) => (
        <li key={c.disciplineId} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{c.discipline}</span> <span className="text-stone-600">— {detail(c)}</span>
          </span>
          <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STYLE[c.status].badge}`}>{STYLE[c.status].label}</span>
        </li>
      ))}
    </ul>
  );
}
