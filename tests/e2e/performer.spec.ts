import { demoProductionPath, drawAllCharts, expect, gotoRedirecting, storageStatePath, test } from "./fixtures";

test.use({ storageState: storageStatePath("performer1") });

test("a performer lands on their own page with charts of their goals", async ({ page }) => {
  await demoProductionPath(page);
  await expect(page).toHaveURL(/\/performers\//);
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(page.getByTestId("goal-card")).toHaveCount(4);
  // recharts draws in the browser, each chart when it is scrolled to: the running-total line must be there.
  await drawAllCharts(page);
  const skydive = page.getByTestId("goal-card").filter({ hasText: "Skydive" });
  await expect(skydive.locator(".recharts-line-curve").first()).toBeVisible();
  await expect(skydive.getByText("A licence")).toBeVisible();
  await page.screenshot({ path: "tmp/screenshots/performer.png", fullPage: true });
});

test("the charts' names are in the server's HTML and the charts are drawn when scrolled to", async ({ page }) => {
  await demoProductionPath(page);
  await expect(page.getByTestId("goal-card")).toHaveCount(4);
  // The HTML as served: every chart a labelled figure of fixed height, nothing drawn yet (recharts draws in the browser).
  const html = await (await page.request.get(page.url())).text();
  const figures = html.match(/<figure [^>]*>/g) ?? [];
  expect(figures.length).toBe(4 * 2 + 2);
  for (const figure of figures) {
    expect(figure).toMatch(/role="img"[^>]*aria-label="[^"]{20,}"|aria-label="[^"]{20,}"[^>]*role="img"/);
    expect(figure).toMatch(/class="h-\d+ w-full"/);
  }
  expect(html).not.toContain("recharts-surface");
  // The readiness chart, far below the first screen, is drawn once scrolled to.
  const readiness = page.getByRole("img", { name: /^Readiness \(1 to 5\)/ });
  await expect(readiness.locator(".recharts-surface")).toHaveCount(0);
  // Printed before it was ever drawn, it says in words what it shows, not an empty box.
  await page.emulateMedia({ media: "print" });
  const printed = await readiness.evaluate((figure) => ({ after: getComputedStyle(figure, "::after").content, label: figure.getAttribute("aria-label") }));
  expect(printed.after).toBe(JSON.stringify(printed.label));
  await page.emulateMedia({ media: "screen" });
  await readiness.scrollIntoViewIfNeeded();
  await expect(readiness.locator(".recharts-surface").first()).toBeVisible();
});

test("a performer's own entry is pending verification", async ({ page }) => {
  await demoProductionPath(page);
  await page.getByText("Log your session").click();
  const form = page.getByRole("form", { name: "Log a training session" });
  await expect(form.getByLabel("Performer")).toHaveCount(0);
  await form.getByLabel("Discipline").selectOption({ label: "HALO jump (jumps)" });
  await form.getByLabel("Count (reps)").fill("2");
  await form.getByLabel("Notes (optional)").fill("Two loads from FL250, e2e check");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toContainText("pending verification");
  const entry = page.getByTestId("session-list").getByRole("listitem").filter({ hasText: "e2e check" });
  await expect(entry.getByText("Pending verification")).toBeVisible();
});

test("a performer cannot open the team dashboard or another performer's page", async ({ page }) => {
  const production = await demoProductionPath(page);
  const productionId = production.split("/")[2]!;
  // The team dashboard sends a performer to their own page (a redirect, see gotoRedirecting).
  await gotoRedirecting(page, `/productions/${productionId}`, /\/performers\//);
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  const res = await page.request.get(`/api/v1/productions/${productionId}/progress`);
  expect(res.status()).toBe(403);
});

test("the performer page fits a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await demoProductionPath(page);
  await expect(page.getByTestId("goal-card").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "tmp/screenshots/performer-phone.png", fullPage: false });
});

test("the whole logbook: pages of entries, filters in the URL, and a download of what they select", async ({ page }) => {
  await demoProductionPath(page);
  const logbook = page.locator("#logbook");
  const summary = logbook.getByText(/\d[\d,]* entries, newest first/);
  await expect(summary).toBeVisible();
  const total = Number((await summary.textContent())!.replace(/[^\d]/g, ""));
  expect(total).toBeGreaterThan(25);
  await expect(logbook.getByTestId("session-list").getByRole("listitem")).toHaveCount(25);

  // The next page continues where the first ended.
  const firstOfPageOne = await logbook.getByTestId("session-list").getByRole("listitem").first().textContent();
  await logbook.getByRole("link", { name: "Older entries →" }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(logbook.getByText(/entries, continued, newest first/)).toBeVisible();
  await expect(logbook.getByTestId("session-list").getByRole("listitem").first()).not.toHaveText(firstOfPageOne!);

  // A filter narrows the list and the count, and paging starts over.
  await logbook.getByLabel("Discipline").selectOption({ label: "HALO jump" });
  await logbook.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/disciplineId=/);
  await expect(page).not.toHaveURL(/cursor=/);
  const filtered = Number((await logbook.getByText(/entr(y|ies), newest first/).textContent())!.replace(/[^\d]/g, ""));
  expect(filtered).toBeLessThan(total);

  const download = page.waitForEvent("download");
  await logbook.getByRole("link", { name: "CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/^logbook-\d{4}-\d{2}-\d{2}\.csv$/);
});

test("a performer downloads their logbook as a PDF, on A4 or Letter", async ({ page }) => {
  await demoProductionPath(page);
  for (const paper of ["A4", "Letter"]) {
    const href = await page.locator("#logbook").getByRole("link", { name: paper, exact: true }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }
});
