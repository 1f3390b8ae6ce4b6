"use client";

import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDay } from "@/lib/domain/calendar-day";
import type { ReadinessPoint } from "@/lib/domain/chart-data";
import { TOOLTIP_STYLE } from "./chart-style";

/** The drawing of a ReadinessChart (readiness-chart.tsx names it and loads this module when it is scrolled to). */
export function ReadinessChartDrawing({ points }: { points: ReadinessPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" vertical={false} />
        <XAxis dataKey="date" tickFormatter={(d: string) => formatDay(d).replace(/ \d{4}$/, "")} tick={{ fontSize: 11, fill: "var(--chart-axis)" }} minTickGap={20} />
        <YAxis yAxisId="reps" tick={{ fontSize: 11, fill: "var(--chart-axis)" }} width={40} allowDecimals={false} />
        <YAxis yAxisId="readiness" orientation="right" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 11, fill: "var(--chart-axis)" }} width={24} />
        <Tooltip {...TOOLTIP_STYLE} labelFormatter={(d) => formatDay(String(d))} />
        <Bar yAxisId="reps" dataKey="reps" name="Reps" fill="var(--chart-bar)" isAnimationActive={false} />
        <Line yAxisId="readiness" dataKey="readiness" name="Readiness" stroke="var(--chart-chronic)" strokeWidth={2.5} connectNulls dot={{ r: 3 }} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
