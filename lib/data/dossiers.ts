import "server-only";
import { buildDossier, sealStatement, SHA256_PATTERN, type DossierDocument, type SealStatement } from "../domain/dossier";
import { ConflictError, NotFoundError } from "../domain/errors";
import type { ProductionScope } from "../domain/scope";
import { addDays } from "../domain/calendar-day";
import type { ChainVerdict } from "../domain/audit-chain";
import { canonicalJson } from "../server/canonical-json";
import { getDb } from "../server/db";
import { isUniqueConstraintViolation } from "../server/db-errors";
import { env } from "../server/env";
import { sha256Hex } from "../server/sha256";
import { getSqlWriter } from "../server/sql-writer";
import { checkInAverage } from "../schemas/check-in";
import { auditorOf, recordAudit } from "./audit-log";
import { verifyChainUpTo, verifyProductionChain } from "./audit-verify";
import { requirePermission } from "./scope";
import { judgeStunt } from "./stunt-readiness";
import { equipmentStatus } from "../domain/credentials";
import { dossierJsonQuerySchema, dossierPdfQuerySchema } from "../schemas/dossier";
import { parseOrThrow } from "../schemas/parse";
import { renderDossierPdf } from "../server/pdf/dossier-pdf";

// Sealed stunt dossiers (issue 13, decision 0016): a coordinator freezes the
// evidence behind a stunt's verdict as canonical JSON; its SHA-256 is the
// seal, printed with a QR code of the public /verify page that looks it up.

/** Check-ins a dossier keeps: the week before sealing, the day itself included. */
const CHECK_IN_DAYS = 7;

export interface DossierSummary {
  id: string;
  stuntId: string;
  sha256: string;
  verdict: string;
  createdAt: string;
  createdBy: { id: string; name: string };
  url: string;
}

export const verifyUrl = (sha256: string) => `${env().publicOrigin}/verify/${sha256}`;

function summary(row: { id: string; stuntId: string; sha256: string; verdict: string; createdAt: Date; createdById: string }, name: string): DossierSummary {
  return { id: row.id, stuntId: row.stuntId, sha256: row.sha256, verdict: row.verdict, createdAt: row.createdAt.toISOString(), createdBy: { id: row.createdById, name }, url: verifyUrl(row.sha256) };
}

const brokenMessage = (verdict: Extract<ChainVerdict, { ok: false }>) =>
  `The audit chain breaks at entry ${verdict.firstBrokenEntry.seq ?? "?"} (${verdict.firstBrokenEntry.problem}): nothing can be sealed on a broken record until an operator has looked into it`;

/** Gather the stunt's evidence as of now, freeze it, and record the seal in the audit chain (coordinators). */
export async function sealDossier(scope: ProductionScope, stuntId: string, now = new Date()): Promise<DossierSummary> {
  requirePermission(scope, "dossier.seal");
  const productionId = scope.production.id;
  const today = scope.today;
  // The chain first: a dossier names a head only after every link up to it has been recomputed.
  const chain = await getSqlWriter().read(() => verifyProductionChain(productionId));
  if (!chain.ok) throw new ConflictError(brokenMessage(chain));
  const judged = await judgeStunt(productionId, stuntId, today);
  const { stunt } = judged;
  const db = await getDb();
  const ofPerformers = { productionId, performerId: { in: stunt.performerIds } };
  const [sealer, credentials, checkIns, overrides, incidents, takes, disciplines] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: scope.actor.userId }, select: { name: true } }),
    db.credential.findMany({ where: { productionId, userId: { in: stunt.performerIds } }, select: { userId: true, kind: true, name: true, number: true, issuedOn: true, expiresOn: true } }),
    db.readinessCheckIn.findMany({ where: { ...ofPerformers, date: { gte: addDays(today, -(CHECK_IN_DAYS - 1)), lte: today } } }),
    db.trainingSession.findMany({
      where: { ...ofPerformers, disciplineId: { in: stunt.disciplineIds }, limitOverrideReason: { not: null } },
      select: { id: true, performerId: true, date: true, disciplineId: true, count: true, limitOverrideReason: true },
    }),
    db.incident.findMany({
      where: { productionId, OR: [{ performerId: { in: stunt.performerIds } }, { stuntId }] },
      select: { id: true, occurredOn: true, performerId: true, severity: true, status: true, description: true, followUp: true, stuntId: true },
    }),
    db.take.findMany({ where: { stuntId }, select: { id: true, number: true, performerId: true, at: true, outcome: true, notes: true } }),
    db.discipline.findMany({ where: { productionId, id: { in: stunt.disciplineIds } }, select: { id: true, name: true } }),
  ]);
  const disciplineName = new Map(disciplines.map((d) => [d.id, d.name]));
  const doc = buildDossier({
    production: { id: productionId, name: scope.production.name, timeZone: scope.production.timeZone },
    stunt: { id: stunt.id, name: stunt.name, plannedDate: stunt.plannedDate, description: stunt.description },
    sealedAt: now.toISOString(),
    asOf: today,
    sealedBy: { id: scope.actor.userId, name: sealer.name },
    verdict: judged.verdict,
    reasons: judged.reasons,
    performers: judged.evidence.map((e) => ({
      id: e.performerId,
      name: e.name,
      goals: judged.goals
        .filter((g) => g.performerId === e.performerId)
        .map((g) => ({
          goalId: g.id,
          discipline: disciplineName.get(g.disciplineId) ?? "?",
          target: g.target,
          done: judged.counts.get(g.id)?.done ?? 0,
          verified: judged.counts.get(g.id)?.verified ?? 0,
          startDate: g.startDate,
          deadline: g.deadline,
        })),
      disciplinesWithoutGoal: e.disciplinesWithoutGoal,
      pendingEntries: e.pendingEntries,
      currency: e.currency ?? [],
      credentials: credentials.filter((c) => c.userId === e.performerId).map(({ userId: _, ...c }) => c),
      checkIns: checkIns
        .filter((c) => c.performerId === e.performerId)
        .map((c) => ({ date: c.date, sleep: c.sleep, soreness: c.soreness, fatigue: c.fatigue, stress: c.stress, mood: c.mood, average: checkInAverage(c) })),
      overrides: overrides
        .filter((o) => o.performerId === e.performerId)
        .map((o) => ({ sessionId: o.id, date: o.date, discipline: disciplineName.get(o.disciplineId) ?? "?", count: o.count, reason: o.limitOverrideReason ?? "" })),
    })),
    equipment: judged.equipment.map((e) => {
      const s = equipmentStatus(e, today);
      return { id: e.id, name: e.name, kind: e.kind, status: s.status, dueOn: s.dueOn };
    }),
    incidents,
    takes: takes.map((t) => ({ ...t, at: t.at.toISOString() })),
    auditChain: { entries: chain.entries, head: chain.head },
  });
  const content = canonicalJson(doc);
  const sha256 = sha256Hex(content);
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.dossier.create({ data: { productionId, stuntId, sha256, verdict: doc.verdict, content, createdById: scope.actor.userId, createdAt: now } });
      // The seal is itself an event of the chain: the record that follows commits to the dossier too.
      await recordAudit(tx, auditorOf(scope), { subject: "stunt", subjectId: stuntId, action: "seal", after: { dossierId: created.id, sha256, verdict: doc.verdict } }, now);
      return created;
    });
    return summary(row, sealer.name);
  } catch (error) {
    if (isUniqueConstraintViolation(error)) throw new ConflictError("This very dossier was sealed a moment ago: see the list of dossiers");
    throw error;
  }
}

async function names(ids: string[]) {
  const db = await getDb();
  return new Map((await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
}

/** A stunt's dossiers, newest first (coordinators and viewers: a dossier holds every performer's evidence). */
export async function listDossiers(scope: ProductionScope, stuntId: string): Promise<DossierSummary[]> {
  requirePermission(scope, "dossier.read");
  const db = await getDb();
  if (!(await db.stunt.count({ where: { id: stuntId, productionId: scope.production.id } }))) throw new NotFoundError("No such stunt in this production");
  const rows = await db.dossier.findMany({
    where: { productionId: scope.production.id, stuntId },
    select: { id: true, stuntId: true, sha256: true, verdict: true, createdAt: true, createdById: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const who = await names(rows.map((r) => r.createdById));
  return rows.map((r) => summary(r, who.get(r.createdById) ?? "Unknown"));
}

/** One dossier: its canonical text, byte for byte what was sealed, and the document it holds. */
export async function getDossier(scope: ProductionScope, dossierId: string): Promise<{ sha256: string; content: string; document: DossierDocument }> {
  requirePermission(scope, "dossier.read");
  const db = await getDb();
  const row = await db.dossier.findFirst({ where: { id: dossierId, productionId: scope.production.id }, select: { sha256: true, content: true } });
  if (!row) throw new NotFoundError("No such dossier in this production");
  return { sha256: row.sha256, content: row.content, document: JSON.parse(row.content) as DossierDocument };
}

export interface SealCheck {
  statement: SealStatement;
  /** The stored text still hashes to the seal. */
  contentIntact: boolean;
  /** The production's chain still holds, up to the head the dossier recorded. */
  chain: { ok: true } | { ok: false; problem: string };
  checkedAt: string;
}

// The public page walks a chain: at most once a minute per seal per node, so
// a link passed around (or a script) cannot keep a node walking long chains.
const RECHECK_MS = 60_000;
const recent = new Map<string, { at: number; check: SealCheck }>();

/** What the public may learn from a seal: whether it exists, what it states, and whether it still holds; null when unknown. */
export async function checkSeal(sha256: string, now = new Date()): Promise<SealCheck | null> {
  if (!SHA256_PATTERN.test(sha256)) return null;
  const cached = recent.get(sha256);
  if (cached && now.getTime() - cached.at < RECHECK_MS) return cached.check;
  const db = await getDb();
  const row = await db.dossier.findUnique({ where: { sha256 }, select: { productionId: true, content: true } });
  if (!row) return null;
  const doc = JSON.parse(row.content) as DossierDocument;
  const verdict = await getSqlWriter().read(() => verifyChainUpTo(row.productionId, doc.auditChain.entries, doc.auditChain.head));
  const check: SealCheck = {
    statement: sealStatement(sha256, doc),
    contentIntact: sha256Hex(row.content) === sha256,
    chain: verdict.ok ? { ok: true } : { ok: false, problem: verdict.firstBrokenEntry.problem },
    checkedAt: now.toISOString(),
  };
  if (recent.size > 1000) recent.clear();
  recent.set(sha256, { at: now.getTime(), check });
  return check;
}

/** A dossier as a file: its sealed JSON exactly, or the PDF drawn from it. */
export async function dossierFile(scope: ProductionScope, dossierId: string, format: string, query: unknown): Promise<{ body: Uint8Array; type: string; name: string }> {
  const { sha256, content, document } = await getDossier(scope, dossierId);
  const base = `dossier-${document.stunt.name.replace(/[^\w-]+/g, "-").slice(0, 60)}-${sha256.slice(0, 12)}`;
  if (format === "json") {
    parseOrThrow(dossierJsonQuerySchema, query);
    return { body: new TextEncoder().encode(content), type: "application/json; charset=utf-8", name: `${base}.json` };
  }
  const { paper } = parseOrThrow(dossierPdfQuerySchema, query);
  return { body: await renderDossierPdf(document, sha256, verifyUrl(sha256), paper), type: "application/pdf", name: `${base}.pdf` };
}
