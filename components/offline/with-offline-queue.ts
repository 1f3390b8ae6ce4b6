// The offline path of a form bound to a server action. Online, the action
// runs exactly as before. Offline (navigator.onLine false, or the action's
// request failing for want of a network), the form's fields are kept on the
// device as a JSON API request with its own Idempotency-Key, and sent when
// the connection returns (OfflineQueue, in the header).

import { formFieldsToBody, queuedEntryUrl, type QueuedKind } from "@/lib/domain/offline-queue";
import type { FormState } from "@/lib/actions/form-state";
import { queueEntry } from "./queue-store";
import { flushQueue } from "./send-queue";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export interface OfflineOptions {
  kind: QueuedKind;
  productionId: string;
  /** What was logged, in words, for the queue's list. */
  describe: (form: FormData) => string;
  /** Fields given once per ticked box, sent as lists. */
  listFields?: readonly string[];
}

const QUEUED_MESSAGE = "You are offline: saved on this device. It will be sent when the connection returns (see the queue at the top).";

async function queueForm(options: OfflineOptions, formData: FormData): Promise<FormState> {
  const fields = [...formData.entries()].filter((e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith("$ACTION"));
  await queueEntry({
    kind: options.kind,
    productionId: options.productionId,
    url: queuedEntryUrl(options.kind, options.productionId),
    body: formFieldsToBody(fields, options.listFields),
    label: options.describe(formData),
  });
  return { status: "success", message: QUEUED_MESSAGE };
}

/** A network failure of fetch (not an answer from the server). */
function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError && /fetch|network|load failed/i.test(error.message);
}

export function withOfflineQueue(action: Action, options: OfflineOptions): Action {
  return async (prev, formData) => {
    if (typeof navigator !== "undefined" && !navigator.onLine) return queueForm(options, formData);
    try {
      return await action(prev, formData);
    } catch (error) {
      if (!isNetworkError(error)) throw error;
      const state = await queueForm(options, formData);
      void flushQueue(); // perhaps it was a blip
      return state;
    }
  };
}
