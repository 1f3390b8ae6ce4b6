import { productionRoute } from "@/lib/api/handler";
import { getPerformerProgress } from "@/lib/data/progress";

export const GET = productionRoute<{ productionId: string; performerId: string }>(async ({ scope, params, request }) => {
  const { production, ...performer } = await getPerformerProgress(scope, params.performerId, request.nextUrl.searchParams.get("asOf") ?? undefined);
  return { production: { id: production.id, name: production.name }, ...performer };
});
