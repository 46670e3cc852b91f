import { matchKey } from "@gp/db/text";

/**
 * The ISSA topic tree as the Good Practices database shows it (top level > topics), bundled so that
 * a topic an import creates gets its parent. It only places NEW topics: a topic that already exists
 * keeps the place editors gave it.
 */
export const issaTopicTree: Readonly<Record<string, readonly string[]>> = {
  "Information and communication technology": [
    "E-services",
    "Data analytics",
    "Interoperability",
    "Automated processing",
    "Data management",
    "Digital inclusion",
    "Multi-channel",
    "Technological transition",
  ],
  "Governance and administration": [
    "Communication",
    "Service quality",
    "Human resource management",
    "Business process",
    "Risk management",
    "Actuarial",
    "Investment",
    "Programme evaluation",
    "Innovation capacity",
    "Quality assessment",
    "Coordination",
    "Contribution collection and compliance",
    "Error, evasion and fraud",
  ],
  "Social policies & programmes": [
    "Extension of coverage",
    "Social assistance",
    "Migration",
    "Platform workers",
    "Shocks & extreme events",
  ],
  "Old-age pensions": [],
  "Family benefits": ["Children"],
  Health: ["Health insurance", "Cash sickness benefits", "Maternity", "Health promotion", "Mutual benefit societies"],
  Employment: ["Employment policies", "Unemployment", "Return to work"],
  "Prevention of occupational risks": ["Workplace health promotion"],
};

const parentByKey = new Map<string, string>();
for (const [parent, children] of Object.entries(issaTopicTree)) {
  for (const child of children) parentByKey.set(matchKey(child), parent);
}

/** The label of the parent a new topic gets from the bundled tree, or null for a top-level or unknown one. */
export function bundledParent(label: string): string | null {
  return parentByKey.get(matchKey(label)) ?? null;
}
