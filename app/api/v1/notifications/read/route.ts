import { apiRoute, readJson } from "@/lib/api/handler";
import { markNotificationsRead } from "@/lib/data/notifications";

/** `{ keys: [...] }` or `{ all: true }`: mark reminders read; answers the unread count left. */
export const POST = apiRoute(async ({ actor, request }) => markNotificationsRead(actor, await readJson(request)));
