import "server-only";
import { formatDay } from "../../domain/calendar-day";
import type { ImportProblem } from "../../domain/logbook-import";
import type { ProtrackFile, ProtrackJump } from "../../domain/protrack";
import { MAX_REPS_PER_SESSION } from "../../domain/session-bounds";
import { calendarDay } from "../../schemas/fields";
import { usedJumpNumbers } from "./jumps";
import type { Candidate, PlanContext, Start } from "./import-plan";
import type { SqlBody } from "../../server/sql-steps";

// Protrack II jumps (lib/domain/protrack.ts) as entries: each jump judged on
// its own (its date; its number against the logbook: with duplicates=skip a
// jump already counted is skipped, with add it is an error, as jump numbers
// are unique), then one entry per day, with one jump row per jump, all in the
// discipline the caller chose. The preview counts jumps, not entries.

export const PROTRACK_NOTES = "Protrack II import";

const dateRule = calendarDay("Date");

export function* protrackStart(ctx: PlanContext, file: ProtrackFile): SqlBody<Start> {
  const discipline = ctx.fixed!; // the query schema requires it, loadPlanContext checked it records jumps
  const errors: ImportProblem[] = [...file.problems];
  let invalid = file.invalid;
  let valid = 0;
  let duplicates = 0;

  const dated: ProtrackJump[] = [];
  for (const jump of file.jumps) {
    const checked = dateRule.safeParse(jump.date);
    const problem = !checked.success
      ? checked.error.issues[0]!.message
      : jump.date > ctx.today
        ? `Date cannot be after today (${formatDay(ctx.today)} in ${ctx.scope.production.timeZone}): is the altimeter's clock set?`
        : null;
    if (problem) {
      invalid++;
      errors.push({ line: jump.line, column: "date", message: problem });
    } else dated.push(jump);
  }

  const used = yield* usedJumpNumbers(ctx.scope.production.id, ctx.query.performerId, dated.map((j) => j.jumpNumber));
  const byDay = new Map<string, ProtrackJump[]>();
  for (const jump of dated) {
    if (used.has(jump.jumpNumber) && ctx.query.duplicates === "skip") {
      duplicates++;
      valid++;
      continue;
    }
    byDay.set(jump.date, [...(byDay.get(jump.date) ?? []), jump]);
  }

  const candidates: Candidate[] = [];
  for (const [date, jumps] of [...byDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
    jumps.sort((a, b) => a.jumpNumber - b.jumpNumber);
    if (jumps.length > MAX_REPS_PER_SESSION) {
      invalid += jumps.length;
      errors.push({ line: jumps[0]!.line, column: "date", message: `${jumps.length} jumps on ${date}: an entry holds at most ${MAX_REPS_PER_SESSION}` });
      continue;
    }
    const first = jumps[0]!.jumpNumber;
    const last = jumps.at(-1)!.jumpNumber;
    candidates.push({
      line: Math.min(...jumps.map((j) => j.line)),
      discipline,
      row: { date, count: jumps.length, notes: `${PROTRACK_NOTES}: ${first === last ? `jump ${first}` : `jumps ${first}–${last}`}` },
      jumps: jumps.map(({ line, jumpNumber, exitAltitudeFt, deploymentAltitudeFt, freefallSeconds }) => ({
        line,
        jump: { jumpNumber, exitAltitudeFt, deploymentAltitudeFt, freefallSeconds },
      })),
      entryDuplicates: false,
      units: jumps.length,
    });
  }
  return {
    unit: "jump",
    total: file.total,
    valid,
    duplicates,
    notCounting: 0,
    invalid,
    errors,
    candidates,
    usedJumpMessage: (n) =>
      `Jump number ${n} is already in this performer's logbook: with "add" it cannot be added again, as jump numbers are unique (choose "skip" to leave it out)`,
  };
}
