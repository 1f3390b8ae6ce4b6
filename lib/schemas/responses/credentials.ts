import { z } from "zod";
import { CREDENTIAL_KINDS, EQUIPMENT_KINDS } from "../../domain/credentials";
import { count, day, id } from "./common";

export const credential = z
  .object({
    id,
    userId: id,
    person: z.string(),
    kind: z.enum(CREDENTIAL_KINDS),
    name: z.string(),
    number: z.string().nullable(),
    issuedOn: day.nullable(),
    expiresOn: day.nullable().describe("null: does not expire"),
    status: z.enum(["valid", "expiring", "expired"]).describe("expiring: within 30 days; valid through the expiry day"),
    statusChangesOn: day.nullable().describe("The next day the status changes; null: never"),
    scanName: z.string().nullable().describe("A scan is on file under this name: GET …/credentials/{id}/scan"),
  })
  .meta({ id: "Credential" });

export const equipment = z
  .object({
    id,
    name: z.string(),
    kind: z.enum(EQUIPMENT_KINDS),
    ownerId: id.nullable(),
    owner: z.string().nullable(),
    serviceIntervalDays: count.nullable(),
    lastServiceOn: day.nullable(),
    expiresOn: day.nullable(),
    status: z.enum(["ok", "due_soon", "overdue"]).describe("due_soon: within 14 days"),
    dueOn: day.nullable().describe("When it must next be serviced or replaced; null: never, or unknown (an interval with no service recorded: overdue)"),
    statusChangesOn: day.nullable(),
  })
  .meta({ id: "Equipment" });

export const deleted = z.object({ id, deleted: z.literal(true) });
