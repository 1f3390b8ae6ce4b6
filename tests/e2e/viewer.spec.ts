import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

test.use({ storageState: storageStatePath("viewer") });

test("a viewer sees the dashboard and performer pages without any form", async ({ page }) => {
  await demoProductionPath(page);
  await expect(page.getByText("Overall readiness")).toBeVisible();
  await expect(page.getByRole("progressbar").first()).toBeVisible();
  await expect(page.getByRole("form", { name: "Log a training session" })).toHaveCount(0);
  await expect(page.getByText("Log a training session")).toHaveCount(0);
  await page.getByRole("link", { name: /Jo Lindqvist/ }).first().click();
  await expect(page.getByRole("heading", { name: "Jo Lindqvist" })).toBeVisible();
  await expect(page.getByTestId("goal-card").first()).toBeVisible();
  // The one form is the logbook's read-only filter (a GET form): nothing that writes.
  await expect(page.getByRole("form")).toHaveCount(1);
  await expect(page.getByRole("form", { name: "Filter the logbook" })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Log session" })).toHaveCount(0);
});
