"use client";

import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDay } from "@/lib/domain/calendar-day";
import type { ReadinessPoint } from "@/lib/domain/chart-data";
import { readinessSummary } from "@/lib/domain/chart-summary";
import { TOOLTIP_STYLE } from "./chart-style";

/** Readiness check-ins (line, 1-5) next to the day's training volume (bars); one image named by its summary (no focusable parts). */
export function ReadinessChart({ points }: { points: ReadinessPoint[] }) {
  return (
    <figure role="img" className="h-48 w-full" aria-label={readinessSummary("Readiness (1 to 5) against daily training volume, last 30 days", points)} data-testid="chart">
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
    </figure>
  );
}
