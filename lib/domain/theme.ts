/** The colour themes a user may choose; "system" follows prefers-color-scheme. */
export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];

/** Where the browser remembers the choice (localStorage: no server round trip, no dynamic render). */
export const THEME_STORAGE_KEY = "stuntbook-theme";

export function parseTheme(value: string | null | undefined): Theme {
  return THEMES.find((t) => t === value) ?? "system";
}

/** Whether a page shows dark, for a stored choice and the system's setting. */
export function isDark(theme: Theme, systemPrefersDark: boolean): boolean {
  return theme === "dark" || (theme === "system" && systemPrefersDark);
}

/**
 * Runs in <head> before the body paints, so a dark page never flashes light
 * (and a light one never flashes dark): it sets the `dark` class on <html> from
 * the stored choice, else from the system setting. Kept tiny and dependency-free
 * because it is inlined into every page; the toggle keeps it in sync afterwards.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;
