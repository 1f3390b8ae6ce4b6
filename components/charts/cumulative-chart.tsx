"use client";

import dynamic from "next/dynamic";
import { cumulativeChartSummary } from "@/lib/domain/chart-summary";
import type { CumulativeChartDrawingProps } from "./cumulative-chart-drawing";
import { RenderWhenVisible } from "./render-when-visible";

// recharts (about 150 KiB of script) loads with the first chart drawn, never with the page.
const CumulativeChartDrawing = dynamic(() => import("./cumulative-chart-drawing").then((m) => m.CumulativeChartDrawing), { ssr: false });

/**
 * Running total against the target line, with a dashed projection and the
 * deadline marked. One image to a screen reader, named by its summary in words
 * (in the server's HTML); drawn when scrolled to, in a box of fixed height.
 */
export function CumulativeChart({ title, ...drawing }: CumulativeChartDrawingProps & { title: string }) {
  const { points, target, deadlineDay, unit } = drawing;
  return (
    <figure role="img" className="h-64 w-full" aria-label={cumulativeChartSummary(title, points, target, deadlineDay, unit)} data-testid="chart">
      <RenderWhenVisible>
        <CumulativeChartDrawing {...drawing} />
      </RenderWhenVisible>
    </figure>
  );
}
