// report.json's text. JSON has no NaN or Infinity: JSON.stringify writes null for them, and a NaN
// loss read back as null is a missing loss. So every number that is not finite is written as the
// string "NaN", "Infinity" or "-Infinity" (String()'s spellings, which Python's float() reads
// too), and decodeNumber reads them back. docs/report.md documents it. Pure.
import type { Report } from '../contracts/report.js';

const NON_FINITE: ReadonlyMap<string, number> = new Map([
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
]);

/** The report as report.json holds it, indented, ending in a newline. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2)}\n`;
}

/** A number as report.json writes it: a JSON number, or "NaN", "Infinity", "-Infinity". Else null. */
export function decodeNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? (NON_FINITE.get(value) ?? null) : null;
}
