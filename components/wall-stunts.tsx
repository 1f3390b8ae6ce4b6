import Link from "next/link";
import { formatDay } from "@/lib/domain/calendar-day";
import type { Verdict } from "@/lib/domain/go-no-go";

// The next stunts on the wall, each with its go / no-go verdict in words and
// colour, large, its planned date and the reason to fix first.

export interface WallStunt {
  id: string;
  name: string;
  plannedDate: string | null;
  verdict: Verdict;
  topReason: string | null;
  otherReasons: number;
}

export const WALL_VERDICT: Record<Verdict, { text: string; card: string; word: string }> = {
  ready: { text: "GO", card: "border-emerald-400", word: "bg-emerald-300 text-emerald-950" },
  ready_with_warnings: { text: "GO, with warnings", card: "border-amber-400", word: "bg-amber-300 text-amber-950" },
  not_ready: { text: "NOT READY", card: "border-red-500", word: "bg-red-700 text-white" },
};

export function WallStunts({ productionId, stunts, more }: { productionId: string; stunts: WallStunt[]; more: number }) {
  return (
    <section aria-labelledby="wall-stunts-heading" className="flex flex-col gap-3">
      <h2 id="wall-stunts-heading" className="text-xl font-semibold tracking-widest text-stone-300 uppercase">
        Upcoming stunts · go / no-go
        {more ? <span className="font-normal normal-case tracking-normal"> · {more} more on the stunts page</span> : null}
      </h2>
      {stunts.length === 0 ? (
        <p className="text-2xl text-stone-300">No stunts planned.</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-3">
          {stunts.map((s) => {
            const verdict = WALL_VERDICT[s.verdict];
            return (
              <li key={s.id} className={`flex min-w-0 flex-col gap-2 rounded-xl border-4 bg-stone-900 p-4 ${verdict.card}`} data-testid="wall-stunt" data-stunt-id={s.id} data-verdict={s.verdict}>
                <div className="flex items-baseline justify-between gap-3">
                  <h3 className="min-w-0 truncate text-3xl font-bold">
                    <Link href={`/productions/${productionId}/stunts/${s.id}`} className="underline-offset-4 hover:underline">
                      {s.name}
                    </Link>
                  </h3>
                  <p className="shrink-0 text-2xl text-stone-200 tabular-nums">{s.plannedDate ? formatDay(s.plannedDate) : "No date yet"}</p>
                </div>
                <p className={`self-start rounded-lg px-4 py-1 text-5xl font-black tracking-tight ${verdict.word}`} data-testid="wall-verdict">
                  {verdict.text}
                </p>
                {s.topReason ? (
                  <p className="line-clamp-2 text-2xl text-stone-100">
                    {s.topReason}
                    {s.otherReasons ? <span className="text-stone-300"> (+{s.otherReasons} more)</span> : null}
                  </p>
                ) : (
                  <p className="text-2xl text-stone-100">Nothing stands in the way.</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
