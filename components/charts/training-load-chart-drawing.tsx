"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDay } from "@/lib/domain/calendar-day";
import { formatCount } from "@/lib/domain/format";
import type { LoadDayView } from "@/lib/domain/training-load-view";
import { TOOLTIP_STYLE } from "./chart-style";

const SERIES_LABEL: Record<string, string> = { load: "Load", acute: "Acute (7 days)", chronic: "Chronic (28 days)" };

/**
 * The drawing of a TrainingLoadChart (training-load-chart.tsx names it and
 * loads this module when it is scrolled to): daily load (bars) with the acute
 * and chronic averages (lines). recharts' accessibility layer (a focusable
 * chart with arrow-key tooltips) is off, so nothing inside is focusable.
 */
export function TrainingLoadChartDrawing({ days }: { days: LoadDayView[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={days} margin={{ top: 8, right: 8, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" vertical={false} />
        <XAxis dataKey="date" tickFormatter={(d: string) => formatDay(d).replace(/ \d{4}$/, "")} tick={{ fontSize: 11, fill: "var(--chart-axis)" }} minTickGap={20} />
        <YAxis tickFormatter={(v: number) => formatCount(v)} tick={{ fontSize: 11, fill: "var(--chart-axis)" }} width={44} allowDecimals={false} />
        <Tooltip
          {...TOOLTIP_STYLE}
          labelFormatter={(d) => formatDay(String(d))}
          formatter={(value, name) => [formatCount(Math.round(Number(value))), SERIES_LABEL[String(name)] ?? String(name)]}
        />
        <Legend formatter={(name: string) => <span className="text-stone-700">{SERIES_LABEL[name] ?? name}</span>} wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="load" name="load" fill="var(--chart-bar)" isAnimationActive={false} />
        <Line dataKey="acute" name="acute" stroke="var(--chart-acute)" strokeWidth={2.5} dot={false} isAnimationActive={false} />
        <Line dataKey="chronic" name="chronic" stroke="var(--chart-chronic)" strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
