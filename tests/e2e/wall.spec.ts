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
});

const VERDICT_WORDS = { ready: "GO", ready_with_warnings: "GO, with warnings", not_ready: "NOT READY" } as const;

test("on a 1080p TV the wall fits the screen, turns its pages of goals by itself, and shows each next stunt's verdict", async ({ page, baseURL }) => {
  const production = await demoProductionPath(page);
  const productionId = production.split("/")[2]!;
  const api = `/api/v1/productions/${productionId}`;
  const coordinator = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("coordinator") });
  // 18 goals or more (the demo has 12): new disciplines, a goal in each for every performer.
  const progress: { performers: { performerId: string; goals: unknown[] }[] } = await (await coordinator.get(`${api}/progress`)).json();
  const existing: { name: string }[] = await (await coordinator.get(`${api}/disciplines`)).json();
  const extra = [
    { name: "High fall", unit: "fall" },
    { name: "Wire work", unit: "pull" },
    { name: "Fire burn", unit: "burn" },
    { name: "Stair fall", unit: "fall" },
    { name: "Precision driving", unit: "run" },
    { name: "Fight routine", unit: "run" },
  ].filter((d) => !existing.some((e) => e.name === d.name));
  const today = new Date().toISOString().slice(0, 10);
  const deadline = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  for (let goals = progress.performers.flatMap((p) => p.goals).length; goals < 18; ) {
    const discipline = await coordinator.post(`${api}/disciplines`, { data: extra.shift() });
    expect(discipline.status()).toBe(201);
    const { id: disciplineId } = (await discipline.json()) as { id: string };
    for (const { performerId } of progress.performers) {
      const goal = await coordinator.post(`${api}/goals`, { data: { performerId, disciplineId, target: 40, startDate: today, deadline } });
      expect(goal.status()).toBe(201);
      goals++;
    }
  }

  await page.setViewportSize({ width: 1920, height: 1080 });
  // Turning pages is content, not motion: it happens with reduced motion too.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`${production}/wall?every=2`);
  const indicator = page.getByTestId("wall-page");
  await expect(indicator).toHaveText(/^Page 1 of [2-9]/);

  // No scrollbar, and nothing cut off: every row on show lies inside the list, the list inside the screen.
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
  const list = (await page.getByTestId("wall-goals").boundingBox())!;
  expect(list.y + list.height).toBeLessThanOrEqual(1080);
  const shown = page.getByTestId("wall-row").filter({ visible: true });
  const firstPage = await shown.allInnerTexts();
  expect(firstPage.length).toBeGreaterThan(3);
  for (const row of await shown.all()) {
    const box = (await row.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(list.y + list.height + 0.5);
  }
  await expect(page.getByTestId("live-status")).toBeInViewport();
  // What needs attention comes first.
  expect(await page.getByTestId("wall-row").first().locator("[data-status]").getAttribute("data-status")).toBe("behind");

  // Each next stunt shows the stunt page's own verdict, in words.
  const cards = page.getByTestId("wall-stunt");
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) {
    const readiness = (await (await coordinator.get(`${api}/stunts/${await card.getAttribute("data-stunt-id")}/readiness`)).json()) as { verdict: keyof typeof VERDICT_WORDS };
    await expect(card).toHaveAttribute("data-verdict", readiness.verdict);
    await expect(card.getByTestId("wall-verdict")).toHaveText(VERDICT_WORDS[readiness.verdict]);
    await expect(card.getByTestId("wall-verdict")).toBeInViewport();
  }
  await expect(cards.filter({ hasText: "Motorbike off the cliff" })).toBeVisible();

  // It turns by itself (2 s apart here): wait for the state, not for time.
  await expect(indicator).toHaveText(/^Page 2 of/, { timeout: 10_000 });
  expect(await shown.allInnerTexts()).not.toEqual(firstPage);

  // Someone reading can stop it (WCAG 2.2.2), and turn by hand.
  await page.getByRole("button", { name: "Pause paging" }).click();
  await expect(indicator).toHaveAttribute("data-paused", "true");
  await expect(page.getByRole("button", { name: "Resume paging" })).toBeVisible();
  const [, at, of] = /^Page (\d+) of (\d+)/.exec(await indicator.innerText())!.map(Number) as [number, number, number];
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(indicator).toHaveText(new RegExp(`^Page ${at < of ? at + 1 : 1} of ${of}`));

  // The README's screenshot: the first page, as the TV shows it.
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto(`${production}/wall`);
  await expect(indicator).toHaveText(/^Page 1 of/);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: "tmp/screenshots/wall.png", animations: "disabled" });
  await coordinator.dispose();
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
