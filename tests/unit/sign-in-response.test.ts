import { describe, expect, it } from "vitest";
import { withThrottleStatus } from "@/lib/auth/sign-in-response";

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("withThrottleStatus", () => {
  it("turns next-auth's answer to a throttled sign-in into 429 with Retry-After and a readable error", async () => {
    const url = "http://localhost:3000/api/auth/error?error=TooManyAttempts-125";
    const response = await withThrottleStatus(json({ url }));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("125");
    expect(await response.json()).toEqual({ url, error: "Too many attempts; try again in 3 minutes." });
  });

  it("leaves every other answer as it was", async () => {
    const wrong = json({ url: "http://localhost:3000/api/auth/error?error=CredentialsSignin" });
    expect(await withThrottleStatus(wrong)).toBe(wrong);
    const ok = json({ url: "http://localhost:3000/" });
    expect(await withThrottleStatus(ok)).toBe(ok);
    const html = new Response("<html></html>", { headers: { "content-type": "text/html" } });
    expect(await withThrottleStatus(html)).toBe(html);
    const broken = new Response("{", { headers: { "content-type": "application/json" } });
    expect(await withThrottleStatus(broken)).toBe(broken);
  });
});
