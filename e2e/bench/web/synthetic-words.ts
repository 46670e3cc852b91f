// Vocabulary of the synthetic practices: ISSA-like topics, institution names and summary sentences.

/** A topic tree like the ISSA site's: parents with their children. */
export const topicTree: Array<[string, string[]]> = [
  [
    "Information and communication technology",
    [
      "E-services",
      "Data analytics",
      "Data management",
      "Interoperability",
      "Automated processing",
      "Multi-channel",
      "Digital inclusion",
      "Technological transition",
      "Artificial intelligence",
      "Cybersecurity",
    ],
  ],
  [
    "Governance and administration",
    [
      "Business process",
      "Human resource management",
      "Risk management",
      "Quality assessment",
      "Programme evaluation",
      "Innovation capacity",
      "Actuarial",
      "Investment",
      "Coordination",
    ],
  ],
  ["Communication", ["Service quality", "Customer satisfaction", "Public awareness"]],
  ["Old-age pensions", ["Disability pensions", "Survivors' pensions", "Retirement planning"]],
  ["Health", ["Health insurance", "Health promotion", "Cash sickness benefits", "Long-term care"]],
  ["Employment", ["Employment policies", "Unemployment", "Return to work", "Platform workers"]],
  ["Family benefits", ["Children", "Maternity"]],
  [
    "Prevention of occupational risks",
    ["Workplace health promotion", "Occupational accidents", "Occupational diseases"],
  ],
  ["Contribution collection and compliance", ["Error, evasion and fraud", "Extension of coverage"]],
  [
    "Social policies & programmes",
    ["Social assistance", "Migration", "Shocks & extreme events", "Mutual benefit societies"],
  ],
];

export const institutionKinds = [
  "Social Security",
  "Social Insurance",
  "Pension",
  "Health Insurance",
  "Employment",
  "Family Allowance",
  "Workers' Compensation",
  "Disability Insurance",
  "Provident",
  "Social Protection",
];
export const institutionForms = [
  "Institute",
  "Fund",
  "Agency",
  "Office",
  "Administration",
  "Board",
  "Service",
  "Corporation",
  "Authority",
  "Organization",
];
export const institutionPrefixes = [
  "National",
  "Federal",
  "General",
  "Central",
  "State",
  "Public",
  "Mutual",
  "Regional",
  "Royal",
  "Joint",
];

export const groups = [
  "insured persons",
  "employers",
  "pensioners",
  "self-employed workers",
  "migrant workers",
  "young people",
  "persons with disabilities",
  "families with children",
  "farmers",
  "domestic workers",
  "platform workers",
  "survivors",
  "unemployed persons",
  "older workers",
  "students",
];
export const services = [
  "online portal",
  "mobile application",
  "contact centre",
  "case management system",
  "data warehouse",
  "risk scoring model",
  "electronic file",
  "single window",
  "digital identity",
  "chatbot",
  "early warning system",
  "payment platform",
  "training programme",
  "inspection strategy",
  "awareness campaign",
];
export const outcomes = [
  "reduce processing times",
  "improve service quality",
  "prevent fraud and error",
  "extend coverage",
  "increase compliance",
  "support return to work",
  "simplify procedures",
  "cut administrative costs",
  "protect vulnerable groups",
  "improve data quality",
  "strengthen governance",
  "raise public awareness",
  "ensure financial sustainability",
  "reduce occupational accidents",
  "promote healthy workplaces",
];

/** Sentence templates: {inst}, {group}, {service}, {outcome}, {topic}, {year}, {n} are filled in. */
export const sentences = [
  "The {inst} launched a new {service} to {outcome} for {group}.",
  "Facing a growing number of claims, the institution redesigned its {topic} processes around a {service}.",
  "The project was developed in cooperation with the ministry, employers' organizations and trade unions.",
  "Since {year}, more than {n} {group} have used the {service}, and satisfaction surveys show clear progress.",
  "A multidisciplinary team analysed the needs of {group} and mapped every step of the {topic} procedure.",
  "The {service} relies on data exchanged with the tax authority and the civil registry, so that {group} no longer submit paper documents.",
  "Pilot results showed that the new approach helped to {outcome} within the first year.",
  "Staff received training on {topic}, and a network of local advisers now supports {group}.",
  "The initiative forms part of the national strategy for {topic} adopted in {year}.",
  "Automated checks flag inconsistent declarations, which inspectors then review to {outcome}.",
  "An evaluation found that the average waiting time fell from {n} days to under a week.",
  "The practice can be replicated by other social security institutions that wish to {outcome}.",
  "In the context of the pandemic, the {inst} adapted its {service} to keep benefits flowing to {group}.",
  "Actuarial projections informed the reform of {topic} and its financing.",
  "A communication campaign explained the changes to {group} through social media, letters and the {service}.",
  "Key performance indicators are published every quarter to ensure transparency and accountability.",
  "The institution used agile methods and user testing with {group} to design the {service}.",
  "Interoperability between the benefit and contribution systems made it possible to {outcome}.",
];

export const bullets = [
  "• applications can be filed online at any time;",
  "• decisions are issued automatically when all data are available;",
  "• {group} receive reminders before their rights expire;",
  "• inspectors focus on the highest-risk employers;",
  "• payments are made within {n} days;",
  "• advisers meet {group} in local offices by appointment.",
];

/** The sentences of the sample listing's summaries: real vocabulary in real proportions. */
export function listingSentences(listing: string): string[] {
  const sentences = new Set<string>();
  for (const record of listing.split(/\nImplementation year:\n/).slice(1)) {
    const lines = record.split("\n");
    const blank = lines.indexOf("");
    if (blank < 0) continue;
    const summary = lines
      .slice(blank + 1)
      .join("\n")
      .split("\nTopic:")[0]!
      .replace(/\s+/g, " ");
    for (const sentence of summary.split(/(?<=[.!?])\s+/))
      if (sentence.length > 40 && sentence.length < 400) sentences.add(sentence.trim());
  }
  return [...sentences];
}
