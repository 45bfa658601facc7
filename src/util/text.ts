// Numbers and counts in the words of a message, the same way in every layer.

/** "1 run", "3 runs": the count and the word, plural unless the count is 1. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** 60000 as "60,000", for sizes and counts a user compares with their own. */
export function withCommas(value: number): string {
  return value.toLocaleString('en-US');
}
