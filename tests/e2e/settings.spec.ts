import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

test.use({ storageState: storageStatePath("coordinator") });

test("a coordinator's credential, kept on their profile, shows with their sign-offs", async ({ page }) => {
  const production = await demoProductionPath(page);
  await page.getByRole("link", { name: /Your profile/ }).click();
  const form = page.getByRole("form", { name: "Your profile" });
  await form.getByLabel("Credential (optional)").fill("USPA D-99999");
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("status")).toHaveText("Profile saved.");
  await page.goto(production);
  await page.getByRole("link", { name: /Jo Lindqvist/ }).first().click();
  await expect(page.getByTestId("session-list").getByText("Verified by Maren Dahl (USPA D-99999)").first()).toBeVisible();
});

test("settings: the sign-off policy and dose limits, with field errors", async ({ page }) => {
  await demoProductionPath(page);
  await page.getByRole("link", { name: "Settings" }).click();
  const limits = page.getByRole("form", { name: "Dose limits for Skydive" });
  await limits.getByLabel("Max jumps per day").fill("0");
  await limits.getByRole("button", { name: "Save limits" }).click();
  await expect(limits.getByText("Maximum per day must be at least 1")).toBeVisible();
  await limits.getByLabel("Max jumps per day").fill("30");
  await limits.getByRole("button", { name: "Save limits" }).click();
  await expect(limits.getByRole("status")).toHaveText("Limits saved.");
  await expect(limits.getByLabel("Max jumps per day")).toHaveValue("30");

  const policy = page.getByRole("form", { name: "Sign-off policy" });
  await expect(policy.getByRole("checkbox")).toBeChecked();
  await policy.getByRole("checkbox").uncheck();
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(policy.getByRole("status")).toHaveText("Policy saved.");
  await expect(policy.getByRole("checkbox")).not.toBeChecked();
  // Back to the demo's default for the tests that follow.
  await policy.getByRole("checkbox").check();
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(policy.getByRole("checkbox")).toBeChecked();
});
