import { apiRoute, created, readJson } from "@/lib/api/handler";
import { createApiToken, listApiTokens } from "@/lib/data/api-tokens";

/** One's own live tokens: `[{ id, name, scope, createdAt, expiresAt, lastUsedAt }]`, never the token itself. */
export const GET = apiRoute(({ actor }) => listApiTokens(actor));

/** `{ name, scope, expiresInDays }` -> 201 with `token`, shown this once. Needs the session cookie: a token cannot mint tokens. */
export const POST = apiRoute(async ({ actor, request }) => created(await createApiToken(actor, await readJson(request))), { sessionOnly: true });
