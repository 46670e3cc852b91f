/** Blocks of a summary: paragraphs split at blank lines, and runs of "•" lines as lists. */
export function summaryBlocks(summary: string): Array<{ kind: "p"; text: string } | { kind: "ul"; items: string[] }> {
  const blocks: Array<{ kind: "p"; text: string } | { kind: "ul"; items: string[] }> = [];
  for (const chunk of summary.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    let text: string[] = [];
    let items: string[] = [];
    const flushText = () => {
      if (text.length) blocks.push({ kind: "p", text: text.join(" ") });
      text = [];
    };
    const flushItems = () => {
      if (items.length) blocks.push({ kind: "ul", items });
      items = [];
    };
    for (const raw of chunk.split("\n")) {
      const line = raw.replace(/\u00a0/g, " ").trim();
      if (!line) continue;
      const bullet = line.match(/^•\s*(.*)$/u);
      if (bullet) {
        flushText();
        items.push(bullet[1]!);
      } else {
        flushItems();
        text.push(line);
      }
    }
    flushText();
    flushItems();
  }
  return blocks;
}
