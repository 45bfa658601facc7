// Small formatting pieces shared by every rendering of a report.

/** Exact: the shortest text that reads back as the same number. */
export const exact = (value: number | null): string => (value === null ? '—' : String(value));

/** For variances and differences, which span many orders of magnitude. */
export function scientific(value: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return String(value);
  return value.toExponential(3);
}

export function seconds(value: number): string {
  if (value < 60) return `${value.toFixed(1)} s`;
  const minutes = Math.floor(value / 60);
  return `${minutes} min ${Math.round(value - minutes * 60)} s`;
}

/** A markdown table's lines: header, separator, rows. Cells are written as given, so user text in them must be inert already. */
export function markdownTableLines(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

export function markdownTable(header: string[], rows: string[][]): string {
  return markdownTableLines(header, rows).join('\n');
}

/**
 * Makes user-provided text inert inside markdown and HTML: no tags, no links, no closing of our
 * <details>, no table cells broken by '|', and no @mentions that ping anyone.
 */
export function inertMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b');
}
