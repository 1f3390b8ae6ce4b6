"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDay } from "@/lib/domain/calendar-day";
import type { WeeklyVolume } from "@/lib/domain/chart-data";
import { formatCount } from "@/lib/domain/format";
import { TOOLTIP_STYLE } from "./chart-style";

/** The drawing of a WeeklyVolumeChart (weekly-volume-chart.tsx names it and loads this module when it is scrolled to). */
export function WeeklyVolumeChartDrawing({ weeks, unit }: { weeks: WeeklyVolume[]; unit: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={weeks} margin={{ top: 8, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" vertical={false} />
        <XAxis dataKey="weekStart" tickFormatter={(d: string) => formatDay(d).replace(/ \d{4}$/, "")} tick={{ fontSize: 11, fill: "var(--chart-axis)" }} minTickGap={16} />
        <YAxis tickFormatter={(v: number) => formatCount(v)} tick={{ fontSize: 11, fill: "var(--chart-axis)" }} width={48} allowDecimals={false} />
        <Tooltip {...TOOLTIP_STYLE} labelFormatter={(d) => `Week of ${formatDay(String(d))}`} formatter={(v) => [`${formatCount(Number(v))} ${unit}s`, "Volume"]} />
        <Bar dataKey="count" fill="var(--chart-bar-strong)" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
