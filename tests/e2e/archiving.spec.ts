import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

// Archiving (issue 14), as a coordinator would: a second goal in the same
// discipline is refused on the discipline field; a goal is archived from its
// edit page and restored from the performer's page; a discipline is archived
// in Settings (its goal with it) and leaves the log form. It works on a
// discipline of its own and leaves it archived, so the demo the other specs
// read is as it was.

test.use({ storageState: storageStatePath("coordinator") });

test("a coordinator archives and restores a goal and a discipline; a second active goal is refused", async ({ page }) => {
  const production = await demoProductionPath(page);
  const productionId = production.split("/")[2]!;
  const name = "Stair fall (archive e2e)";
  const made = await page.request.post(`/api/v1/productions/${productionId}/disciplines`, { data: { name, unit: "fall" } });
  expect(made.status()).toBe(201);

  await page.goto(production);
  await page.getByRole("link", { name: /Jo Lindqvist/ }).first().click();
  await expect(page).toHaveURL(/\/performers\//);
  const performerPage = page.url();
  const setGoal = async () => {
    await page.getByText("Set a goal for Jo Lindqvist").click();
    const form = page.getByRole("form", { name: "Set a goal" });
    await form.getByLabel("Discipline").selectOption({ label: `${name} (falls)` });
    await form.getByLabel("Target count").fill("20");
    await form.getByLabel("Deadline (e.g. first shoot day)").fill("2027-06-30");
    await form.getByRole("button", { name: "Set goal" }).click();
    return form;
  };
  await expect((await setGoal()).getByRole("status")).toHaveText("Goal set.");
  await page.reload();
  const second = await setGoal();
  await expect(second.getByText(`This performer already has an active ${name} goal: edit that one, or archive it first`).first()).toBeVisible();
  await expect(second.getByLabel("Discipline")).toHaveAttribute("aria-invalid", "true");

  // Archive from the goal's edit page, confirming.
  await page.reload();
  await page.getByRole("link", { name: `Edit goal (${name})` }).click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: /^Archive this goal/ }).click();
  await expect(page.getByText(/^Archived .*: off the dashboard/)).toBeVisible();
  await expect(page.getByRole("form", { name: "Edit the goal" })).toHaveCount(0);

  // On the performer's page it is folded away with its count, and restored from there.
  await page.goto(performerPage);
  await expect(page.getByTestId("goal-card").filter({ hasText: name })).toHaveCount(0);
  const archived = page.getByTestId("archived-goals");
  await archived.getByText("Archived goals (1)").click();
  await expect(archived).toContainText(`${name}: 0 / 20 falls`);
  await archived.getByRole("button", { name: `Restore the ${name} goal` }).click();
  await expect(page.getByTestId("goal-card").filter({ hasText: name })).toHaveCount(1);

  // Archive the discipline in Settings: its goal goes with it, and the log form no longer offers it.
  await page.goto(`${production}/settings`);
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe(`Archive ${name}? Nothing new can be logged to it. Its 1 active goal will be archived with it.`);
    void dialog.accept();
  });
  await page.getByRole("button", { name: `Archive ${name}` }).click();
  const archivedDisciplines = page.getByTestId("archived-disciplines");
  await expect(archivedDisciplines).toContainText(name);
  await expect(page.getByRole("form", { name: `Dose limits for ${name}` })).toHaveCount(0);

  await page.goto(performerPage);
  await expect(page.getByTestId("goal-card").filter({ hasText: name })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Log a training session" }).getByLabel("Discipline").locator("option", { hasText: name })).toHaveCount(0);
  await page.getByTestId("archived-goals").getByText(/^Archived goals/).click();
  await expect(page.getByTestId("archived-goals")).toContainText(`${name} is archived: restore it in Settings first`);
  await page.getByTestId("archived-goals").screenshot({ path: "tmp/screenshots/archived-goals.png" });

  // Restored, it is offered again; then archived for good, so the demo stays as it was.
  await page.goto(`${production}/settings`);
  await page.getByTestId("archived-disciplines").screenshot({ path: "tmp/screenshots/archived-disciplines.png" });
  await page.getByTestId("archived-disciplines").getByRole("button", { name: `Restore ${name}` }).click();
  await expect(page.getByRole("form", { name: `Dose limits for ${name}` })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Archive ${name}` }).click();
  await expect(page.getByTestId("archived-disciplines")).toContainText(name);
});
