/** The four ISSA regions, with the variants exports use for them. */
export const issaRegions = [
  { slug: "africa", name: "Africa", aliases: ["Africa"] },
  { slug: "americas", name: "Americas", aliases: ["The Americas", "America", "Americas region"] },
  {
    slug: "asia-and-the-pacific",
    name: "Asia and the Pacific",
    aliases: ["Asia and Pacific", "Asia-Pacific", "Asia Pacific", "Asia & Pacific", "Asia & the Pacific", "Asia"],
  },
  { slug: "europe", name: "Europe", aliases: ["Europe"] },
] as const;

export type RegionSlug = (typeof issaRegions)[number]["slug"];
