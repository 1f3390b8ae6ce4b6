"use client";

import dynamic from "next/dynamic";
import type { WeeklyVolume } from "@/lib/domain/chart-data";
import { weeklyVolumeSummary } from "@/lib/domain/chart-summary";
import { RenderWhenVisible } from "./render-when-visible";

const WeeklyVolumeChartDrawing = dynamic(() => import("./weekly-volume-chart-drawing").then((m) => m.WeeklyVolumeChartDrawing), { ssr: false });

/** Volume per week as bars; one image named by its summary, drawn when scrolled to. */
export function WeeklyVolumeChart({ title, weeks, unit }: { title: string; weeks: WeeklyVolume[]; unit: string }) {
  return (
    <figure role="img" className="h-40 w-full" aria-label={weeklyVolumeSummary(title, weeks, unit)} data-testid="chart">
      <RenderWhenVisible>
        <WeeklyVolumeChartDrawing weeks={weeks} unit={unit} />
      </RenderWhenVisible>
    </figure>
  );
}
