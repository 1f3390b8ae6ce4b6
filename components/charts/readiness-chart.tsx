"use client";

import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDay } from "@/lib/domain/calendar-day";
import type { ReadinessPoint } from "@/lib/domain/chart-data";

/** Readiness check-ins (line, 1-5) next to the day's training volume (bars). */
export function ReadinessChart({ points }: { points: ReadinessPoint[] }) {
  return (
    <figure className="h-48 w-full" aria-label="Readiness (1 to 5) against daily training volume, last 30 days">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" vertical={false} />
          <XAxis dataKey="date" tickFormatter={(d: string) => formatDay(d).replace(/ \d{4}$/, "")} tick={{ fontSize: 11, fill: "#57534e" }} minTickGap={20} />
          <YAxis yAxisId="reps" tick={{ fontSize: 11, fill: "#57534e" }} width={40} allowDecimals={false} />
          <YAxis yAxisId="readiness" orientation="right" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 11, fill: "#57534e" }} width={24} />
          <Tooltip labelFormatter={(d) => formatDay(String(d))} />
          <Bar yAxisId="reps" dataKey="reps" name="Reps" fill="#d6d3d1" isAnimationActive={false} />
          <Line yAxisId="readiness" dataKey="readiness" name="Readiness" stroke="#0369a1" strokeWidth={2.5} connectNulls dot={{ r: 3 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
