import "server-only";
import { notFound, redirect } from "next/navigation";
import { NotFoundError, UnauthorizedError } from "../domain/errors";

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
