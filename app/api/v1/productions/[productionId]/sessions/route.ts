import { productionRoute, created, readJson } from "@/lib/api/handler";
import { toSessionJson } from "@/lib/api/session-json";
import { listLogbook, logTrainingSession } from "@/lib/data/sessions";

/**
 * The logbook, newest first: `?performerId=&disciplineId=&status=&from=&to=&cursor=&limit=` →
 * `{ entries, total, nextCursor }`; pass `nextCursor` back as `cursor` for the next page (null on the last).
 */
export const GET = productionRoute<{ productionId: string }>(async ({ scope, request }) => {
  const { entries, total, nextCursor } = await listLogbook(scope, Object.fromEntries(request.nextUrl.searchParams));
  return { entries: entries.map(toSessionJson), total, nextCursor };
});

/** 201 with the entry and `warnings` (soft dose limits passed); 422 over a hard limit without `overrideReason`. */
export const POST = productionRoute<{ productionId: string }>(async ({ scope, request }) => {
  const session = await logTrainingSession(scope, await readJson(request));
  return created({ ...toSessionJson(session), warnings: session.warnings });
});
