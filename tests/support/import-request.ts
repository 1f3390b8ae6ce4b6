// POST a file to the import route the way the form or an API client does.

import { POST as postImport } from "@/app/api/v1/productions/[productionId]/imports/route";
import type { Actor } from "@/lib/domain/actor";
import { apiRequest, callRoute } from "./api-request";

export interface ImportAnswer {
  unit: "row" | "jump";
  total: number;
  valid: number;
  duplicates: number;
  notCounting: number;
  invalid: number;
  errors: { line: number; column: string | null; message: string }[];
  warnings: { line: number; column: string | null; message: string }[];
  error?: string;
  fields?: Record<string, string>;
  imported?: number;
  jumps?: number;
  skippedDuplicates?: number;
}

export async function postImportFile(
  productionId: string,
  file: string | Uint8Array<ArrayBuffer>,
  /** Pairs, to send a parameter twice. */
  query: Record<string, string> | [string, string][],
  by: { actor?: Actor; bearer?: string; contentType?: string },
): Promise<{ status: number; body: ImportAnswer }> {
  const request = await apiRequest(`/api/v1/productions/${productionId}/imports?${new URLSearchParams(query)}`, {
    actor: by.actor,
    bearer: by.bearer,
    method: "POST",
    rawBody: file,
    contentType: by.contentType ?? "text/csv",
  });
  const response = await callRoute(postImport, request, { productionId });
  return { status: response.status, body: (await response.json()) as ImportAnswer };
}
