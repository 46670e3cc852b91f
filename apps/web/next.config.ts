import { commonSecurityHeaders } from "@gp/ui/security";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const config: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@gp/db", "@gp/ui"],
  poweredByHeader: false,
  // On every response, files included; the Content-Security-Policy comes from src/proxy.ts (a nonce per page).
  headers: async () => [{ source: "/:path*", headers: commonSecurityHeaders("web") }],
  reactStrictMode: true,
  typedRoutes: false,
  // The build checks the app's own code; tests (which reach into other packages) are checked by `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

// next-intl's messages per request: src/i18n/request.ts. The messages are compiled at build time
// (`precompile`): at run time a message with arguments is formatted from its compiled form instead of
// being parsed into an IntlMessageFormat again on every request (next-intl's cache lives for one request).
export default createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(config);
