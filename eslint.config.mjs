// One lint configuration for the whole monorepo; each workspace runs `eslint .` against it.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "apps/web/dist/**",
      "packages/ingest/dist/**",
      "**/.turbo/**",
      "**/next-env.d.ts",
      "**/migrations/**",
      "**/test-results/**",
      "**/playwright-report/**",
      ".data/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": [
        "error",
        {
          // process.env.X; passing the whole environment on to a child process is fine.
          selector: "MemberExpression[object.object.name='process'][object.property.name='env']",
          message: "Read the environment in the package's env.ts only.",
        },
      ],
    },
  },
  {
    files: ["**/env.ts", "**/*.test.ts", "**/*.config.ts", "**/*.config.mjs", "e2e/**", "**/bench/**"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: ["**/*.tsx", "apps/**/*.ts", "packages/ui/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Apps reach the database only through @gp/db's per-domain entries: no SQL, no driver, no deep paths.
    files: ["apps/**/*.{ts,tsx,mjs}"],
    // vitest bundles its config without resolving workspace TypeScript (see the comment there).
    ignores: ["apps/*/vitest.config.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "drizzle-orm",
              message: "Apps do not write SQL: add a query to @gp/db and import its domain entry.",
            },
            { name: "postgres", message: "Apps reach the database through @gp/db only." },
          ],
          patterns: [
            {
              group: ["drizzle-orm/*"],
              message: "Apps do not write SQL: add a query to @gp/db and import its domain entry.",
            },
            {
              group: ["@gp/db/src/*", "@gp/db/queries/*", "**/packages/db/src/**"],
              message: "Import @gp/db through its entries (@gp/db/search, @gp/db/curation, ...), not its files.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
  },
);
