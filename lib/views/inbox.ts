import "server-only";
import type { Actor } from "../domain/actor";
import { listNotifications } from "../data/notifications";

/** The inbox page: one's reminders, unread first, grouped by production in the order they come. */
export async function loadInboxView(actor: Actor) {
  return listNotifications(actor);
}
