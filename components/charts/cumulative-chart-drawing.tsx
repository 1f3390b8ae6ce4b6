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
import { TOOLTIP_STYLE } from "./chart-style";

export interface CumulativeChartDrawingProps {
  points: CumulativeChartPoint[];
  domain: [number, number];
  target: number;
  deadlineDay: number;
  unit: string;
  /** Days of incidents involving the performer, marked on the time axis. */
  incidentDays?: number[];
}

/**
 * The drawing of a CumulativeChart (cumulative-chart.tsx, which names it for
 * a screen reader and loads this module, recharts and all, only when it is
 * scrolled to). recharts' accessibility layer (a focusable chart) is off.
 */
export function CumulativeChartDrawing({ points, domain, target, deadlineDay, unit, incidentDays = [] }: CumulativeChartDrawingProps) {
  const dayLabel = (day: number) => formatDay(fromEpochDay(day));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={points} margin={{ top: 16, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
        <XAxis
          dataKey="day"
          type="number"
          domain={domain}
          scale="time"
          tickFormatter={(d: number) => formatDay(fromEpochDay(d)).replace(/^\d+ /, "")}
          tick={{ fontSize: 12, fill: "var(--chart-axis)" }}
          minTickGap={24}
        />
        <YAxis
          domain={[0, (max: number) => Math.max(max, target)]}
          tickFormatter={(v: number) => formatCount(v)}
          tick={{ fontSize: 12, fill: "var(--chart-axis)" }}
          width={56}
        />
        <Tooltip
          {...TOOLTIP_STYLE}
          labelFormatter={(d) => dayLabel(Number(d))}
          formatter={(value, name) => [`${formatCount(Number(value))} ${unit}s`, name === "projected" ? "Projected" : "Done"]}
        />
        <ReferenceLine y={target} stroke="var(--chart-ink)" strokeWidth={1.5} label={{ value: `Target ${formatCount(target)}`, position: "insideTopLeft", fontSize: 12, fill: "var(--chart-ink)" }} />
        <ReferenceLine x={deadlineDay} stroke="var(--chart-deadline)" strokeDasharray="4 3" label={{ value: "Deadline", position: "insideTopRight", fontSize: 12, fill: "var(--chart-deadline)" }} />
        {incidentDays.map((day) => (
          <ReferenceLine key={day} x={day} stroke="var(--chart-warning)" strokeWidth={2} label={{ value: "⚠", position: "insideBottom", fontSize: 14, fill: "var(--chart-warning)" }} />
        ))}
        <Line type="monotone" dataKey="cumulative" name="done" stroke="var(--chart-acute)" strokeWidth={2.5} dot={false} isAnimationActive={false} connectNulls />
        <Line type="linear" dataKey="projected" name="projected" stroke="var(--chart-acute)" strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} connectNulls />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
