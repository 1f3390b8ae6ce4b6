"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDay } from "@/lib/domain/calendar-day";
import type { WeeklyVolume } from "@/lib/domain/chart-data";
import { formatCount } from "@/lib/domain/format";

export function WeeklyVolumeChart({ title, weeks, unit }: { title: string; weeks: WeeklyVolume[]; unit: string }) {
  return (
    <figure className="h-40 w-full" aria-label={title}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={weeks} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" vertical={false} />
          <XAxis dataKey="weekStart" tickFormatter={(d: string) => formatDay(d).replace(/ \d{4}$/, "")} tick={{ fontSize: 11, fill: "#57534e" }} minTickGap={16} />
          <YAxis tickFormatter={(v: number) => formatCount(v)} tick={{ fontSize: 11, fill: "#57534e" }} width={48} allowDecimals={false} />
          <Tooltip labelFormatter={(d) => `Week of ${formatDay(String(d))}`} formatter={(v) => [`${formatCount(Number(v))} ${unit}s`, "Volume"]} />
          <Bar dataKey="count" fill="#78716c" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
