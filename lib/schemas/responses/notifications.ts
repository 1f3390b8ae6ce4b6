import { z } from "zod";
import { count, day, id } from "./common";

export const inboxItem = z
  .object({
    key: z.string().describe("Names the reminder and the state it is about; mark it read with this"),
    kind: z.enum(["pending_sign_off", "currency_lapsing", "credential_expiring", "equipment_due", "entry_rejected"]),
    productionId: id,
    production: z.string(),
    text: z.string(),
    href: z.string().describe("Where to act on it in the app"),
    day: day.nullable(),
    read: z.boolean(),
  })
  .meta({ id: "InboxItem" });

export const inbox = z.object({ unread: count, items: z.array(inboxItem) });
export const unreadCount = z.object({ unread: count });
