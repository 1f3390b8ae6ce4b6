// Stuntbook's service worker (docs/decisions/0018-offline-service-worker.md).
// Hand-written and small: no build step, nothing fetched from elsewhere.
//
// - Static assets (/_next/static/…, icons, the manifest): cache first. Their
//   names carry a content hash, so a cached copy is never stale.
// - Pages (navigations): network first; a page that answered 200 is kept, so
//   a page seen online opens offline, and the header marks it "Offline —
//   showing what was last fetched at HH:MM" (read from this cache). A page
//   never seen answers with a short offline notice.
// - Everything else (the API, server actions, RSC fetches) goes to the network
//   untouched: writes made offline are queued by the page (IndexedDB), not here.
// - Signing out empties the page cache, so the next person on this phone does
//   not read the last one's pages.

const VERSION = "v1";
const STATIC_CACHE = `stuntbook-static-${VERSION}`;
const PAGE_CACHE = `stuntbook-pages-${VERSION}`;
const FETCHED_AT = "x-stuntbook-fetched-at";

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([STATIC_CACHE, PAGE_CACHE]);
      for (const name of await caches.keys()) if (name.startsWith("stuntbook-") && !keep.has(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

function isStatic(url) {
  return (
    url.pathname.startsWith("/_next/static/") ||
    url.pathname.startsWith("/icons/") ||
    url.pathname === "/manifest.webmanifest" ||
    url.pathname === "/icon.svg" ||
    url.pathname === "/favicon.ico"
  );
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/auth/signout")) {
    event.waitUntil(caches.delete(PAGE_CACHE));
    return;
  }
  if (request.method !== "GET") return;
  if (isStatic(url)) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === "navigate" && !url.pathname.startsWith("/api/")) {
    event.respondWith(networkFirstPage(request));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(STATIC_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirstPage(request) {
  const cache = await caches.open(PAGE_CACHE);
  try {
    const response = await fetch(request);
    const type = response.headers.get("content-type") ?? "";
    // Only a page itself: not a redirect to the sign-in page, not an error.
    if (response.status === 200 && !response.redirected && type.startsWith("text/html")) {
      const headers = new Headers(response.headers);
      headers.set(FETCHED_AT, String(Date.now()));
      const copy = new Response(await response.clone().blob(), { status: 200, headers });
      await cache.put(pageKey(request), copy);
    }
    return response;
  } catch {
    const cached = await cache.match(pageKey(request));
    // The page itself says it is a copy (OfflineQueue reads FETCHED_AT from this cache):
    // changing the HTML here would not survive React's hydration.
    if (cached) return cached;
    return offlineNotice();
  }
}

/** One cached copy per page: the query string (filters, pages of the logbook) is part of it, the fragment is not. */
function pageKey(request) {
  const url = new URL(request.url);
  url.hash = "";
  return url.href;
}

function offlineNotice() {
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Offline · Stuntbook</title></head><body style="font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">` +
    `<h1>You are offline</h1><p>This page was not opened on this device while it was online, so there is no copy to show.</p>` +
    `<p>Pages you opened before — your own page, the dashboard — open offline, and sessions, check-ins and incidents ` +
    `you log there are kept on this device and sent when the connection returns.</p><p><a href="/">Try the dashboard</a></p></body></html>`;
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8" } });
}
