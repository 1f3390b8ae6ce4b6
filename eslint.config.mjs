// Lint: Next.js's rules plus the walls between layers (eslint-plugin-boundaries).
// The layer diagram lives here, as a check that fails `npm test`, not as a hope;
// docs/decisions/0003-layers-and-lint-walls.md says why each wall exists.

import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";

/** Layers, first match wins: a file belongs to the first pattern it matches. */
const elements = [
  { type: "domain", pattern: "lib/domain/**", mode: "full" },
  { type: "schemas", pattern: "lib/schemas/**", mode: "full" },
  { type: "server", pattern: "lib/server/**", mode: "full" },
  // The session writer's transaction: private to lib/data/sessions.
  { type: "session-writer", pattern: "lib/data/sessions/transaction.ts", mode: "full" },
  { type: "sessions", pattern: "lib/data/sessions/**", mode: "full" },
  { type: "data", pattern: "lib/data/**", mode: "full" },
  { type: "auth", pattern: "lib/auth/**", mode: "full" },
  { type: "views", pattern: "lib/views/**", mode: "full" },
  { type: "actions", pattern: "lib/actions/**", mode: "full" },
  { type: "api", pattern: "lib/api/**", mode: "full" },
  { type: "demo", pattern: "lib/demo/**", mode: "full" },
  { type: "components", pattern: "components/**", mode: "full" },
  { type: "route", pattern: "app/**/route.ts", mode: "full" },
  { type: "page", pattern: "app/**", mode: "full" },
];

/** Who may import whom. Anything not listed is refused. */
const allow = {
  domain: ["domain"],
  schemas: ["domain", "schemas"],
  server: ["domain", "server"],
  data: ["domain", "schemas", "server", "data", "sessions"],
  sessions: ["domain", "schemas", "server", "data", "sessions", "session-writer"],
  "session-writer": ["domain", "server", "data", "sessions"],
  auth: ["domain", "schemas", "server", "data", "auth"],
  views: ["domain", "schemas", "data", "sessions", "views"],
  actions: ["domain", "schemas", "data", "sessions", "auth", "actions"],
  api: ["domain", "schemas", "server", "data", "auth", "api"],
  demo: ["domain", "server", "data", "demo"],
  components: ["domain", "schemas", "actions", "components"],
  // Pages render what one view loader returns: no data-layer calls of their own.
  page: ["domain", "schemas", "auth", "views", "actions", "components", "page"],
  // Route handlers stay thin: parse, call the data layer, respond.
  route: ["domain", "schemas", "server", "data", "sessions", "auth", "api"],
};

// When several policies match an import, the last one decides.
const policies = [
  // Packages (react, zod, Prisma…) are allowed by default; the walls below narrow that.
  { allow: { to: { module: { origin: "external" } } } },
  { allow: { to: { module: { origin: "core" } } } },
  ...Object.entries(allow).map(([from, to]) => ({
    from: { element: { type: from } },
    allow: { to: { element: { types: { anyOf: to } } } },
  })),
  // The pure core knows no framework, database or clock source.
  {
    from: { element: { type: "domain" } },
    disallow: { to: { module: { origin: "external" } } },
  },
  // The data layer knows no Next.js: it is called the same way by pages, actions, routes and tests.
  {
    from: { element: { types: { anyOf: ["domain", "schemas", "server", "data", "sessions", "session-writer"] } } },
    disallow: { to: { module: { origin: "external", source: "next*" } } },
  },
];

const config = [
  { ignores: ["generated/**", ".next/**", ".next-bench/**", "node_modules/**", "data/**", "tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": elements,
      // `mode: "full"` (match the whole path) is the form that classifies
      // app/**/route.ts correctly in 7.2; its replacement does not yet.
      "boundaries/legacy-warnings": false,
      "import/resolver": { typescript: { alwaysTryTypes: true, project: "./tsconfig.json" }, node: true },
    },
    rules: {
      "boundaries/dependencies": ["error", { default: "disallow", checkAllOrigins: true, policies }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
