import { productionRoute, created, readJson } from "@/lib/api/handler";
import { createDiscipline, listDisciplines } from "@/lib/data/disciplines";

type P = { productionId: string };

export const GET = productionRoute<P>(({ scope }) => listDisciplines(scope));

export const POST = productionRoute<P>(async ({ scope, request }) =>
  created(await createDiscipline(scope, await readJson(request))),
);
