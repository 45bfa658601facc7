// Number spellings we accept in inputs and flags: plain decimals and exponents, nothing else.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseDecimal(text: string): number | null {
  return DECIMAL.test(text.trim()) ? Number(text.trim()) : null;
}

export function parseWholeNumber(text: string): number | null {
  const value = /^[+]?\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  return Number.isSafeInteger(value) ? value : null;
}
