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
    files: ["apps/**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
  },
);
