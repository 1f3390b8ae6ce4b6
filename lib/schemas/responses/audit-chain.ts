import { z } from "zod";
import { count, id } from "./common";

const hash = z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256, hex");

export const chainVerdict = z
  .union([
    z.object({ ok: z.literal(true), entries: count, head: hash.describe("The newest link's hash: it commits to every event before it") }),
    z.object({
      ok: z.literal(false),
      entries: count.describe("Links that verified before the break"),
      firstBrokenEntry: z.object({
        id: id.describe("The audit event at the break"),
        at: z.string().nullable(),
        action: z.string().nullable(),
        seq: z.number().int().nullable().describe("Its link's number; null for an event the chain does not name"),
        problem: z.string(),
      }),
    }),
  ])
  .meta({ id: "AuditChainVerdict" });
