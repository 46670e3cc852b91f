// Local servers for the tests, the benchmarks and `npm start` (packages/stack): free ports, the
// Next.js apps run as child processes, their health checks. No dependency on the apps' code.
export { appDir, serveApp, stopChild, waitForHealth, type AppName, type ServeOptions } from "./apps";
export { assertPortFree, freePort } from "./ports";
