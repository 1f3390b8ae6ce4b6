import "server-only";
import { notFound, redirect } from "next/navigation";
import { NotFoundError, UnauthorizedError } from "../domain/errors";
import { ID_PATTERN } from "../schemas/fields";

/** Run a page's data loads; a 404 from the data layer becomes the not-found page. */
export async function pageData<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof UnauthorizedError) redirect("/login");
    throw error;
  }
}

/**
 * A page's route ids, checked as the API checks its own (lib/api/request-guards.ts):
 * a segment that cannot be an id names nothing, so the page is a 404 before
 * any lookup (PostgreSQL fails on some such strings, a NUL, instead of finding nothing).
 */
export async function pageIds<P extends Record<string, string>>(params: Promise<P>): Promise<P> {
  const ids = await params;
  if (!Object.values(ids).every((id) => ID_PATTERN.test(id))) notFound();
  return ids;
}
