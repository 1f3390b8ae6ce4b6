import { z } from "zod";
import { calendarDay } from "./fields";

export const asOfSchema = z.object({ asOf: calendarDay("asOf") });
