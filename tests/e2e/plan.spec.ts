import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

// The plan calendar (issue 15): a coordinator plans a performer's week in a
// grid, repeats it, and reads planned against logged; the performer reads
// their own plan; a phone shows the week as one column.

test.describe("as a coordinator", () => {
  test.use({ storageState: storageStatePath("coordinator") });

  test("plans a week, repeats it, and sees planned against logged with its compliance in words", async ({ page }) => {
    await demoProductionPath(page);
    await page.getByRole("link", { name: /Sam Okafor/ }).first().click();
    await expect(page).toHaveURL(/\/performers\/[^/]+$/);
    await page.getByRole("link", { name: "Training plan" }).click();
    await expect(page.getByRole("heading", { name: "Training plan — Sam Okafor" })).toBeVisible();
    await expect(page.getByTestId("plan-week").getByTestId("plan-day")).toHaveCount(7);

    const grid = page.getByRole("form", { name: "Plan this week" });
    const monday = grid.getByRole("spinbutton", { name: /^Motorbike jump, / }).first();
    const mondayLabel = (await monday.getAttribute("aria-label"))!; // "Motorbike jump, 30 Nov 2026: jumps planned"
    await monday.fill("40");
    await grid.getByRole("spinbutton", { name: /^Skydive, / }).nth(2).fill("-3");
    await grid.getByRole("button", { name: "Save the week" }).click();
    await expect(grid.getByRole("alert")).toContainText("Count must be at least 0");
    await expect(grid.getByRole("spinbutton", { name: /^Skydive, / }).nth(2)).toHaveAttribute("aria-invalid", "true");
    await grid.getByRole("spinbutton", { name: /^Skydive, / }).nth(2).fill("3");
    await grid.getByRole("button", { name: "Save the week" }).click();
    await expect(grid.getByRole("status")).toContainText("Week saved: 43 reps planned over 2 days.");

    const firstDay = page.getByTestId("plan-day").first();
    await expect(firstDay).toContainText(/Motorbike jump: [\d,]+ of 40/);
    await expect(firstDay).toHaveAttribute("data-compliance", /^(green|yellow|red|none)$/);
    expect(mondayLabel).toMatch(/^Motorbike jump, \d{1,2} \w{3} \d{4}: jumps planned$/);
    await page.screenshot({ path: "tmp/screenshots/plan-week.png", fullPage: true });

    const repeat = page.getByRole("form", { name: "Repeat this week" });
    await repeat.getByLabel(/Copy the week of/).fill("2");
    await repeat.getByRole("button", { name: "Repeat the week" }).click();
    await expect(repeat.getByRole("status")).toContainText("Copied onto the following weeks");
    await page.getByRole("link", { name: "Next week →" }).click();
    await expect(page.getByTestId("plan-day").first()).toContainText("Motorbike jump: 0 of 40");
    await page.getByRole("link", { name: "Month view" }).click();
    await expect(page.getByTestId("plan-month")).toBeVisible();
    await page.screenshot({ path: "tmp/screenshots/plan-month.png", fullPage: true });
  });
});

test.describe("as the performer, on a phone", () => {
  test.use({ storageState: storageStatePath("performer1"), viewport: { width: 390, height: 844 } });

  test("reads their own plan, one day under another, without the planning forms", async ({ page }) => {
    await demoProductionPath(page);
    await page.goto(`${new URL(page.url()).pathname}/plan`);
    await expect(page.getByRole("heading", { name: /^Training plan — / })).toBeVisible();
    const days = page.getByTestId("plan-day");
    await expect(days).toHaveCount(7);
    const [first, second] = [await days.nth(0).boundingBox(), await days.nth(1).boundingBox()];
    expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1); // stacked, not side by side
    await expect(page.getByRole("form", { name: "Plan this week" })).toHaveCount(0);
    await page.screenshot({ path: "tmp/screenshots/plan-phone.png", fullPage: true });
  });
});
