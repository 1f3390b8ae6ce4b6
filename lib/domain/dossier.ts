// A sealed stunt dossier (issue 13, decision 0016): the evidence behind a
// go/no-go verdict, frozen at one instant as a plain JSON document whose
// SHA-256 (of its canonical text) is printed on paper and looked up by the
// public /verify page. Pure: the data layer gathers the parts, this file
// gives them one shape and one order, so the same evidence always reads the
// same and the PDF is drawn from the document alone.

import type { Reason, Verdict } from "./go-no-go";

/** The document's format: a reader of an old dossier knows what it holds. */
export const DOSSIER_FORMAT = "stuntbook-dossier/1";

export interface DossierPerformer {
  id: string;
  name: string;
  goals: { goalId: string; discipline: string; target: number; done: number; verified: number; verifiedShare: number; startDate: string; deadline: string }[];
  disciplinesWithoutGoal: string[];
  pendingEntries: number;
  currency: { discipline: string; count: number; days: number; current: boolean; currentUntil: string | null }[];
  credentials: { kind: string; name: string; number: string | null; issuedOn: string | null; expiresOn: string | null }[];
  checkIns: { date: string; sleep: number; soreness: number; fatigue: number; stress: number; mood: number; average: number }[];
  /** Sessions logged past a hard dose limit, with the coordinator's reason. */
  overrides: { sessionId: string; date: string; discipline: string; count: number; reason: string }[];
}

export interface DossierDocument {
  format: typeof DOSSIER_FORMAT;
  production: { id: string; name: string; timeZone: string };
  stunt: { id: string; name: string; plannedDate: string | null; description: string | null };
  /** The instant of sealing (UTC ISO) and the production's calendar day then. */
  sealedAt: string;
  asOf: string;
  sealedBy: { id: string; name: string };
  verdict: Verdict;
  reasons: { performerId: string | null; kind: string; blocking: boolean; message: string }[];
  performers: DossierPerformer[];
  equipment: { id: string; name: string; kind: string; status: string; dueOn: string | null }[];
  incidents: { id: string; occurredOn: string; performerId: string | null; severity: string; status: string; description: string; followUp: string | null; stuntId: string | null }[];
  takes: { id: string; number: number; performerId: string; at: string; outcome: string; notes: string | null }[];
  /** The production's audit chain when sealed: links verified, and the last link's hash. */
  auditChain: { entries: number; head: string };
}

export type DossierParts = Omit<DossierDocument, "format" | "performers" | "reasons" | "incidents" | "takes" | "equipment"> & {
  reasons: readonly Reason[];
  performers: readonly (Omit<DossierPerformer, "goals"> & { goals: readonly Omit<DossierPerformer["goals"][number], "verifiedShare">[] })[];
  equipment: DossierDocument["equipment"];
  incidents: DossierDocument["incidents"];
  takes: DossierDocument["takes"];
};

/** Verified reps as a share of reps done, to three decimals (0 when nothing is done). */
export function verifiedShare(done: number, verified: number): number {
  return done > 0 ? Math.round((verified / done) * 1000) / 1000 : 0;
}

const byText = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * The document, with every list in a fixed order (performers as the stunt
 * names them; the rest by date, then id), so gathering the same evidence
 * twice gives the same text and the same hash.
 */
export function buildDossier(parts: DossierParts): DossierDocument {
  return {
    format: DOSSIER_FORMAT,
    production: parts.production,
    stunt: parts.stunt,
    sealedAt: parts.sealedAt,
    asOf: parts.asOf,
    sealedBy: parts.sealedBy,
    verdict: parts.verdict,
    reasons: parts.reasons.map((r) => ({ performerId: r.performerId, kind: r.kind, blocking: r.blocking, message: r.message })),
    performers: parts.performers.map((p) => ({
      ...p,
      goals: [...p.goals].sort(byText((g) => `${g.discipline}\u0000${g.goalId}`)).map((g) => ({ ...g, verifiedShare: verifiedShare(g.done, g.verified) })),
      currency: [...p.currency].sort(byText((c) => c.discipline)),
      credentials: [...p.credentials].sort(byText((c) => `${c.kind}\u0000${c.name}\u0000${c.expiresOn ?? ""}`)),
      checkIns: [...p.checkIns].sort(byText((c) => c.date)),
      overrides: [...p.overrides].sort(byText((o) => `${o.date}\u0000${o.sessionId}`)),
    })),
    equipment: [...parts.equipment].sort(byText((e) => `${e.name}\u0000${e.id}`)),
    incidents: [...parts.incidents].sort(byText((i) => `${i.occurredOn}\u0000${i.id}`)),
    takes: [...parts.takes].sort((a, b) => a.number - b.number),
    auditChain: parts.auditChain,
  };
}

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** What the public verify page may say of a dossier: what the seal itself states, nothing of the evidence. */
export interface SealStatement {
  sha256: string;
  production: string;
  stunt: string;
  plannedDate: string | null;
  sealedAt: string;
  /** The production's zone, to show the time as its team saw it. */
  timeZone: string;
  sealedBy: string;
  verdict: Verdict;
  auditChain: { entries: number; head: string };
}

export function sealStatement(sha256: string, doc: DossierDocument): SealStatement {
  return {
    sha256,
    production: doc.production.name,
    stunt: doc.stunt.name,
    plannedDate: doc.stunt.plannedDate,
    sealedAt: doc.sealedAt,
    timeZone: doc.production.timeZone,
    sealedBy: doc.sealedBy.name,
    verdict: doc.verdict,
    auditChain: doc.auditChain,
  };
}
