import type { MetadataRoute } from "next";

// The web app manifest (/manifest.webmanifest; Next links it from every page):
// what a phone needs to install Stuntbook as an app. The icons are drawn from
// app/icon.svg once by scripts/make-icons.ts and committed in public/icons/.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Stuntbook",
    short_name: "Stuntbook",
    description: "Training logbook and readiness tracker for stunt performers",
    id: "/",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: "#1c1917",
    background_color: "#fafaf9",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
