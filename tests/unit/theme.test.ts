import { describe, expect, it } from "vitest";
import { isDark, parseTheme, THEME_INIT_SCRIPT, THEME_STORAGE_KEY } from "@/lib/domain/theme";

describe("theme", () => {
  it("reads a stored choice, anything else is the system's", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("system")).toBe("system");
    expect(parseTheme(null)).toBe("system");
    expect(parseTheme("purple")).toBe("system");
  });

  it("is dark when chosen, or when the system is and nothing else was chosen", () => {
    expect(isDark("dark", false)).toBe(true);
    expect(isDark("light", true)).toBe(false);
    expect(isDark("system", true)).toBe(true);
    expect(isDark("system", false)).toBe(false);
  });

  it("the inline script applies the same rule before the page paints", () => {
    for (const [stored, systemDark, dark] of [
      ["dark", false, true],
      ["light", true, false],
      [null, true, true],
      [null, false, false],
      ["junk", true, true],
    ] as const) {
      const classes = new Set<string>();
      const document = { documentElement: { classList: { toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)) } } };
      const localStorage = { getItem: (key: string) => (key === THEME_STORAGE_KEY ? stored : null) };
      const matchMedia = (q: string) => ({ matches: q === "(prefers-color-scheme: dark)" && systemDark });
      new Function("document", "localStorage", "matchMedia", THEME_INIT_SCRIPT)(document, localStorage, matchMedia);
      expect(classes.has("dark"), `${stored} / system dark ${systemDark}`).toBe(dark);
    }
  });
});
