import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/domain/client-address";

describe("clientAddress", () => {
  it("believes X-Forwarded-For only when TRUSTED_PROXY says how many proxies append to it", () => {
    expect(clientAddress("203.0.113.9", 0)).toBeNull();
    expect(clientAddress(null, 1)).toBeNull();
    expect(clientAddress("", 1)).toBeNull();
  });

  it("takes the entry the outermost trusted proxy wrote, not what the client sent before it", () => {
    // The client forged "1.1.1.1"; the load balancer appended the address it saw.
    expect(clientAddress("1.1.1.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    // Two proxies: a CDN appended the client, then the load balancer appended the CDN.
    expect(clientAddress("1.1.1.1, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("gives up when the request did not pass through every trusted proxy", () => {
    expect(clientAddress("203.0.113.9", 2)).toBeNull();
  });

  it("keeps IPv6 addresses, lower-cased, and refuses what cannot be an address", () => {
    expect(clientAddress("2001:DB8::1", 1)).toBe("2001:db8::1");
    expect(clientAddress("x, <script>", 1)).toBeNull();
    expect(clientAddress(`x, ${"1".repeat(65)}`, 1)).toBeNull();
    expect(clientAddress("x, ", 1)).toBeNull();
  });
});
