// How the ingest command runs, for the places that start it: the root package.json's "ingest"
// script (which sets the same variable in its shell line), the tests, bench:ingest and bench:load.

/**
 * The environment the command runs with: one malloc arena, since glibc's per-thread arenas kept
 * freed memory in the command's two threads (15–25 MB less at the peak of a 100k import, for about
 * 1.3 s of CPU; packages/ingest README, "A fifth pass").
 */
export const COMMAND_ENVIRONMENT = { MALLOC_ARENA_MAX: "1" } as const;
