"use client";

import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { fromEpochDay, formatDay } from "@/lib/domain/calendar-day";
import type { CumulativeChartPoint } from "@/lib/domain/chart-data";
import { formatCount } from "@/lib/domain/format";

/** Running total against the target line, with a dashed projection and the deadline marked. */
export function CumulativeChart({
  title,
  points,
  domain,
  target,
  deadlineDay,
  unit,
  incidentDays = [],
}: {
  title: string;
  points: CumulativeChartPoint[];
  domain: [number, number];
  target: number;
  deadlineDay: number;
  unit: string;
  /** Days of incidents involving the performer, marked on the time axis. */
  incidentDays?: number[];
}) {
  const dayLabel = (day: number) => formatDay(fromEpochDay(day));
  return (
    <figure className="h-64 w-full" aria-label={title}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 16, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" />
          <XAxis
            dataKey="day"
            type="number"
            domain={domain}
            scale="time"
            tickFormatter={(d: number) => formatDay(fromEpochDay(d)).replace(/^\d+ /, "")}
            tick={{ fontSize: 12, fill: "#57534e" }}
            minTickGap={24}
          />
          <YAxis
            domain={[0, (max: number) => Math.max(max, target)]}
            tickFormatter={(v: number) => formatCount(v)}
            tick={{ fontSize: 12, fill: "#57534e" }}
            width={56}
          />
          <Tooltip
            labelFormatter={(d) => dayLabel(Number(d))}
            formatter={(value, name) => [`${formatCount(Number(value))} ${unit}s`, name === "projected" ? "Projected" : "Done"]}
          />
          <ReferenceLine y={target} stroke="#1c1917" strokeWidth={1.5} label={{ value: `Target ${formatCount(target)}`, position: "insideTopLeft", fontSize: 12, fill: "#1c1917" }} />
          <ReferenceLine x={deadlineDay} stroke="#b91c1c" strokeDasharray="4 3" label={{ value: "Deadline", position: "insideTopRight", fontSize: 12, fill: "#b91c1c" }} />
          {incidentDays.map((day) => (
            <ReferenceLine key={day} x={day} stroke="#d97706" strokeWidth={2} label={{ value: "⚠", position: "insideBottom", fontSize: 14, fill: "#b45309" }} />
          ))}
          <Line type="monotone" dataKey="cumulative" name="done" stroke="#c2410c" strokeWidth={2.5} dot={false} isAnimationActive={false} connectNulls />
          <Line type="linear" dataKey="projected" name="projected" stroke="#c2410c" strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} connectNulls />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
