// A stand-in for a serving app in the backup tests: logs training sessions
// into a SQLite file, one transaction each, as fast as it can, until killed.
// Usage: node --import tsx tests/support/sqlite-session-writer.ts FILE PRODUCTION PERFORMER DISCIPLINE LOGGED_BY

import Database from "better-sqlite3";

const [file, productionId, performerId, disciplineId, loggedById] = process.argv.slice(2);
const db = new Database(file!, { timeout: 5_000 });
const insert = db.prepare(
  `INSERT INTO "TrainingSession" ("id", "productionId", "performerId", "disciplineId", "date", "count", "status", "loggedById", "createdAt", "updatedAt")
   VALUES (?, ?, ?, ?, '2026-11-29', 1, 'pending', ?, ?, ?)`,
);
let n = 0;

function writeOne() {
  n += 1;
  const now = new Date().toISOString();
  insert.run(`writer-${String(n).padStart(8, "0")}`, productionId, performerId, disciplineId, loggedById, now, now);
  setImmediate(writeOne); // let the kill signal in between writes
}

process.on("SIGTERM", () => {
  db.close();
  process.exit(0);
});
writeOne();
