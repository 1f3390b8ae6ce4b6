import path from "node:path";
import type { Browser, BrowserContext } from "@playwright/test";
import pg from "pg";
import { dayInTimeZone } from "../../lib/domain/calendar-day";
import { createPrismaClient } from "../../lib/server/db-client";
import { seedDemo } from "../../lib/demo/seed-demo";
import { startAppNode, type AppNode } from "../../scripts/lib/app-node";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { findPostgresBin, POSTGRES_MISSING, startPostgresCluster, type PostgresCluster } from "../../scripts/lib/postgres-cluster";
import { ACCOUNTS, demoProductionPath, expect, signIn, test } from "./fixtures";

// Two app nodes on different ports against one PostgreSQL database, as behind
// a load balancer: whatever one node does, the other must see. Runs with its
// own cluster and servers, not the suite's SQLite server.

test.describe.configure({ mode: "serial" });
// Like the PostgreSQL integration suite: said out loud when it cannot run
// locally, and never left out in CI (CI=true), where it fails instead.
test.skip(!findPostgresBin() && !process.env.CI, POSTGRES_MISSING);
test.use({ storageState: { cookies: [], origins: [] } });

const SECRET = "multi-node-e2e-secret";
let cluster: PostgresCluster;
let nodeA: AppNode;
let nodeB: AppNode;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startPostgresCluster(path.resolve("tmp", "e2e-multi-node"));
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "stuntbook"`);
  await admin.end();
  const databaseUrl = cluster.url("stuntbook");
  await migrateDatabase(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  await seedDemo(db, dayInTimeZone(new Date(), "Europe/Oslo"));
  await db.$disconnect();
  [nodeA, nodeB] = await Promise.all([
    startAppNode({ port: 3221, databaseUrl, authSecret: SECRET }),
    startAppNode({ port: 3222, databaseUrl, authSecret: SECRET }),
  ]);
});

test.afterAll(async () => {
  await Promise.all([nodeA?.stop(), nodeB?.stop()]);
  cluster?.stop();
});

/** A browser context signed in through a node's own sign-in form. */
async function signedIn(browser: Browser, node: AppNode, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: node.url });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.close();
  return context;
}

test("a session logged through node A updates the wall screen served by node B", async ({ browser }) => {
  const viewer = await signedIn(browser, nodeB, ACCOUNTS.viewer.email);
  const wall = await viewer.newPage();
  const errors: string[] = [];
  wall.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  const productionId = (await demoProductionPath(wall)).split("/")[2]!;
  await wall.goto(`/productions/${productionId}/wall`);
  await expect(wall.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  const row = wall.getByTestId("wall-row").filter({ hasText: "Sam Okafor" }).filter({ hasText: "Skydive" });
  const before = Number((await row.getByTestId("wall-count").innerText()).split(" / ")[0]!.replace(/,/g, ""));
  await wall.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));

  const coordinator = await signedIn(browser, nodeA, ACCOUNTS.coordinator.email);
  const api = coordinator.request;
  const performers: { performerId: string; name: string }[] = await (await api.get(`/api/v1/productions/${productionId}/performers`)).json();
  const disciplines: { id: string; name: string }[] = await (await api.get(`/api/v1/productions/${productionId}/disciplines`)).json();
  const logged = await api.post(`/api/v1/productions/${productionId}/sessions`, {
    data: {
      performerId: performers.find((p) => p.name === "Sam Okafor")!.performerId,
      disciplineId: disciplines.find((d) => d.name === "Skydive")!.id,
      date: dayInTimeZone(new Date(), "Europe/Oslo"),
      count: 4,
    },
  });
  expect(logged.status(), await logged.text()).toBe(201);

  await expect(row.getByTestId("wall-count")).toContainText(`${(before + 4).toLocaleString("en-US")} /`);
  expect(await wall.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  expect(errors).toEqual([]);
  await viewer.close();
  await coordinator.close();
});

test("failed sign-ins on node A lock the account on node B too, for browsers it does not know", async ({ browser }) => {
  const email = ACCOUNTS.performer2.email;
  const guesser = await browser.newContext({ baseURL: nodeA.url });
  for (let i = 0; i < 10; i++) {
    const csrf: { csrfToken: string } = await (await guesser.request.get("/api/auth/csrf")).json();
    const attempt = await guesser.request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email, password: `wrong guess ${i}`, json: "true" },
      maxRedirects: 0,
    });
    expect(attempt.status()).toBeLessThan(500);
  }
  await guesser.close();

  const owner = await browser.newContext({ baseURL: nodeB.url });
  const page = await owner.newPage();
  await signIn(page, email);
  await expect(page.getByText(/Too many attempts; try again in \d+ minutes?\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await owner.close();
});
