import type { JumpRow } from "@/lib/domain/logbook";
import { formatFreefall } from "@/lib/domain/jumps";
import { formatCount } from "@/lib/domain/format";

const dash = (v: number | string | null) => (v === null || v === "" ? "—" : typeof v === "number" ? formatCount(v) : v);

/**
 * An entry's per-jump rows, folded under a one-line summary ("Jumps 371–373 ·
 * 3 min freefall"): the logbook stays one line per entry, and the detail a
 * jump logbook keeps is one tap away. A real table, so a screen reader reads
 * each value with its column.
 */
export function JumpTable({ jumps }: { jumps: readonly JumpRow[] }) {
  if (jumps.length === 0) return null;
  const numbers = jumps.map((j) => j.jumpNumber);
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  const freefall = jumps.reduce((sum, j) => sum + (j.freefallSeconds ?? 0), 0);
  const summary = `${jumps.length === 1 ? `Jump ${first}` : `Jumps ${first}–${last}`} · ${formatFreefall(freefall)} freefall`;
  return (
    <details className="mt-1">
      <summary className="inline-flex min-h-6 cursor-pointer items-center text-stone-700 underline underline-offset-2">{summary}</summary>
      <div className="mt-1 overflow-x-auto">
        <table className="min-w-full text-xs tabular-nums">
          <caption className="sr-only">{summary}</caption>
          <thead className="text-left text-stone-500">
            <tr>
              <th scope="col" className="pr-2">No.</th>
              <th scope="col" className="pr-2">Exit ft</th>
              <th scope="col" className="pr-2">Deploy ft</th>
              <th scope="col" className="pr-2">Freefall</th>
              <th scope="col" className="pr-2">Type</th>
              <th scope="col" className="pr-2">Aircraft</th>
              <th scope="col" className="pr-2">Dropzone</th>
              <th scope="col" className="pr-2">Equipment</th>
              <th scope="col" className="pr-2">Landing m</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {jumps.map((j) => (
              <tr key={j.jumpNumber} className="border-t border-stone-100">
                <th scope="row" className="pr-2 text-left font-medium">{j.jumpNumber}</th>
                <td className="pr-2">{dash(j.exitAltitudeFt)}</td>
                <td className="pr-2">{dash(j.deploymentAltitudeFt)}</td>
                <td className="pr-2">{j.freefallSeconds === null ? "—" : `${j.freefallSeconds} s`}</td>
                <td className="pr-2">{dash(j.jumpType)}</td>
                <td className="pr-2">{dash(j.aircraft)}</td>
                <td className="pr-2">{dash(j.dropzone)}</td>
                <td className="pr-2">{dash(j.equipment)}</td>
                <td className="pr-2">{dash(j.landingDistanceM)}</td>
                <td>{dash(j.notes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
