import { productionRoute } from "@/lib/api/handler";
import { getStunt } from "@/lib/data/stunts";

export const GET = productionRoute<{ productionId: string; stuntId: string }>(({ scope, params }) =>
  getStunt(scope, params.stuntId),
);
