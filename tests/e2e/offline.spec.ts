import type { Page } from "@playwright/test";
import { demoProductionPath, drawAllCharts, expect, storageStatePath, test } from "./fixtures";

// Offline and installable (issue 14): an entry logged without a connection
// waits on the device, is sent when the connection returns, and appears in
// the logbook exactly once, however often it is sent.

test.use({ storageState: storageStatePath("performer1") });

/**
 * The browser's own complaints about requests it could not make while offline
 * (and, where a test says so, about an answer it expects): expected here, not defects.
 */
function dropOfflineNoise(errors: string[], expected?: RegExp) {
  // "…when fetching the script": the browser checking the service worker for an update with no connection.
  const kept = errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|ERR_NETWORK_CHANGED|An unknown error occurred when fetching the script/.test(e) && !expected?.test(e));
  errors.splice(0, errors.length, ...kept);
}

/**
 * The performer's page, with every chart drawn: its code fetched while online. Otherwise a chart that scrolls
 * near as the test fills a form would fetch its code just as the test cuts the connection, and the browser would
 * log that failure.
 */
async function ownPageReady(page: Page) {
  const production = await demoProductionPath(page);
  await drawAllCharts(page);
  return production;
}

async function queuedEntries(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ key: string; url: string; body: unknown; state: string }[]>((resolve, reject) => {
        const open = indexedDB.open("stuntbook-offline");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction("entries").objectStore("entries").getAll();
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

test("a session logged offline waits on the device, is sent once back online, and is in the logbook exactly once", async ({ page, context, consoleErrors }) => {
  const note = `Offline e2e ${Date.now()}`;
  await ownPageReady(page);
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await page.getByText("Log your session").click();
  const form = page.getByRole("form", { name: "Log a training session" });
  await form.getByLabel("Discipline").selectOption({ label: "HALO jump (jumps)" });
  await form.getByLabel("Count (reps)").fill("2");
  await form.getByLabel("Notes (optional)").fill(note);

  await context.setOffline(true);
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toContainText("saved on this device");
  const queue = page.getByTestId("offline-queue");
  await expect(queue).toContainText("Offline");
  await expect(queue).toContainText("1 entry waiting to send");
  const [waiting] = await queuedEntries(page);
  expect(waiting).toMatchObject({ state: "waiting", url: expect.stringMatching(/\/api\/v1\/productions\/[^/]+\/sessions$/) });

  // Back online: the queue sends it by itself and the page redraws.
  await context.setOffline(false);
  await expect(queue).toContainText("1 sent");
  await queue.locator("summary").click();
  await expect(queue.getByRole("region", { name: "Sent" })).toContainText("— accepted");
  const logbook = page.getByTestId("session-list").getByRole("listitem").filter({ hasText: note });
  await expect(logbook).toHaveCount(1);

  // The same queued entry sent again, as a lost answer would make it: the server replays its first answer.
  const [sent] = await queuedEntries(page);
  expect(sent!.key).toBe(waiting!.key);
  const resend = await page.evaluate(async (entry) => {
    const response = await fetch(entry.url, {
      method: "POST",
      headers: { "content-type": "application/json", "Idempotency-Key": entry.key },
      body: JSON.stringify(entry.body),
    });
    return { status: response.status, replayed: response.headers.get("Idempotency-Replayed") };
  }, sent!);
  expect(resend).toEqual({ status: 201, replayed: "true" });

  // And through the app's own sender: put it back in the queue, and load the page (which sends what waits).
  await page.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("stuntbook-offline");
        open.onsuccess = () => {
          const store = open.result.transaction("entries", "readwrite").objectStore("entries");
          const get = store.get(key);
          get.onsuccess = () => {
            const put = store.put({ ...get.result, state: "waiting" });
            put.onsuccess = () => resolve();
            put.onerror = () => reject(put.error);
          };
        };
      }),
    sent!.key,
  );
  await page.reload();
  await expect(page.getByTestId("offline-queue")).toContainText("1 sent");
  await expect(page.getByTestId("session-list").getByRole("listitem").filter({ hasText: note })).toHaveCount(1);
  dropOfflineNoise(consoleErrors);
});

test("a session whose request fails for want of a network, while the browser thinks it is online, is queued too", async ({ page, consoleErrors }) => {
  const note = `Flaky network e2e ${Date.now()}`;
  await demoProductionPath(page);
  await page.getByText("Log your session").click();
  const form = page.getByRole("form", { name: "Log a training session" });
  await form.getByLabel("Discipline").selectOption({ label: "HALO jump (jumps)" });
  await form.getByLabel("Count (reps)").fill("1");
  await form.getByLabel("Notes (optional)").fill(note);
  // The server action's POST (to the page's own URL) dies on the way: a dead spot with a signal icon.
  await page.route(
    (url) => url.pathname.includes("/performers/"),
    (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.fallback()),
  );
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toContainText("saved on this device");
  // The queue tries at once; the API is reachable, so it is accepted.
  await page.unroute((url) => url.pathname.includes("/performers/"));
  await expect(page.getByTestId("offline-queue")).toContainText("1 sent");
  await expect(page.getByTestId("session-list").getByRole("listitem").filter({ hasText: note })).toHaveCount(1);
  dropOfflineNoise(consoleErrors);
});

test("a check-in and an incident logged offline are sent when the connection returns", async ({ page, context, consoleErrors }) => {
  const what = `Offline e2e incident ${Date.now()}`;
  await ownPageReady(page);
  await expect(page.getByRole("heading", { name: "Readiness", exact: true })).toBeVisible();
  const checkIn = page.getByRole("form", { name: "Readiness check-in" });
  // Open unless today's check-in is in: then it is folded under "Update today's check-in".
  if (!(await checkIn.isVisible())) await page.locator("summary").filter({ hasText: /Check in for today|Update today's check-in/ }).click();
  for (const scale of ["Sleep", "Soreness", "Fatigue", "Stress", "Mood"]) await checkIn.getByLabel(scale).selectOption("4");
  await page.getByText("Report an incident or near miss").click();
  const incident = page.getByRole("form", { name: "Report an incident" });
  await incident.getByLabel("Severity").selectOption({ label: "Near miss" });
  await incident.getByLabel("What happened").fill(what);

  await context.setOffline(true);
  await checkIn.getByRole("button", { name: "Save check-in" }).click();
  await expect(checkIn.getByRole("status")).toContainText("saved on this device");
  await incident.getByRole("button", { name: "Report incident" }).click();
  await expect(incident.getByRole("status")).toContainText("saved on this device");
  const queue = page.getByTestId("offline-queue");
  await expect(queue).toContainText("2 entries waiting to send");

  await context.setOffline(false);
  await expect(queue).toContainText("2 sent");
  await expect(page.getByText(what)).toHaveCount(1);
  dropOfflineNoise(consoleErrors);
});

test("an entry the server refuses is kept, with its reason, until dismissed", async ({ page, context, consoleErrors }) => {
  await ownPageReady(page);
  await page.getByText("Log your session").click();
  const form = page.getByRole("form", { name: "Log a training session" });
  await form.getByLabel("Discipline").selectOption({ label: "HALO jump (jumps)" });
  await form.getByLabel("Count (reps)").fill("3");
  await context.setOffline(true);
  await form.getByRole("button", { name: "Log session" }).click();
  const queue = page.getByTestId("offline-queue");
  await expect(queue).toContainText("1 entry waiting to send");
  // What the server will refuse and the form could not know, as a rule changed while this phone was offline
  // would be: here, 2,000 reps, over the per-session maximum.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("stuntbook-offline");
        open.onsuccess = () => {
          const store = open.result.transaction("entries", "readwrite").objectStore("entries");
          const all = store.getAll();
          all.onsuccess = () => {
            const put = store.put({ ...all.result[0], body: { ...all.result[0].body, count: "2000" } });
            put.onsuccess = () => resolve();
            put.onerror = () => reject(put.error);
          };
        };
      }),
  );
  await context.setOffline(false);
  await expect(queue).toContainText("1 needs attention");
  const attention = queue.getByRole("region", { name: "Needs attention" });
  await expect(attention).toContainText("Refused:");
  await expect(attention).toContainText("count: Count must be at most 1,000");
  await page.reload();
  await expect(page.getByTestId("offline-queue")).toContainText("1 needs attention");
  await page.getByTestId("offline-queue").getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByTestId("offline-queue")).toHaveCount(0);
  dropOfflineNoise(consoleErrors, /status of 400 \(Bad Request\)/); // the refused send
});

test("installable: a manifest with icons, and the performer's page opens offline, marked with when it was fetched", async ({ page, context, consoleErrors }) => {
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "Stuntbook", short_name: "Stuntbook", start_url: "/", display: "standalone" });
  const purposes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
  expect(purposes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).headers()["content-type"]).toBe("image/png");

  const production = await demoProductionPath(page);
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const own = page.url();
  expect(own).toContain(production);
  // Opened once under the service worker, online: now kept on the device.
  await page.goto(own);
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();

  await context.setOffline(true);
  await page.goto(own);
  await expect(page.getByRole("status").filter({ hasText: /Offline — showing what was last fetched at \d\d:\d\d/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(page.getByTestId("goal-card").first()).toBeVisible();

  // A page never opened has no copy: a plain notice, not the browser's error page.
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await context.setOffline(false);
  dropOfflineNoise(consoleErrors, /status of 503|net::ERR_FAILED/); // the offline notice, and what it could not load
});

test("an entry queued by one account is not sent by another signed in on the same device", async ({ page, context, consoleErrors }) => {
  const note = `Queued by Alex ${Date.now()}`;
  const production = await ownPageReady(page);
  await page.getByText("Log your session").click();
  const form = page.getByRole("form", { name: "Log a training session" });
  await form.getByLabel("Discipline").selectOption({ label: "HALO jump (jumps)" });
  await form.getByLabel("Count (reps)").fill("1");
  await form.getByLabel("Notes (optional)").fill(note);
  await context.setOffline(true);
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toContainText("saved on this device");

  // The phone changes hands: the coordinator signs in on it, with the connection back.
  const cookiesOf = async (account: "coordinator" | "performer1") =>
    (JSON.parse(await (await import("node:fs/promises")).readFile(storageStatePath(account), "utf8")) as { cookies: Parameters<typeof context.addCookies>[0] }).cookies;
  await context.clearCookies();
  await context.addCookies(await cookiesOf("coordinator"));
  await context.setOffline(false);
  await page.goto(production);
  const queue = page.getByTestId("offline-queue");
  await expect(queue).toContainText("1 queued by another account on this device (sent when it signs in)");
  expect((await queuedEntries(page)).filter((e) => e.state === "waiting")).toHaveLength(1);

  // Alex signs in again: the entry goes, as Alex's own, pending sign-off.
  await context.clearCookies();
  await context.addCookies(await cookiesOf("performer1"));
  await page.goto(production);
  await expect(page.getByTestId("offline-queue")).toContainText("1 sent");
  const entry = page.getByTestId("session-list").getByRole("listitem").filter({ hasText: note });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("Pending verification");
  // The coordinator's session was refused the entry (409): expected.
  dropOfflineNoise(consoleErrors, /status of 409/);
});
