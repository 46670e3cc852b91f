// Fills the database at BENCH_DATABASE_URL (already migrated, without practices) with synthetic practices:
//   BENCH_DATABASE_URL=postgres://… node --import tsx e2e/bench/web/fill.ts [count]
import { createDb } from "@gp/db";
import { fillSynthetic } from "./synthetic";

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("Set BENCH_DATABASE_URL to a migrated database without practices.");
const count = Number(process.argv[2] ?? 100_000);
const db = createDb(url, { max: 2 });
const started = Date.now();
await fillSynthetic(db, { practices: count, log: (m) => console.log(m) });
console.log(`Filled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await db.$client.end();
