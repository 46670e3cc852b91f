// The requests the benchmark sends: realistic queries, each with one or two filters, rotated so
// that no two consecutive requests of a connection are the same search.

// From broad ("pension", in a third of the practices) to narrow ("maternity"), phrases and operators.
const queries = [
  "pension",
  "fraud",
  '"social security"',
  "employers",
  "digital",
  "disability",
  "return to work",
  "contribution",
  "unemployment",
  "maternity",
  "inspection -chatbot",
  "actuarial or investment",
];

export function combos(topics: string[], countries: string[]): string[] {
  const pick = <T>(items: T[], index: number): T => items[index % items.length]!;
  const regions = ["europe", "americas", "africa", "asia-and-the-pacific"];
  return queries.flatMap((q, i) => {
    const text = `q=${encodeURIComponent(q)}`;
    return [
      `${text}&region=${pick(regions, i)}`,
      `${text}&topic=${pick(topics, i * 3)}`,
      `${text}&country=${pick(countries, i)}&awardYear=${2018 + (i % 7)}`,
      `${text}&topic=${pick(topics, i * 5 + 1)}&region=${pick(regions, i + 1)}&sort=newest-award`,
    ];
  });
}

export function searchPaths(topics: string[], countries: string[]): string[] {
  return combos(topics, countries).map((query) => `/practices?${query}`);
}

export function apiPaths(topics: string[], countries: string[]): string[] {
  return combos(topics, countries).map((query) => `/api/practices?${query}`);
}
