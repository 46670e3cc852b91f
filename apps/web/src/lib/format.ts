// One formatter for the process: toLocaleString builds a new one on every call.
const numbers = new Intl.NumberFormat("en");

/** 12345 → "12,345". */
export function formatCount(value: number): string {
  return numbers.format(value);
}

/** "1 practice", "12 practices". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${numbers.format(count)} ${count === 1 ? one : many}`;
}

export function formatDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
