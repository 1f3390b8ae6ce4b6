import { describe, expect, it } from "vitest";
import { cookieValue, issueKnownDeviceToken, KNOWN_DEVICE_MAX_AGE_SECONDS, verifyKnownDeviceToken } from "@/lib/server/known-device";

const secret = "test secret";
const now = Date.UTC(2026, 10, 30);

describe("known-device tokens", () => {
  it("verify for the account and device they were issued to", () => {
    const token = issueKnownDeviceToken("user1", secret, now, "device1");
    expect(verifyKnownDeviceToken(token, "user1", secret, now)).toBe("device1");
    expect(verifyKnownDeviceToken(issueKnownDeviceToken("user1", secret, now), "user1", secret, now)).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it("mean nothing for another account, under another secret, or once altered", () => {
    const token = issueKnownDeviceToken("user1", secret, now, "device1");
    expect(verifyKnownDeviceToken(token, "user2", secret, now)).toBeNull();
    expect(verifyKnownDeviceToken(token, "user1", "other secret", now)).toBeNull();
    expect(verifyKnownDeviceToken(token.replace("device1", "device2"), "user1", secret, now)).toBeNull();
    expect(verifyKnownDeviceToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, "user1", secret, now)).toBeNull();
    for (const junk of [null, undefined, "", "v1.user1", "v2.user1.device1.1.sig", "x".repeat(400)]) {
      expect(verifyKnownDeviceToken(junk, "user1", secret, now)).toBeNull();
    }
  });

  it("expire after 90 days", () => {
    const token = issueKnownDeviceToken("user1", secret, now, "device1");
    expect(verifyKnownDeviceToken(token, "user1", secret, now + KNOWN_DEVICE_MAX_AGE_SECONDS * 1000)).toBe("device1");
    expect(verifyKnownDeviceToken(token, "user1", secret, now + KNOWN_DEVICE_MAX_AGE_SECONDS * 1000 + 1000)).toBeNull();
  });
});

describe("cookieValue", () => {
  it("finds one cookie in a Cookie header", () => {
    expect(cookieValue("a=1; stuntbook.known-device=v1.x; b=2", "stuntbook.known-device")).toBe("v1.x");
    expect(cookieValue("a=1", "stuntbook.known-device")).toBeNull();
    expect(cookieValue(null, "a")).toBeNull();
    expect(cookieValue("a=%E0%A4%A", "a")).toBeNull();
  });
});
