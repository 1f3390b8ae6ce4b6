import "server-only";
import { formatDay } from "../../domain/calendar-day";
import { notCountingReason, type ImportProblem } from "../../domain/logbook-import";
import type { ReadFile } from "./import-file";
import { nameKey, type Candidate, type PlanContext, type Start } from "./import-plan";

// A CSV file's rows, each judged on its own against the production: its
// discipline (by name, or the one the caller chose for every row), its date
// against today, its jump rows against the discipline. Rows that never count
// are left out here.

export function csvStart(ctx: PlanContext, file: ReadFile): Start {
  const { scope, today } = ctx;
  const errors: ImportProblem[] = [...file.problems];
  let invalid = file.invalid;
  let notCounting = 0;
  const candidates: Candidate[] = [];
  for (const { line, row, status, correctsId, jumps } of file.rows) {
    const discipline = ctx.fixed ?? ctx.byName.get(nameKey(row.discipline ?? ""));
    const problems: ImportProblem[] = [];
    if (!discipline) problems.push({ line, column: "discipline", message: `No discipline named "${row.discipline ?? ""}" in this production` });
    else if (discipline.archived) problems.push({ line, column: "discipline", message: `${discipline.name} is archived: restore it in Settings to import into it` });
    if (row.date > today) problems.push({ line, column: "date", message: `Date cannot be after today (${formatDay(today)} in ${scope.production.timeZone})` });
    if (discipline && jumps?.length && !discipline.recordsJumps) {
      problems.push({ line, column: "jumps", message: `${discipline.name} does not record jumps: empty the jumps cell, or import the row into a jump discipline` });
    }
    if (problems.length || !discipline || discipline.archived) {
      invalid++;
      errors.push(...problems);
      continue;
    }
    if (notCountingReason(status, correctsId)) {
      notCounting++;
      continue;
    }
    candidates.push({ line, discipline, row, ...(jumps ? { jumps: jumps.map((jump) => ({ line, jump })) } : {}), entryDuplicates: true, units: 1 });
  }
  return {
    unit: "row",
    total: file.total,
    valid: 0,
    duplicates: 0,
    notCounting,
    invalid,
    errors,
    candidates,
    usedJumpMessage: (n) => `Jump number ${n} is already in this performer's logbook: a jump number is logged once`,
  };
}
