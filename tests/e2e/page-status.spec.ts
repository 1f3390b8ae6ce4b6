import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, storageStatePath, test, type Account } from "./fixtures";

// Pages answer with the status their content means, as the API does: 404 for
// what an outsider may not know exists, 403 for a page a member's role may
// not open. A load balancer, a monitor or a crawler reads the status, not the text.

async function as(account: Account, baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: storageStatePath(account), maxRedirects: 0 });
}

test("pages answer 404 to outsiders and 403 to roles that may not open them", async ({ baseURL }) => {
  const coordinator = await as("coordinator", baseURL!);
  const [production] = await (await coordinator.get("/api/v1/productions")).json();
  const base = `/productions/${production.id}`;
  const performers: { performerId: string; name: string }[] = await (await coordinator.get(`/api/v1${base}/performers`)).json();
  const alex = performers.find((p) => p.name === "Alex Rivera")!;
  const sam = performers.find((p) => p.name === "Sam Okafor")!;

  const status = async (who: APIRequestContext, path: string) => (await who.get(path)).status();

  for (const path of [base, `${base}/settings`, `${base}/sign-off`, `${base}/stunts`, `${base}/performers/${alex.performerId}`, `${base}/wall`]) {
    expect(await status(coordinator, path), path).toBe(200);
  }
  expect(await status(coordinator, `${base}/stunts/no-such-stunt`)).toBe(404);
  expect(await status(coordinator, "/productions/no-such-production")).toBe(404);
  // Segments that cannot be ids (a NUL made PostgreSQL fail with a 500) name nothing either.
  for (const path of ["/productions/bad%00id", `${base}/performers/bad%00id`, `${base}/stunts/%00`, `${base}/sessions/%00/history`]) {
    expect(await status(coordinator, path), path).toBe(404);
  }

  const outsider = await as("outsider", baseURL!);
  for (const path of [base, `${base}/settings`, `${base}/performers/${alex.performerId}`, `${base}/wall`]) {
    expect(await status(outsider, path), path).toBe(404);
  }

  const performer = await as("performer1", baseURL!); // Alex Rivera
  expect(await status(performer, `${base}/performers/${alex.performerId}`)).toBe(200);
  for (const path of [`${base}/settings`, `${base}/sign-off`, `${base}/wall`, `${base}/performers/${sam.performerId}`]) {
    expect(await status(performer, path), path).toBe(403);
  }

  const viewer = await as("viewer", baseURL!);
  expect(await status(viewer, base)).toBe(200);
  expect(await status(viewer, `${base}/settings`)).toBe(403);
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("a refused page still explains itself", async ({ page, consoleErrors }) => {
    const [production] = await (await page.request.get("/api/v1/productions")).json();
    const response = await page.goto(`/productions/${production.id}/settings`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
    await expect(page.getByText("Only coordinators change a production's settings.")).toBeVisible();
    // The browser reports the 403 of the document itself; that one is the point of the test, and the only one.
    expect(consoleErrors).toEqual(["Failed to load resource: the server responded with a status of 403 (Forbidden)"]);
    consoleErrors.length = 0;
  });
});
