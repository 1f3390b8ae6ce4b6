import { z } from "zod";
import type { ApiOperation } from "./operation";
import { credentialOperations } from "./operations/credentials";
import { notificationOperations } from "./operations/notifications";
import { peopleOperations } from "./operations/people";
import { productionOperations } from "./operations/productions";
import { progressOperations } from "./operations/progress";
import { safetyOperations } from "./operations/safety";
import { sessionOperations } from "./operations/sessions";
import { witnessOperations } from "./operations/witnesses";

// Every /api/v1 operation, one entry each. tests/unit/openapi.test.ts compares
// this list with the route files under app/api/v1: a route without an entry
// (or an entry without a route) fails there.

const documentation: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/openapi.json",
    area: "Documentation",
    summary: "This document: OpenAPI 3.1, generated from the schemas the server validates with",
    description: "Reveals no data, so it needs no session. The same document is rendered for people at /api-docs.",
    who: "anyone (no session)",
    auth: "none",
    responses: {
      200: {
        description: "The OpenAPI document",
        schema: z.looseObject({ openapi: z.literal("3.1.0"), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }),
      },
    },
  },
];

export const API_OPERATIONS: readonly ApiOperation[] = [
  ...productionOperations,
  ...sessionOperations,
  ...witnessOperations,
  ...progressOperations,
  ...peopleOperations,
  ...notificationOperations,
  ...safetyOperations,
  ...credentialOperations,
  ...documentation,
];
