"use client";

import dynamic from "next/dynamic";
import type { ReadinessPoint } from "@/lib/domain/chart-data";
import { readinessSummary } from "@/lib/domain/chart-summary";
import { RenderWhenVisible } from "./render-when-visible";

const ReadinessChartDrawing = dynamic(() => import("./readiness-chart-drawing").then((m) => m.ReadinessChartDrawing), { ssr: false });

/** Readiness check-ins (line, 1-5) next to the day's training volume (bars); one image named by its summary, drawn when scrolled to. */
export function ReadinessChart({ points }: { points: ReadinessPoint[] }) {
  return (
    <figure role="img" className="h-48 w-full" aria-label={readinessSummary("Readiness (1 to 5) against daily training volume, last 30 days", points)} data-testid="chart">
      <RenderWhenVisible>
        <ReadinessChartDrawing points={points} />
      </RenderWhenVisible>
    </figure>
  );
}
