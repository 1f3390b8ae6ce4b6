// The API's request guards (lib/api/request-guards.ts) and the proxy that
// refuses undecodable paths before Next's router turns them into a 500.

import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import * as pageStaticInfo from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { assertCookieWriteType, assertIdParams, assertJsonWrite, assertSameOriginWrite, isJsonContentType } from "@/lib/api/request-guards";
import { isDecodablePath } from "@/lib/api/path-encoding";
import { config, proxy } from "@/proxy";

// Next's own matcher compiler: what `next build` does with proxy.ts's config. It
// is internal (exported, not declared), so a Next upgrade that moves it fails here loudly.
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers(matcher: string[], nextConfig: object): Parameters<typeof getMiddlewareRouteMatcher>[0];
};

const request = (method: string, headers: Record<string, string> = {}, url = "http://localhost:3000/api/v1/productions/p1/sessions") =>
  new Request(url, { method, headers });
const statusOf = (fn: () => void): number | null => {
  try {
    fn();
    return null;
  } catch (error) {
    return (error as { status: number }).status;
  }
};

describe("isJsonContentType", () => {
  it("is application/json with any parameters, in any case", () => {
    expect(isJsonContentType("application/json")).toBe(true);
    expect(isJsonContentType("Application/JSON; charset=utf-8")).toBe(true);
    for (const other of [null, "", "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx", "application/json-patch+json"]) {
      expect(isJsonContentType(other), String(other)).toBe(false);
    }
  });
});

describe("assertJsonWrite", () => {
  it("refuses a write whose body is not declared JSON with 415", () => {
    expect(statusOf(() => assertJsonWrite(request("POST", { "content-type": "text/plain" })))).toBe(415);
    expect(statusOf(() => assertJsonWrite(request("PUT", { "content-type": "application/x-www-form-urlencoded" })))).toBe(415);
    expect(statusOf(() => assertJsonWrite(request("PATCH", { "content-length": "12" })))).toBe(415);
    expect(statusOf(() => assertJsonWrite(request("DELETE", { "transfer-encoding": "chunked" })))).toBe(415);
  });
  it("lets JSON writes, bodiless writes and reads through", () => {
    expect(statusOf(() => assertJsonWrite(request("POST", { "content-type": "application/json" })))).toBeNull();
    expect(statusOf(() => assertJsonWrite(request("POST", { "content-length": "0" })))).toBeNull();
    expect(statusOf(() => assertJsonWrite(request("DELETE")))).toBeNull();
    expect(statusOf(() => assertJsonWrite(request("GET", { "content-type": "text/plain" })))).toBeNull();
  });
});

describe("a route that takes a device file", () => {
  it("takes text/csv, and text/plain only when the write is not made with the session cookie", () => {
    const plain = request("POST", { "content-type": "text/plain; charset=utf-8" });
    const csv = request("POST", { "content-type": "text/csv" });
    expect(statusOf(() => assertJsonWrite(plain, "device-file"))).toBeNull();
    expect(statusOf(() => assertJsonWrite(csv, "device-file"))).toBeNull();
    expect(statusOf(() => assertJsonWrite(plain, "csv"))).toBe(415);
    expect(statusOf(() => assertJsonWrite(request("POST", { "content-type": "application/json" }), "device-file"))).toBe(415);
    expect(statusOf(() => assertCookieWriteType(plain, "device-file"))).toBe(415);
    expect(statusOf(() => assertCookieWriteType(csv, "device-file"))).toBeNull();
    expect(statusOf(() => assertCookieWriteType(plain, "json"))).toBeNull(); // assertJsonWrite already judged it
  });
});

describe("assertSameOriginWrite", () => {
  const app = "https://stunts.example.com";
  it("refuses a write from another origin with 403", () => {
    expect(statusOf(() => assertSameOriginWrite(request("POST", { origin: "https://evil.example" }), app))).toBe(403);
    expect(statusOf(() => assertSameOriginWrite(request("DELETE", { origin: "null" }), app))).toBe(403);
    expect(statusOf(() => assertSameOriginWrite(request("PATCH", { origin: "https://stunts.example.com.evil.example" }), app))).toBe(403);
    expect(statusOf(() => assertSameOriginWrite(request("PUT", { origin: "http://localhost:3001" }), null))).toBe(403);
  });
  it("accepts the app's public origin, the request's own host, and no Origin at all", () => {
    expect(statusOf(() => assertSameOriginWrite(request("POST", { origin: app }), app))).toBeNull();
    expect(statusOf(() => assertSameOriginWrite(request("POST", { origin: "http://localhost:3000" }), null))).toBeNull();
    expect(statusOf(() => assertSameOriginWrite(request("POST", { origin: "http://10.0.0.5:3000", host: "10.0.0.5:3000" }), app))).toBeNull();
    expect(statusOf(() => assertSameOriginWrite(request("POST"), app))).toBeNull();
  });
  it("leaves reads alone", () => {
    expect(statusOf(() => assertSameOriginWrite(request("GET", { origin: "https://evil.example" }), app))).toBeNull();
  });
});

describe("assertIdParams", () => {
  it("answers 404 for a path id that cannot be an id", () => {
    for (const bad of ["\u0000", "\ud800", "a b", "x".repeat(65), "", "é"]) expect(statusOf(() => assertIdParams({ productionId: bad })), JSON.stringify(bad)).toBe(404);
    expect(statusOf(() => assertIdParams({ productionId: "cmb2x9k0d0000qzrm1234abcd", sessionId: "no-such-session" }))).toBeNull();
  });
});

describe("the proxy and undecodable paths", () => {
  it("knows which raw paths decode", () => {
    expect(isDecodablePath("/api/v1/productions/abc%20def")).toBe(true);
    expect(isDecodablePath("/api/v1/productions/%25")).toBe(true);
    for (const bad of ["/api/v1/productions/%ED%A0%80", "/api/v1/productions/%C3", "/api/v1/productions/%", "/x/%zz"]) expect(isDecodablePath(bad), bad).toBe(false);
  });

  it("answers 400 with a JSON error for an API path that does not decode", async () => {
    const response = proxy(new NextRequest("http://localhost/api/v1/productions/%ED%A0%80"));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/malformed percent-encoding/) });
  });

  it("passes a decodable path on", () => {
    expect(proxy(new NextRequest("http://localhost/api/v1/productions/abc%20d")).headers.get("x-middleware-next")).toBe("1");
  });

  it("runs, by Next's own matcher, on every path with a percent sign and on no other", () => {
    const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
    const runsOn = (path: string) => matches(path, { headers: {} } as never, {});
    expect(runsOn("/api/v1/productions/%ED%A0%80")).toBe(true);
    expect(runsOn("/api/v1/productions/p1/sessions/%C3/verify")).toBe(true);
    expect(runsOn("/productions/%")).toBe(true);
    expect(runsOn("/api/v1/productions/p1/sessions")).toBe(false);
    expect(runsOn("/")).toBe(false);
  });
});
