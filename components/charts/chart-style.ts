import type { CSSProperties } from "react";

// recharts draws its tooltip as HTML with inline colours (white box, series-coloured
// text): these follow the theme's palette instead (app/globals.css swaps the variables).
export const TOOLTIP_STYLE = {
  contentStyle: { background: "var(--color-surface)", borderColor: "var(--color-stone-300)", color: "var(--color-stone-900)" } satisfies CSSProperties,
  labelStyle: { color: "var(--color-stone-900)", fontWeight: 600 } satisfies CSSProperties,
  itemStyle: { color: "var(--color-stone-800)" } satisfies CSSProperties,
};
