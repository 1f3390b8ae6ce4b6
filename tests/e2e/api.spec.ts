import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, storageStatePath, test, type Account } from "./fixtures";

// The JSON API over real HTTP with real sign-in cookies: the same rules as the pages.

async function as(account: Account | null, baseURL: string): Promise<APIRequestContext> {
  // An explicit empty state for "no session": newContext() inside a test would inherit the test's storageState.
  return playwrightRequest.newContext({ baseURL, storageState: account ? storageStatePath(account) : { cookies: [], origins: [] } });
}

test("permissions hold on direct requests", async ({ baseURL }) => {
  const coordinator = await as("coordinator", baseURL!);
  const [production] = await (await coordinator.get("/api/v1/productions")).json();
  const base = `/api/v1/productions/${production.id}`;
  const performers: { performerId: string; name: string }[] = await (await coordinator.get(`${base}/performers`)).json();
  const disciplines: { id: string; name: string }[] = await (await coordinator.get(`${base}/disciplines`)).json();
  const sam = performers.find((p) => p.name === "Sam Okafor")!;
  const skydive = disciplines.find((d) => d.name === "Skydive")!;
  const today = new Date().toISOString().slice(0, 10);
  const payload = { performerId: sam.performerId, disciplineId: skydive.id, date: today, count: 1 };

  const anonymous = await as(null, baseURL!);
  expect((await anonymous.post(`${base}/sessions`, { data: payload })).status()).toBe(401);
  expect((await anonymous.get(`${base}/progress`)).status()).toBe(401);

  const outsider = await as("outsider", baseURL!);
  expect((await outsider.post(`${base}/sessions`, { data: payload })).status()).toBe(404);
  expect((await outsider.get(`${base}/progress`)).status()).toBe(404);

  const viewer = await as("viewer", baseURL!);
  const refused = await viewer.post(`${base}/sessions`, { data: payload });
  expect(refused.status()).toBe(403);
  // A viewer is told what viewers do, and who makes changes.
  expect((await refused.json()).error).toMatch(/^Viewers follow this production read-only: .*A coordinator makes changes\.$/);

  const performer1 = await as("performer1", baseURL!);
  expect((await performer1.post(`${base}/sessions`, { data: payload })).status()).toBe(403);

  const bad = await coordinator.post(`${base}/sessions`, { data: { ...payload, count: -3 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fields.count).toBe("Count must be at least 1");

  const ok = await coordinator.post(`${base}/sessions`, { data: payload });
  expect(ok.status()).toBe(201);
  expect(await ok.json()).toMatchObject({ status: "verified", count: 1, performerId: sam.performerId });

  const progress = await (await viewer.get(`${base}/progress`)).json();
  expect(progress.performers).toHaveLength(3);
});
