import { commonSecurityHeaders, resourceContentSecurityPolicy } from "@gp/ui/security";
import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ["@gp/db", "@gp/ui", "@gp/ingest"],
  poweredByHeader: false,
  // On every response, files included; the Content-Security-Policy comes from src/proxy.ts (a nonce per page).
  headers: async () => [
    { source: "/:path*", headers: commonSecurityHeaders("admin") },
    // The one route src/proxy.ts leaves out (see there) gets the API's policy here.
    { source: "/api/imports", headers: [{ key: "Content-Security-Policy", value: resourceContentSecurityPolicy }] },
  ],
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
    // forbidden() and unauthorized(): real 403 and 401 responses from pages and server actions.
    authInterrupts: true,
  },
};

export default config;
