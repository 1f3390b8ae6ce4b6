import { apiRoute } from "@/lib/api/handler";
import { listNotifications } from "@/lib/data/notifications";

/** One's reminders across one's productions, unread first: `{ unread, items }`. */
export const GET = apiRoute(({ actor }) => listNotifications(actor));
