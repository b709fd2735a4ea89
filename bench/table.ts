/**
 * A benchmark's table as lines of text: the header, a rule, then the rows, columns two spaces apart;
 * the first `textColumns` columns are aligned left, the rest (numbers) right.
 */
export function tableLines(header: string[], rows: string[][], textColumns = 1): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c < textColumns ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
