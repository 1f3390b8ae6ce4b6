import { request as playwrightRequest, type Page } from "@playwright/test";
import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

test.use({ storageState: storageStatePath("coordinator") });

async function openStunt(page: Page, name: string) {
  const production = await demoProductionPath(page);
  await page.getByRole("link", { name: "Stunts and go / no-go" }).click();
  await page.getByRole("link", { name: new RegExp(name) }).click();
  return production;
}

test("the go / no-go view says why a stunt is not ready", async ({ page }) => {
  await openStunt(page, "Motorbike off the cliff");
  const verdict = page.getByTestId("verdict");
  await expect(verdict).toHaveAttribute("data-verdict", "not_ready");
  await expect(verdict).toContainText("Not ready");
  await expect(verdict).toContainText("Blocking: Sam Okafor: Motorbike jump");
  await expect(verdict).toContainText("open near miss incident: Late canopy deployment");
  await page.screenshot({ path: "tmp/screenshots/stunt.png", fullPage: true });
});

test("a take is recorded with the next number, and the ledger counts the preparation", async ({ page }) => {
  await openStunt(page, "HALO rehearsal jump");
  await expect(page.getByTestId("stunt-summary")).toContainText("6 takes;");
  await expect(page.getByTestId("take-row")).toHaveCount(6);
  const form = page.getByRole("form", { name: "Record a take" });
  await form.getByLabel("Outcome").selectOption({ label: "Safety cut" });
  await form.getByLabel("Notes (optional)").fill("Wind over limit at exit");
  await form.getByRole("button", { name: "Record take" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "Take 7 recorded (safety cut). A safety cut usually calls for a refresher goal before the next take, and an incident report if anyone was hurt or nearly was.",
  );
  await expect(page.getByTestId("take-row")).toHaveCount(7);
  await expect(page.getByTestId("stunt-summary")).toContainText("7 takes;");
  // A safety cut offers the incident report, opened with the cursor in it.
  await form.getByRole("button", { name: "Report an incident about this take" }).click();
  await expect(page.getByRole("form", { name: "Report an incident" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Report an incident" }).getByLabel("Date")).toBeFocused();
});

test("a take on a stunt its take-attempt discipline prepares counts toward the performer's take goal", async ({ page }) => {
  await openStunt(page, "Motorbike off the cliff");
  const form = page.getByRole("form", { name: "Record a take" });
  await form.getByLabel("Performer").selectOption({ label: "Jo Lindqvist" });
  await form.getByLabel("Outcome").selectOption({ label: "Usable" });
  // The stunt is not ready: recording a take asks for a decision first.
  await form.getByRole("button", { name: "Record take" }).click();
  await expect(form.getByText("The stunt is not ready: tick “Roll anyway” to record a take regardless", { exact: true })).toBeVisible();
  await form.getByLabel(/Roll anyway/).check();
  await form.getByRole("button", { name: "Record take" }).click();
  await expect(form.getByRole("status")).toContainText("recorded (usable). It counts as a rep toward the take goal.");
  await expect(page.getByTestId("take-row").last()).toContainText("[Rolled while the go / no-go verdict was Not ready]");
  await expect(page.getByTestId("performer-verdicts")).toContainText("Jo Lindqvist: ready");
});

test("an incident is reported on a stunt and a coordinator closes it", async ({ page }) => {
  await openStunt(page, "HALO rehearsal jump");
  await page.getByText("Report an incident or near miss").click();
  const form = page.getByRole("form", { name: "Report an incident" });
  await form.getByRole("button", { name: "Report incident" }).click();
  await expect(form.getByText("Choose a severity").first()).toBeVisible();
  await form.getByLabel("Severity").selectOption({ label: "Minor" });
  await form.getByLabel("What happened").fill("Hard opening, neck strain");
  await form.getByRole("button", { name: "Report incident" }).click();
  await expect(form.getByRole("status")).toContainText("Incident reported (minor)");
  const incident = page.getByTestId("incident").filter({ hasText: "Hard opening, neck strain" });
  await expect(incident).toContainText("open");
  await expect(page.getByTestId("verdict")).toContainText("open minor incident: Hard opening, neck strain");
  await incident.getByLabel("Follow-up done").fill("Checked by the unit medic");
  await incident.getByRole("button", { name: "Close incident" }).click();
  await expect(page.getByTestId("incident").filter({ hasText: "Hard opening, neck strain" })).toContainText("closed");
});

test("a hard dose limit refuses the entry until a coordinator overrides it with a reason", async ({ page, baseURL }) => {
  const production = await demoProductionPath(page);
  const productionId = production.split("/")[2]!;
  const api = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("coordinator") });
  const disciplines: { id: string; name: string }[] = await (await api.get(`/api/v1/productions/${productionId}/disciplines`)).json();
  const halo = disciplines.find((d) => d.name === "HALO jump")!;
  expect((await api.put(`/api/v1/productions/${productionId}/disciplines/${halo.id}/limits`, { data: { maxPerDay: 4, maxPer7Days: null, minRestDays: null, hard: true } })).status()).toBe(200);

  await page.getByText("Log a training session").click();
  const form = page.getByRole("form", { name: "Log a training session" });
  await form.getByLabel("Performer").selectOption({ label: "Jo Lindqvist" });
  await form.getByLabel("Discipline").selectOption({ label: "HALO jump (jumps)" });
  await form.getByLabel("Count (reps)").fill("6");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toContainText("Over a hard dose limit");
  await form.getByLabel("Reason to override the limit").fill("Double session approved by the safety officer");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toContainText("Hard limit overridden");

  await page.getByRole("link", { name: /Jo Lindqvist/ }).first().click();
  await expect(page.getByText("Dose limit overridden: Double session approved by the safety officer")).toBeVisible();
  const cleared = await api.put(`/api/v1/productions/${productionId}/disciplines/${halo.id}/limits`, { data: { maxPerDay: null, maxPer7Days: null, minRestDays: null, hard: false } });
  expect(cleared.status()).toBe(200);
});

test("nobody verifies their own entry: a performer's own sign-off is refused", async ({ page, baseURL }) => {
  const production = await demoProductionPath(page);
  const productionId = production.split("/")[2]!;
  const performer = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("performer1") });
  const me = ((await (await performer.get(`/api/v1/productions/${productionId}/performers`)).json()) as { performerId: string; name: string }[]).find(
    (p) => p.name === "Alex Rivera",
  )!;
  const disciplines: { id: string; name: string }[] = await (await performer.get(`/api/v1/productions/${productionId}/disciplines`)).json();
  const entry = await performer.post(`/api/v1/productions/${productionId}/sessions`, {
    data: { performerId: me.performerId, disciplineId: disciplines[0]!.id, date: new Date().toISOString().slice(0, 10), count: 2 },
  });
  const { id } = await entry.json();
  const refused = await performer.post(`/api/v1/productions/${productionId}/sessions/${id}/verify`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toBe("You cannot sign off your own entry: another coordinator must verify it");
});

test("a coordinator seals the evidence; anyone with the seal checks it without an account; a viewer downloads it", async ({ page, browser, baseURL }) => {
  await openStunt(page, "Motorbike off the cliff");
  const dossiers = page.getByTestId("dossiers");
  const form = page.getByRole("form", { name: "Seal a dossier" });
  await form.getByRole("button", { name: "Seal the evidence now" }).click();
  await expect(form.getByRole("status")).toContainText("Dossier sealed. Its seal (SHA-256) begins");
  // Other specs seal dossiers too: find this one by the start of its seal, which the message gives.
  const prefix = /begins ([0-9a-f]{12})/.exec(await form.getByRole("status").innerText())![1]!;
  const newest = dossiers.getByTestId("dossier-row").filter({ hasText: `SHA-256 ${prefix}` });
  await expect(newest).toHaveCount(1);
  await expect(newest).toContainText("Not ready");
  const checkHref = await newest.getByRole("link", { name: "Check the seal" }).getAttribute("href");
  expect(checkHref).toMatch(/^\/verify\/[0-9a-f]{64}$/);
  await page.screenshot({ path: "tmp/screenshots/stunt-dossiers.png", fullPage: true });

  // A stranger, in a browser with no session, opens the seal's page.
  const stranger = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const public_ = await stranger.newPage();
  await public_.goto(checkHref!);
  await expect(public_.getByTestId("seal-status")).toContainText("This seal holds");
  await expect(public_.getByTestId("seal-statement")).toContainText("Motorbike off the cliff");
  await expect(public_.getByTestId("seal-statement")).toContainText("Not ready");
  await public_.screenshot({ path: "tmp/screenshots/verify-seal.png", fullPage: true });
  expect((await public_.goto(`/verify/${"0".repeat(64)}`))?.status()).toBe(404);
  await stranger.close();

  // A viewer reads the list and downloads the PDF.
  const viewer = await browser.newContext({ baseURL, storageState: storageStatePath("viewer") });
  const viewerPage = await viewer.newPage();
  await viewerPage.goto(page.url());
  const row = viewerPage.getByTestId("dossier-row").filter({ hasText: `SHA-256 ${prefix}` });
  await expect(row).toBeVisible();
  await expect(viewerPage.getByRole("form", { name: "Seal a dossier" })).toHaveCount(0);
  const download = viewerPage.waitForEvent("download");
  await row.getByRole("link", { name: "PDF (A4)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^dossier-Motorbike-off-the-cliff-[0-9a-f]{12}\.pdf$/);
  await viewer.close();
});
