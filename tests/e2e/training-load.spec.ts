import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

// Issue 15 in the browser: a session logged with an effort rating moves the
// training load chart, and each goal says whether it can still be done.

test.use({ storageState: storageStatePath("performer1") });

/** Today's acute average, as the chart's accessible name says it ("on 30 Nov 2026 acute 412.35, …"). */
const acuteOf = (label: string | null) => Number(/acute ([\d.]+),/.exec(label ?? "")?.[1] ?? NaN);

test("a performer logs a session with an RPE and sees the training load and whether each goal can still be done", async ({ page }) => {
  await demoProductionPath(page);
  const section = page.locator("#training-load");
  await expect(section.getByRole("heading", { name: "Training load" })).toBeVisible();
  // One labelled image for a screen reader, with nothing focusable inside (recharts' accessibility layer is off).
  const chart = section.getByRole("img", { name: /^Training load per day \(RPE × minutes, bars\)/ });
  await expect(chart).toBeVisible();
  // Drawn when scrolled to; its name is in the page's HTML before that.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  // (recharts keeps tabindex="-1" on its hidden tooltip: out of the tab order.)
  expect(await chart.locator('[tabindex]:not([tabindex="-1"]), a, button, input, [role="application"]').count()).toBe(0);
  await expect(section.getByTestId("load-ratio")).toHaveText(/^(⚠ )?Acute:chronic \d+\.\d\d — (low|sweet spot|caution|high)$/);
  await expect(section.getByText(/The research behind these thresholds is disputed/)).toBeVisible();
  const before = acuteOf(await chart.getAttribute("aria-label"));
  expect(before).toBeGreaterThanOrEqual(0);

  await page.getByText("Log your session").click();
  const form = page.getByRole("form", { name: "Log a training session" });
  await form.getByLabel("Discipline").selectOption({ label: "Motorbike jump (jumps)" });
  await form.getByLabel("Count (reps)").fill("3");
  await form.getByLabel("Duration (minutes, optional)").fill("120");
  await form.getByLabel("Effort (RPE 0–10)").selectOption("9");
  await form.getByLabel("Notes (optional)").fill("Effort e2e check");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toContainText("pending verification");

  const entry = page.getByTestId("session-list").getByRole("listitem").filter({ hasText: "Effort e2e check" });
  await expect(entry.getByText(/120 min · effort 9\/10 \(RPE\)/)).toBeVisible();
  // 9 × 120 = 1,080 more load today: the acute average grows by a quarter of it (λ = 2 / (7 + 1)).
  await expect.poll(async () => acuteOf(await chart.getAttribute("aria-label"))).toBeCloseTo(before + 270, 1);

  // Alex is ahead on every goal and the demo's limits are soft: each open goal can still be done.
  const lines = page.getByTestId("goal-card").getByTestId("feasibility");
  await expect(lines.first()).toBeVisible();
  for (const line of await lines.all()) {
    await expect(line.getByRole("heading", { name: "Can it still be done?" })).toBeVisible();
    await expect(line).toContainText(
      /On track to be possible: earliest finish \d{1,2} \w{3} \d{4}; ([\d,]+ \w+ a day over [\d,]+ session days?|[\d,]+ \w+ left, fewer than the [\d,]+ session days? before the deadline)\./,
    );
  }
});

test("the training load and the goal cards fit a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await demoProductionPath(page);
  const section = page.locator("#training-load");
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole("img", { name: /^Training load per day/ })).toBeVisible();
  await expect(section.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("feasibility").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await section.screenshot({ path: "tmp/screenshots/training-load-phone.png" });
});
