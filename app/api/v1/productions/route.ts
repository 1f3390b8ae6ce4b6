import { apiRoute } from "@/lib/api/handler";
import { listProductionsForUser } from "@/lib/data/productions";

export const GET = apiRoute(({ actor }) => listProductionsForUser(actor));
