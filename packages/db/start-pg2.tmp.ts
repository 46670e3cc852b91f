import { startEmbedded } from "./src/embedded";
const server = await startEmbedded({ dataDir: "/tmp/lead/pg2data", port: 3962 });
console.log(server.url);
process.on("SIGTERM", async () => { await server.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
