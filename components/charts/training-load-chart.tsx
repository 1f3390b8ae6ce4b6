"use client";

import dynamic from "next/dynamic";
import type { LoadDayView } from "@/lib/domain/training-load-view";
import { RenderWhenVisible } from "./render-when-visible";

const TrainingLoadChartDrawing = dynamic(() => import("./training-load-chart-drawing").then((m) => m.TrainingLoadChartDrawing), { ssr: false });

/**
 * Daily load (bars) with the acute and chronic averages (lines). To a screen
 * reader it is one image named by `summary` (in the server's HTML); drawn when
 * scrolled to.
 */
export function TrainingLoadChart({ days, summary }: { days: LoadDayView[]; summary: string }) {
  return (
    <figure role="img" aria-label={summary} className="h-56 w-full" data-testid="training-load-chart">
      <RenderWhenVisible>
        <TrainingLoadChartDrawing days={days} />
      </RenderWhenVisible>
    </figure>
  );
}
