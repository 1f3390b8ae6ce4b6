import type { Page } from "@playwright/test";
import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

async function openLogForm(page: Page) {
  await page.getByText("Log a training session").click();
  return page.getByRole("form", { name: "Log a training session" });
}

test.use({ storageState: storageStatePath("coordinator") });

test("the coordinator logs a session and the progress bar moves", async ({ page }) => {
  await demoProductionPath(page);
  const bar = page.getByRole("progressbar", { name: "Sam Okafor: Motorbike jump" });
  const before = Number(await bar.getAttribute("aria-valuenow"));

  const form = await openLogForm(page);
  await form.getByLabel("Performer").selectOption({ label: "Sam Okafor" });
  await form.getByLabel("Discipline").selectOption({ label: "Motorbike jump (jumps)" });
  await form.getByLabel("Count (reps)").fill("42");
  await form.getByLabel("Duration (minutes, optional)").fill("150");
  await form.getByLabel("Location (optional)").fill("Ramp park, Hønefoss");
  await form.getByRole("button", { name: "Log session" }).click();

  await expect(form.getByRole("status")).toContainText("Logged and verified: 42 × Motorbike jump for Sam Okafor");
  await expect(bar).toHaveAttribute("aria-valuenow", String(before + 42));
});

test("bad input is refused field by field and nothing is saved", async ({ page }) => {
  await demoProductionPath(page);
  const form = await openLogForm(page);
  await form.getByLabel("Count (reps)").fill("0");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByText("Choose a performer").first()).toBeVisible();
  await expect(form.getByText("Choose a discipline").first()).toBeVisible();
  await expect(form.getByText("Count must be at least 1").first()).toBeVisible();
  await expect(form.getByLabel("Count (reps)")).toHaveAttribute("aria-invalid", "true");
});

test("the server's own checks come back to the form: a future date", async ({ page }) => {
  await demoProductionPath(page);
  const form = await openLogForm(page);
  await form.getByLabel("Performer").selectOption({ label: "Alex Rivera" });
  await form.getByLabel("Discipline").selectOption({ label: "Skydive (jumps)" });
  await form.getByLabel("Date").fill("2099-01-01");
  await form.getByLabel("Count (reps)").fill("3");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByText(/Date cannot be after today/).first()).toBeVisible();
  // What the user typed is still there to correct.
  await expect(form.getByLabel("Count (reps)")).toHaveValue("3");
});

test("the coordinator verifies a pending entry from the sign-off queue", async ({ page }) => {
  const production = await demoProductionPath(page);
  await page.goto(`${production}/sign-off`);
  const rows = page.getByTestId("pending-session");
  const before = await rows.count();
  expect(before).toBeGreaterThan(0);
  await rows.first().getByRole("button", { name: "Verify" }).click();
  await expect(rows).toHaveCount(before - 1);
});

test("the dashboard lists behind-schedule goals first and filters by discipline and status", async ({ page }) => {
  await demoProductionPath(page);
  const rows = page.getByTestId("goal-row");
  await expect(rows.first()).toHaveAttribute("data-status", "behind");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Sam Okafor (Motorbike jump)");
  const filters = page.getByRole("form", { name: "Filter goals" });
  await filters.getByLabel("Discipline").selectOption("Skydive");
  await filters.getByLabel("Status").selectOption("done");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/discipline=Skydive&status=done/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Jo Lindqvist");
  await expect(rows.first().getByRole("img", { name: /Jo Lindqvist, Skydive, last 8 weeks/ })).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(rows).toHaveCount(12);
});

test("dashboard screenshot", async ({ page }) => {
  await demoProductionPath(page);
  await expect(page.getByRole("progressbar").first()).toBeVisible();
  await page.screenshot({ path: "tmp/screenshots/dashboard.png", fullPage: true });
});

test("a coordinator imports a logbook file: a preview that writes nothing, then the import", async ({ page, consoleErrors }) => {
  const production = await demoProductionPath(page);
  await page.getByRole("link", { name: /Sam Okafor/ }).first().click();
  await expect(page.getByRole("heading", { name: "Sam Okafor" })).toBeVisible();
  const summary = page.locator("#logbook").getByText(/entries, newest first/);
  const before = Number((await summary.textContent())!.replace(/[^\d]/g, ""));

  await page.getByText("Import a logbook file for Sam Okafor").click();
  const form = page.getByRole("form", { name: "Import a logbook file" });
  const csv = "date,discipline,count,notes\r\n2026-01-05,Skydive,2,Imported from the dropzone's sheet\r\n2026-01-06,Skydive,3,\r\n2026-01-07,Underwater basket weaving,1,\r\n";
  await form.getByLabel("CSV file").setInputFiles({ name: "dropzone.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await form.getByRole("button", { name: "Preview" }).click();
  await expect(form.getByRole("status")).toContainText("Preview, nothing written. 3 rows read: 2 valid rows");
  await expect(form.getByRole("status")).toContainText("Line 4, discipline");
  // One bad row: the import writes nothing.
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status")).toContainText("Nothing was written");
  // The browser logs the refused upload's 400 itself: that answer is the point of this step, and the only one.
  expect(consoleErrors).toEqual(["Failed to load resource: the server responded with a status of 400 (Bad Request)"]);
  consoleErrors.length = 0;

  const good = "date,discipline,count,notes\r\n2026-01-05,Skydive,2,Imported from the dropzone's sheet\r\n2026-01-06,Skydive,3,\r\n";
  await form.getByLabel("CSV file").setInputFiles({ name: "dropzone.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status")).toContainText("Imported 2 entries from dropzone.csv");
  await page.reload();
  await expect(page.locator("#logbook").getByText(`${(before + 2).toLocaleString("en-US")} entries, newest first`)).toBeVisible();
  expect(production).toContain("/productions/");
});

test("the coordinator logs a day of skydives jump by jump on a phone: each new row carries the one before", async ({ page }) => {
  // At the dropzone, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await demoProductionPath(page);
  await page.getByRole("link", { name: /Jo Lindqvist/ }).first().click();
  await expect(page.getByRole("heading", { name: "Jo Lindqvist" })).toBeVisible();
  // Open by default on someone else's page.
  const form = page.getByRole("form", { name: "Log a training session" });
  await form.getByLabel("Discipline").selectOption({ label: "Skydive (jumps)" });
  // Rows belong to a jump discipline: choosing another drops them, and the count is free again.
  await form.getByRole("button", { name: "Add a jump" }).click();
  await expect(form.getByLabel("Count (reps)")).toHaveValue("1");
  await form.getByLabel("Discipline").selectOption({ label: "Motorbike jump (jumps)" });
  await expect(form.getByRole("group", { name: "Jump 1" })).toHaveCount(0);
  await expect(form.getByLabel("Count (reps)")).not.toHaveAttribute("readonly");
  await form.getByLabel("Discipline").selectOption({ label: "Skydive (jumps)" });
  await form.getByRole("button", { name: "Add a jump" }).click();
  const first = form.getByRole("group", { name: "Jump 1" });
  // Focus follows the new row, and its number is the performer's next one.
  await expect(first.getByLabel("Jump no.")).toBeFocused();
  const number = Number(await first.getByLabel("Jump no.").inputValue());
  expect(number).toBeGreaterThan(0);
  await first.getByLabel("Exit (ft)").fill("13500");
  await first.getByLabel("Deploy (ft)").fill("3500");
  await first.getByLabel("Freefall (s)").fill("50");
  await first.getByLabel("Aircraft").fill("Twin Otter");
  await first.getByLabel("Dropzone").fill("Skydive Voss");
  await first.getByLabel("Notes").fill("Exit order practice");

  await form.getByRole("button", { name: "Add the next jump" }).click();
  await form.getByRole("button", { name: "Add the next jump" }).click();
  const third = form.getByRole("group", { name: "Jump 3" });
  await expect(third.getByLabel("Jump no.")).toBeFocused();
  await expect(third.getByLabel("Jump no.")).toHaveValue(String(number + 2));
  await expect(third.getByLabel("Exit (ft)")).toHaveValue("13500");
  await expect(third.getByLabel("Dropzone")).toHaveValue("Skydive Voss");
  await expect(third.getByLabel("Notes")).toHaveValue("");
  // The count follows the rows.
  await expect(form.getByLabel("Count (reps)")).toHaveValue("3");
  await form.getByRole("button", { name: "Remove jump 2" }).click();
  await expect(form.getByLabel("Count (reps)")).toHaveValue("2");
  // The pressed button went with its row: the keyboard lands on the next thing to do.
  await expect(form.getByRole("button", { name: "Add the next jump" })).toBeFocused();
  await form.getByRole("button", { name: "Add the next jump" }).click();
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await form.screenshot({ path: "tmp/screenshots/jump-rows-phone.png" });

  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toContainText("Logged and verified: 3 × Skydive for Jo Lindqvist");
  const entry = page.getByTestId("session-list").getByRole("listitem").filter({ hasText: `Jumps ${number}–` }).first();
  // Rows 1 and 3 kept their numbers; the third row took the next after them.
  await entry.locator("summary", { hasText: `Jumps ${number}–${number + 3} · 2 min freefall` }).click();
  await expect(entry.getByRole("table")).toContainText("Twin Otter");
  await expect(entry.getByRole("row")).toHaveCount(4);
});

test("a coordinator imports a spreadsheet of another layout, choosing its columns, and an altimeter's jump files", async ({ page }) => {
  await demoProductionPath(page);
  await page.getByRole("link", { name: /Alex Rivera/ }).first().click();
  await expect(page.getByRole("heading", { name: "Alex Rivera" })).toBeVisible();
  await page.getByText("Import a logbook file for Alex Rivera").click();
  const form = page.getByRole("form", { name: "Import a logbook file" });

  // A spreadsheet of its own: the header is read in the browser and each field gets a select.
  const sheet = "Day,Jumps,Where,notes\r\n03/01/2026,2,Voss,kept out\r\n04/01/2026,1,Voss,kept out\r\n";
  await form.getByLabel("CSV file").setInputFiles({ name: "dropzone-sheet.csv", mimeType: "text/csv", buffer: Buffer.from(sheet) });
  await expect(form.getByLabel("Date column")).toBeVisible();
  // A same-named column starts chosen; "— none —" leaves it unread.
  await expect(form.getByLabel("Notes column")).toHaveValue("notes");
  await form.getByLabel("Notes column").selectOption("");
  await form.getByLabel("Date column").selectOption("Day");
  await form.getByLabel("Count column").selectOption("Jumps");
  await form.getByLabel("Location column").selectOption("Where");
  await form.getByLabel("Discipline for every row").selectOption({ label: "Skydive" });
  await form.getByLabel("Dates in the file are written").selectOption("DD/MM/YYYY");
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status")).toContainText("Imported 2 entries from dropzone-sheet.csv");
  // January, before the demo's own entries: the logbook filtered to it.
  const january = `${page.url().split("?")[0]}?from=2026-01-01&to=2026-01-31`;
  await page.goto(january);
  const logbook = page.getByTestId("session-list");
  await expect(logbook.getByRole("listitem").filter({ hasText: "4 Jan 2026" }).first()).toContainText("Voss");
  await expect(logbook).not.toContainText("kept out");

  // Two jump files from the altimeter, chosen together: one entry for their day, a row per jump.
  await page.getByText("Import a logbook file for Alex Rivera").click();
  await form.getByLabel("L&B Protrack II jump files (.txt), several at once").check();
  const jumpFile = (n: number, exitM: number, freefall: number) =>
    ["JIB", "1.00", "1", "1.00", "10012026090000", String(n), "20260110", "090000", String(exitM), "1000", String(freefall), "50", "60", "0", "50", "49", "JIE", ""].join("\n");
  await form.getByLabel("Jump files", { exact: true }).setInputFiles([
    { name: `${7001}.txt`, mimeType: "text/plain", buffer: Buffer.from(jumpFile(7001, 4000, 55)) },
    { name: `${7002}.txt`, mimeType: "text/plain", buffer: Buffer.from(jumpFile(7002, 4100, 57)) },
  ]);
  await form.getByLabel("Jump discipline").selectOption({ label: "Skydive" });
  await form.getByRole("button", { name: "Preview" }).click();
  await expect(form.getByRole("status")).toContainText("nothing written");
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status")).toContainText("Imported");
  await page.goto(january);
  const entry = page.getByTestId("session-list").getByRole("listitem").filter({ hasText: "Jumps 7001–7002" }).first();
  await entry.locator("summary", { hasText: "Jumps 7001–7002 · 1 min freefall" }).click();
  // 4,000 m is 13,123 ft.
  await expect(entry.getByRole("table")).toContainText("13,123");
});
