"use server";

import { headers } from "next/headers";
import { createWitnessRequest } from "../data/witness-requests";
import { formatDay } from "../domain/calendar-day";
import type { FormState } from "./form-state";
import { productionAction } from "./run-action";

/** The origin the page was served from: the link's origin when NEXTAUTH_URL is unset (local runs). */
async function pageOrigin(): Promise<string> {
  const h = await headers();
  // A server action is a same-origin POST: the browser sends Origin, and Next checks it against Host.
  return h.get("origin") ?? `http://${h.get("host") ?? "localhost"}`;
}

/** Ask an outside witness to sign a pending entry: the link comes back once, as the form's secret. */
export async function createWitnessRequestAction(productionId: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const origin = await pageOrigin();
  return productionAction(productionId, formData, async (scope, values) => {
    const link = await createWitnessRequest(scope, sessionId, values, origin);
    return {
      status: "success",
      message: `Link made for ${values.name?.trim() ?? "the witness"}; it works once, until ${formatDay(link.expiresAt.slice(0, 10))}.`,
      secret: link.url,
    };
  });
}
