import { productionRoute } from "@/lib/api/handler";
import { getPerformerLoad } from "@/lib/data/training-load";

/** `?from=&to=`: the performer's training load per day, acute and chronic averages and their ratio (who may see the performer). */
export const GET = productionRoute<{ productionId: string; performerId: string }>(async ({ scope, params, request }) =>
  getPerformerLoad(scope, params.performerId, Object.fromEntries(request.nextUrl.searchParams)),
);
