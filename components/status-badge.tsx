import { SESSION_STATUS_LABEL, STATUS_LABEL } from "@/lib/domain/format";
import type { GoalStatus } from "@/lib/domain/progress";

const GOAL_STYLE: Record<GoalStatus, string> = {
  done: "bg-sky-100 text-sky-900 ring-sky-300",
  on_track: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  behind: "bg-red-100 text-red-900 ring-red-300",
  no_data: "bg-stone-100 text-stone-700 ring-stone-300",
};

const SESSION_STYLE: Record<string, string> = {
  pending: "bg-amber-100 text-amber-900 ring-amber-300",
  verified: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  rejected: "bg-red-100 text-red-900 ring-red-300",
};

const base = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset whitespace-nowrap";

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return <span className={`${base} ${GOAL_STYLE[status]}`}>{STATUS_LABEL[status]}</span>;
}

export function SessionStatusBadge({ status }: { status: string }) {
  return <span className={`${base} ${SESSION_STYLE[status] ?? GOAL_STYLE.no_data}`}>{SESSION_STATUS_LABEL[status] ?? status}</span>;
}
