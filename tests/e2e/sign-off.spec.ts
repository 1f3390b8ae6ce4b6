import { request as playwrightRequest } from "@playwright/test";
import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

test.use({ storageState: storageStatePath("coordinator") });

test("reject with a reason the performer then sees", async ({ page, baseURL, browser }) => {
  const production = await demoProductionPath(page);
  const productionId = production.split("/")[2]!;
  const performer = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("performer2") });
  const [me] = (await (await performer.get(`/api/v1/productions/${productionId}/performers`)).json()).filter(
    (p: { name: string }) => p.name === "Sam Okafor",
  );
  const disciplines: { id: string; name: string }[] = await (await performer.get(`/api/v1/productions/${productionId}/disciplines`)).json();
  const logged = await performer.post(`/api/v1/productions/${productionId}/sessions`, {
    data: { performerId: me.performerId, disciplineId: disciplines.find((d) => d.name === "Skydive")!.id, date: new Date().toISOString().slice(0, 10), count: 9, notes: "reject-me" },
  });
  expect(logged.status()).toBe(201);

  await page.goto(`${production}/sign-off`);
  const row = page.getByTestId("pending-session").filter({ hasText: "reject-me" });
  await row.getByRole("button", { name: "Reject…" }).click();
  await row.getByLabel("Reason the performer will see").fill("Manifest shows 3 loads, not 9");
  await row.getByRole("button", { name: "Reject entry" }).click();
  await expect(page.getByTestId("pending-session").filter({ hasText: "reject-me" })).toHaveCount(0);

  const performerPage = await (await browser.newContext({ storageState: storageStatePath("performer2") })).newPage();
  await performerPage.goto(`${production}/performers/${me.performerId}`);
  const entry = performerPage.getByTestId("session-list").getByRole("listitem").filter({ hasText: "reject-me" });
  await expect(entry.getByText("Rejected: Manifest shows 3 loads, not 9")).toBeVisible();

  // The performer logs it again from its row, with the values it had; the new entry waits for sign-off.
  await entry.getByRole("link", { name: /^Log again…/ }).click();
  await expect(performerPage.getByRole("heading", { name: "Log an entry again" })).toBeVisible();
  await expect(performerPage.getByText("sent back: “Manifest shows 3 loads, not 9”")).toBeVisible();
  const again = performerPage.getByRole("form", { name: "Log a training session" });
  await expect(again.getByLabel("Count (reps)")).toHaveValue("9");
  await again.getByLabel("Count (reps)").fill("3");
  await again.getByLabel("Notes (optional)").fill("reject-me, as manifested");
  await again.getByRole("button", { name: "Log session" }).click();
  await expect(again.getByRole("status")).toContainText("pending verification");
  await performerPage.goto(`${production}/performers/${me.performerId}`);
  const fresh = performerPage.getByTestId("session-list").getByRole("listitem").filter({ hasText: "reject-me, as manifested" });
  await expect(fresh).toContainText("3 × Skydive");

  // A pending entry is edited in place; the page then shows the result.
  await fresh.getByRole("link", { name: /^Edit…/ }).click();
  const edit = performerPage.getByRole("form", { name: "Edit an entry" });
  await edit.getByLabel("Count (reps)").fill("4");
  await edit.getByRole("button", { name: "Save entry" }).click();
  await expect(performerPage.getByTestId("saved-entry").getByRole("status")).toContainText("Saved: 4 × Skydive");
  await performerPage.getByRole("link", { name: "Back to the logbook" }).click();
  await expect(performerPage.getByTestId("session-list").getByRole("listitem").filter({ hasText: "reject-me, as manifested" })).toContainText("4 × Skydive");
});

test("a verified entry is corrected, the correction verified, and the history shows it all", async ({ page }) => {
  const production = await demoProductionPath(page);
  await page.getByRole("link", { name: /Alex Rivera/ }).first().click();
  const verified = page.getByTestId("session-list").getByRole("listitem").filter({ hasText: "Verified by" }).first();
  await verified.getByRole("link", { name: "Correct…" }).click();
  await expect(page.getByRole("heading", { name: "Correct an entry" })).toBeVisible();
  const form = page.getByRole("form", { name: "Correct an entry" });
  await form.getByLabel("Count (reps)").fill("1");
  await form.getByRole("button", { name: "Log correction" }).click();
  await expect(form.getByText("Say why the entry is corrected").first()).toBeVisible();
  await form.getByLabel("Why is it corrected?").fill("Altimeter download shows one jump");
  await form.getByRole("button", { name: "Log correction" }).click();
  // The result replaces the form; the original offers no second correction while this one waits.
  await expect(page.getByTestId("saved-entry").getByRole("status")).toContainText("Correction logged");
  await page.getByRole("link", { name: "Back to the logbook" }).click();
  await expect(page.getByTestId("correction-pending").first()).toHaveText("A correction waits for sign-off");

  await page.goto(`${production}/sign-off`);
  const correction = page.getByTestId("pending-session").filter({ hasText: "Altimeter download shows one jump" });
  await expect(correction).toContainText("Correction of a verified entry");
  // Before → after, and how long it has waited.
  await expect(correction.getByTestId("correction-change")).toContainText(/ → 1 × /);
  await expect(correction.getByTestId("waited")).toHaveText(/^waiting \d+ min$/);
  await correction.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("pending-session").filter({ hasText: "Altimeter download" })).toHaveCount(0);

  await page.goto(production);
  await page.getByRole("link", { name: /Alex Rivera/ }).first().click();
  const superseded = page.getByTestId("session-list").getByRole("listitem").filter({ hasText: "Superseded" }).first();
  await superseded.getByRole("link", { name: "History" }).click();
  const history = page.getByTestId("history");
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await expect(history.getByRole("listitem").nth(0)).toContainText("Logged by");
  await expect(history.getByRole("listitem").nth(1)).toContainText("Verified by Maren Dahl");
  await expect(history.getByRole("listitem").nth(2)).toContainText("Replaced by a correction by Maren Dahl");
  await expect(history).toContainText("Altimeter download shows one jump");
  await expect(history).toContainText("status: verified → superseded");
});

test("the queue filters by performer", async ({ page }) => {
  const production = await demoProductionPath(page);
  await page.goto(`${production}/sign-off`);
  const filter = page.getByRole("form", { name: "Filter the queue" });
  await filter.getByLabel("Performer").selectOption({ label: "Sam Okafor" });
  await filter.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/performerId=/);
  const entries = page.getByTestId("pending-session");
  await expect(entries.first()).toBeVisible();
  for (const text of await entries.allInnerTexts()) expect(text).toContain("Sam Okafor:");
});

test("bulk sign-off empties the queue", async ({ page }) => {
  const production = await demoProductionPath(page);
  await page.goto(`${production}/sign-off`);
  await page.getByRole("button", { name: "Select all" }).click();
  await page.getByRole("button", { name: "Verify selected" }).click();
  await expect(page.getByText("Nothing is waiting. Every entry is signed off.")).toBeVisible();
});
