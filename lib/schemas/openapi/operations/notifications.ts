import { markReadSchema } from "../../notifications";
import { inbox, unreadCount } from "../../responses/notifications";
import type { ApiOperation } from "../operation";

const area = "People and access";

export const notificationOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/notifications",
    area,
    summary: "One's inbox: reminders across one's productions, unread first",
    description:
      "Computed from the records: entries waiting for sign-off more than 3 days (coordinators), currency lapsing within 7 days, credentials expiring within 30 days (or expired within 30), equipment due within 14 days or overdue, one's entries sent back in the last 14 days.",
    who: "anyone signed in",
    responses: { 200: { description: "The inbox", schema: inbox } },
  },
  {
    method: "post",
    path: "/api/v1/notifications/read",
    area,
    summary: "Mark reminders read",
    who: "anyone signed in",
    body: markReadSchema,
    responses: { 200: { description: "How many stay unread", schema: unreadCount } },
  },
];
