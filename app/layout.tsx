import type { Metadata, Viewport } from "next";
import { THEME_INIT_SCRIPT } from "@/lib/domain/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stuntbook", template: "%s · Stuntbook" },
  description: "Training logbook and readiness tracker for stunt performers",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1c1917" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The inline script sets <html class="dark"> before hydration: React is told not to mind.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
