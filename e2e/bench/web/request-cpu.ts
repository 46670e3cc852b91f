// CPU of running web servers per request, by language: different searches from the web benchmark's
// seeded generator, sent with a few connections, and each server's processes' CPU time from /proc
// (utime + stime) before and after each block. Blocks of each language and each server alternate
// with the same searches, so a machine others load disturbs them alike (an A/B of two builds). Read only.
//   BENCH_DATABASE_URL=… BENCH_TARGETS=a=http://127.0.0.1:3870@<pid>,b=http://127.0.0.1:3871@<pid> \
//   node --import tsx e2e/bench/web/request-cpu.ts
import { readdir, readFile } from "node:fs/promises";
import { createDb } from "@gp/db";
import { differentSearches, vocabulary } from "./different-searches";

const url = process.env.BENCH_DATABASE_URL!;
const targets = process.env.BENCH_TARGETS!.split(",").map((t) => {
  const [, name, base, pid] = /^([^=]+)=(.+)@(\d+)$/.exec(t)!;
  return { name: name!, base: base!, pid: Number(pid) };
});
const perBlock = Number(process.env.BENCH_REQUESTS ?? 400);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
const pages = process.env.BENCH_PAGES === "1";
const langs = (process.env.BENCH_LANGS ?? "en,fr").split(",");

/** Clock ticks (1/100 s) of a process and its children that are alive (the web workers). */
async function ticks(pid: number): Promise<number> {
  const pids = [pid];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) pids.push(Number(entry));
  }
  let sum = 0;
  for (const p of pids) {
    const stat = await readFile(`/proc/${p}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    sum += Number(fields[11]) + Number(fields[12]);
  }
  return sum;
}

const db = createDb(url, { max: 1 });
const vocab = await vocabulary(db);
await db.$client.end();
const next = differentSearches(vocab, Number(process.env.BENCH_SEED ?? 11));

// The same searches in every language of a round: the difference is the language's alone.
async function block(target: (typeof targets)[number], lang: string, searches: string[]): Promise<number> {
  const { base, pid } = target;
  const queries = searches.map((s) =>
    // BENCH_PAGES=1: the search page (/practices, /fr/practices) instead of the API.
    pages
      ? `${lang === "en" ? "" : `/${lang}`}/practices?${s}`
      : `/api/practices?${lang === "en" ? "" : `lang=${lang}&`}${s}`,
  );
  const before = await ticks(pid);
  let i = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (i < queries.length) {
        const response = await fetch(`${base}${queries[i++]}`, { headers: { "accept-encoding": "gzip" } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
      }
    }),
  );
  return (((await ticks(pid)) - before) * 10) / perBlock;
}

const searches = () => Array.from({ length: perBlock }, () => next());
const warmUp = searches();
for (const target of targets) for (const lang of langs) await block(target, lang, warmUp);
const results: Record<string, number[]> = {};
for (let r = 0; r < rounds; r++) {
  const round = searches();
  for (const lang of langs)
    for (const target of r % 2 ? [...targets].reverse() : targets)
      (results[`${target.name} ${lang}`] ??= []).push(await block(target, lang, round));
}
for (const [lang, ms] of Object.entries(results))
  console.log(
    `${lang}: ${ms.map((m) => m.toFixed(2)).join(", ")} ms of server CPU per request (${perBlock} requests a block)`,
  );
