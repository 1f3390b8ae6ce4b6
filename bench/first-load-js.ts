// First-load JavaScript of a page: what a browser must download before the
// page is interactive. The page's HTML is fetched as a signed-in user, every
// <script src> it names is fetched, and the bytes are summed raw and gzipped
// (what a gzip-serving proxy would send).

import { gzipSync } from "node:zlib";

export interface Weight {
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  html: Weight;
  /** The inline scripts of the HTML: Next's serialized React tree (the RSC payload) rides in them, next to the markup it also renders. */
  inlineScripts: Weight;
  scripts: { src: string; weight: Weight }[];
  total: Weight;
}

const weigh = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipSync(bytes).length });

export async function firstLoadJs(origin: string, pagePath: string, cookie: string): Promise<FirstLoad> {
  const page = await fetch(origin + pagePath, { headers: { cookie }, redirect: "manual" });
  if (page.status !== 200) throw new Error(`GET ${pagePath} answered ${page.status}, not the page`);
  const html = Buffer.from(await page.arrayBuffer());
  const text = html.toString("utf8");
  // noModule scripts (Next's polyfills for browsers without ES modules) are never fetched by a current browser.
  const sources = [
    ...new Set(
      [...text.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
        .filter((m) => !/\bnoModule\b/i.test(m[1]! + m[3]!))
        .map((m) => m[2]!.replaceAll("&amp;", "&")),
    ),
  ];
  const inline = Buffer.from([...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join(""), "utf8");
  const scripts = await Promise.all(
    sources.map(async (src) => {
      const response = await fetch(new URL(src, origin));
      if (!response.ok) throw new Error(`GET ${src} answered ${response.status}`);
      return { src, weight: weigh(Buffer.from(await response.arrayBuffer())) };
    }),
  );
  const total = scripts.reduce((sum, s) => ({ raw: sum.raw + s.weight.raw, gzip: sum.gzip + s.weight.gzip }), { raw: 0, gzip: 0 });
  return { html: weigh(html), inlineScripts: weigh(inline), scripts, total };
}
