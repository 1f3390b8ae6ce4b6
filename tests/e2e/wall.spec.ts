import { request as playwrightRequest } from "@playwright/test";
import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

test.use({ storageState: storageStatePath("viewer") });

test("the wall screen updates by itself when a coordinator logs a session", async ({ page, baseURL }) => {
  const production = await demoProductionPath(page);
  await page.goto(`${production}/wall`);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  const row = page.getByTestId("wall-row").filter({ hasText: "Alex Rivera" }).filter({ hasText: "HALO jump" });
  const before = Number((await row.getByTestId("wall-count").innerText()).split(" / ")[0]!.replace(/,/g, ""));
  // A marker on the window: a full reload would wipe it.
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));

  const coordinator = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("coordinator") });
  const productionId = production.split("/")[2]!;
  const performers: { performerId: string; name: string }[] = await (await coordinator.get(`/api/v1/productions/${productionId}/performers`)).json();
  const disciplines: { id: string; name: string }[] = await (await coordinator.get(`/api/v1/productions/${productionId}/disciplines`)).json();
  const logged = await coordinator.post(`/api/v1/productions/${productionId}/sessions`, {
    data: {
      performerId: performers.find((p) => p.name === "Alex Rivera")!.performerId,
      disciplineId: disciplines.find((d) => d.name === "HALO jump")!.id,
      date: new Date().toISOString().slice(0, 10),
      count: 3,
    },
  });
  expect(logged.status()).toBe(201);

  await expect(row.getByTestId("wall-count")).toContainText(`${before + 3} / 100`);
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: "tmp/screenshots/wall.png" });
});

test("the event stream refuses performers and outsiders", async ({ baseURL }) => {
  const viewer = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("viewer") });
  const [production] = await (await viewer.get("/api/v1/productions")).json();
  const url = `/api/v1/productions/${production.id}/events`;
  const performer = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("performer1") });
  expect((await performer.get(url)).status()).toBe(403);
  const outsider = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("outsider") });
  expect((await outsider.get(url)).status()).toBe(404);
  // An explicit empty state: newContext() inside a test inherits the file's storageState (the viewer's).
  const anonymous = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  expect((await anonymous.get(url)).status()).toBe(401);
});
