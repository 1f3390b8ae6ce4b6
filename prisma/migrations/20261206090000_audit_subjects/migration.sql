-- Audit events about more than training sessions (decision 0015). Written by
-- hand: Prisma's diff rebuilds the table to add a NOT NULL column, which
-- would drop its append-only triggers; SQLite adds a column with a constant
-- default in place, and every existing event is about a session.
ALTER TABLE "AuditEvent" ADD COLUMN "subject" TEXT NOT NULL DEFAULT 'session';
