"use client";

import { useEffect, useSyncExternalStore } from "react";
import { isDark, parseTheme, THEME_STORAGE_KEY, THEMES, type Theme } from "@/lib/domain/theme";

const LABEL: Record<Theme, string> = { light: "Light", dark: "Dark", system: "System" };
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function readStored(): Theme {
  try {
    return parseTheme(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return "system";
  }
}

function apply(theme: Theme) {
  const dark = isDark(theme, matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

/**
 * Light / dark / system, in the site header. The first paint was already set
 * by the inline script in app/layout.tsx; this keeps <html> in step with the
 * choice, with the system setting while "system" is chosen, and with other tabs.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, readStored, () => "system" as Theme);

  useEffect(() => {
    apply(theme);
    if (theme !== "system") return;
    const media = matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => apply("system");
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [theme]);

  const choose = (next: Theme) => {
    try {
      if (next === "system") localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
    }
    apply(next);
    listeners.forEach((l) => l());
  };

  return (
    <label className="inline-flex items-center gap-1 text-sm text-stone-300">
      <span className="sr-only sm:not-sr-only">Theme</span>
      <select
        value={theme}
        onChange={(e) => choose(parseTheme(e.target.value))}
        className="min-h-6 rounded border border-stone-600 bg-stone-900 px-1 py-0.5 text-sm text-stone-100 [color-scheme:dark]"
        data-testid="theme-toggle"
      >
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {LABEL[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
