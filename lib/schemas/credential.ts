import { z } from "zod";
import { CREDENTIAL_KINDS, EQUIPMENT_KINDS } from "../domain/credentials";
import { calendarDay, optionalText, optionalWholeNumber, requiredId, requiredText } from "./fields";

// Credentials and equipment: one payload each for create and update (an
// update states the whole record, so nothing is half-changed by a missing
// key), used by the API, the forms and the OpenAPI document.

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
const optionalDay = (label: string) => z.preprocess(blank, calendarDay(label).optional());

export const credentialSchema = z
  .strictObject({
    /** Whose credential: a member of the production; the caller when omitted. */
    userId: z.preprocess(blank, requiredId("Choose the person").optional()),
    kind: z.enum(CREDENTIAL_KINDS, { error: `Kind must be one of ${CREDENTIAL_KINDS.join(", ")}` }),
    name: requiredText("Name", 120),
    number: optionalText("Number", 60),
    issuedOn: optionalDay("Issued on"),
    expiresOn: optionalDay("Expires on"),
  })
  .superRefine((c, ctx) => {
    if (c.issuedOn && c.expiresOn && c.expiresOn < c.issuedOn) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Expires on must not be before the issue date" });
  });
export type CredentialInput = z.output<typeof credentialSchema>;

export const credentialQuerySchema = z.strictObject({
  userId: z.preprocess(blank, requiredId("Unknown person").optional()),
});

export const equipmentSchema = z
  .strictObject({
    name: requiredText("Name", 120),
    kind: z.enum(EQUIPMENT_KINDS, { error: `Kind must be one of ${EQUIPMENT_KINDS.join(", ")}` }),
    /** A member who owns it; omitted or null: the production's own. */
    ownerId: z.preprocess(blank, requiredId("Unknown owner").optional()),
    serviceIntervalDays: optionalWholeNumber("Service interval (days)", 1, 3650),
    lastServiceOn: optionalDay("Last service"),
    expiresOn: optionalDay("Expires on"),
  })
  .superRefine((e, ctx) => {
    if (e.lastServiceOn && e.serviceIntervalDays === undefined) {
      ctx.addIssue({ code: "custom", path: ["serviceIntervalDays"], message: "Give the service interval that the last service date starts" });
    }
  });
export type EquipmentInput = z.output<typeof equipmentSchema>;
