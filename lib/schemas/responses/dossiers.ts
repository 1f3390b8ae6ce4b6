import { z } from "zod";
import { count, id, instant, nullableText, day } from "./common";

// What the dossier routes answer (lib/data/dossiers.ts).

const verdict = z.enum(["ready", "ready_with_warnings", "not_ready"]);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256, lowercase hex");

export const dossierSummary = z
  .object({
    id,
    stuntId: id,
    sha256: sha256.describe("The seal: SHA-256 of the sealed canonical JSON (RFC 8785)"),
    verdict,
    createdAt: instant,
    createdBy: z.object({ id, name: z.string() }),
    url: z.string().describe("The public page that checks the seal"),
  })
  .meta({ id: "DossierSummary" });

export const sealCheck = z
  .object({
    statement: z.object({
      sha256,
      production: z.string(),
      stunt: z.string(),
      plannedDate: day.nullable(),
      sealedAt: instant,
      timeZone: z.string(),
      sealedBy: z.string(),
      verdict,
      auditChain: z.object({ entries: count, head: sha256 }),
    }),
    contentIntact: z.boolean().describe("The stored dossier still hashes to its seal"),
    chain: z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), problem: z.string() })]).describe("The production's audit chain, up to the head the dossier recorded"),
    checkedAt: instant,
  })
  .meta({ id: "SealCheck" });

/** The sealed document's top level (the JSON download); its parts are documented in decision 0016. */
export const dossierDocument = z.looseObject({
  format: z.literal("stuntbook-dossier/1"),
  sealedAt: instant,
  asOf: day,
  verdict,
  stunt: z.looseObject({ id, name: z.string(), plannedDate: day.nullable(), description: nullableText }),
  auditChain: z.object({ entries: count, head: sha256 }),
});
