// Makes a race happen every time instead of once in a while: every UPDATE of a table waits at a
// gate (a trigger taking a shared advisory lock that the test holds exclusively) until the test
// has seen all its contenders waiting, then they all go at once.
import postgres from "postgres";
import { vi } from "vitest";

const GATE_LOCK = 727_990;

export interface RaceGate {
  /** Waits until `count` backends of this database wait on a lock (the gate or a row/advisory lock). */
  waitForWaiters(count: number): Promise<void>;
  /** Lets every waiting UPDATE through. */
  open(): Promise<void>;
  /** Opens the gate if needed, drops the trigger and closes the gate's connection. */
  remove(): Promise<void>;
}

/** Closes a gate on `table` of the database at `url`: its UPDATEs wait until `open()`. */
export async function closeGate(url: string, table: string): Promise<RaceGate> {
  const control = postgres(url, { max: 1, onnotice: () => {} });
  const trigger = `race_gate_${table}`;
  await control.unsafe(`
    create or replace function race_gate() returns trigger language plpgsql as $$
    begin perform pg_advisory_xact_lock_shared(${GATE_LOCK}); return new; end $$;
    create trigger ${trigger} before update on ${table} for each row execute function race_gate();`);
  await control`select pg_advisory_lock(${GATE_LOCK})`;
  let closed = true;
  const open = async () => {
    if (!closed) return;
    closed = false;
    await control`select pg_advisory_unlock(${GATE_LOCK})`;
  };
  return {
    async waitForWaiters(count) {
      await vi.waitFor(
        async () => {
          const [row] = await control<[{ n: number }]>`
            select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`;
          if (row.n < count) throw new Error(`${row.n} of ${count} transactions wait so far`);
        },
        { timeout: 30_000, interval: 20 },
      );
    },
    open,
    async remove() {
      await open();
      await control.unsafe(`drop trigger ${trigger} on ${table}`);
      await control.end();
    },
  };
}
