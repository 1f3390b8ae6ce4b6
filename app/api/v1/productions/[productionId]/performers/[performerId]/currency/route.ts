import { productionRoute } from "@/lib/api/handler";
import { getPerformerCurrency } from "@/lib/data/currency";

/** `?asOf=`: the performer's currency in every discipline with a rule (who may see the performer). */
export const GET = productionRoute<{ productionId: string; performerId: string }>(async ({ scope, params, request }) => {
  const { currency } = await getPerformerCurrency(scope, params.performerId, request.nextUrl.searchParams.get("asOf") ?? undefined);
  return currency;
});
