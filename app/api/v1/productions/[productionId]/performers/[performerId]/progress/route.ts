import { apiRoute } from "@/lib/api/handler";
import { getPerformerProgress } from "@/lib/data/progress";

export const GET = apiRoute<{ productionId: string; performerId: string }>(async ({ actor, params, request }) => {
  const { production, ...performer } = await getPerformerProgress(
    actor,
    params.productionId,
    params.performerId,
    request.nextUrl.searchParams.get("asOf") ?? undefined,
  );
  return { production: { id: production.id, name: production.name }, ...performer };
});
