import { productionRoute } from "@/lib/api/handler";
import { listPerformers } from "@/lib/data/performers";

export const GET = productionRoute<{ productionId: string }>(({ scope }) => listPerformers(scope));
