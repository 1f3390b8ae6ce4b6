"use server";

import { markNotificationsRead } from "../data/notifications";
import type { FormState } from "./form-state";
import { accountAction } from "./run-action";

export async function markReadAction(key: string): Promise<FormState> {
  const data = new FormData();
  return accountAction(data, async (actor) => {
    await markNotificationsRead(actor, { keys: [key] });
    return "Marked read.";
  });
}

export async function markAllReadAction(): Promise<FormState> {
  return accountAction(new FormData(), async (actor) => {
    const { unread } = await markNotificationsRead(actor, { all: true });
    return unread === 0 ? "All read." : `${unread} still unread.`;
  });
}
