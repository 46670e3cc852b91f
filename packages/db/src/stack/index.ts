export { appDir, serveApp, stopChild, waitForHealth, type AppName, type ServeOptions } from "./apps";
export { assertPortFree, freePort } from "./ports";
