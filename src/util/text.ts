// Numbers and counts in the words of a message, the same way in every layer.

/** "1 run", "3 runs": the count and the word, plural unless the count is 1. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A `timeout-minutes` as said in a message: "2.5 minutes", "6 seconds". */
export function minutesText(minutes: number): string {
  return minutes >= 1 ? plural(Number(minutes.toFixed(2)), 'minute') : `${Number((minutes * 60).toFixed(1))} seconds`;
}

/** 60000 as "60,000", for sizes and counts a user compares with their own. */
export function withCommas(value: number): string {
  return value.toLocaleString('en-US');
}

/**
 * User text for a one-line message: line breaks and other control characters escaped as JSON
 * escapes them, cut to `chars` characters, so a bad file cannot make an error of many lines or
 * megabytes.
 */
export function excerpt(text: string, chars = 60): string {
  const escaped = JSON.stringify(text.length > chars ? text.slice(0, chars) : text)
    .slice(1, -1)
    .replace(/\\"/g, '"');
  return text.length > chars ? `${escaped}…` : escaped;
}

/** Cuts user text to `chars` characters and an ellipsis, before it is escaped, so that no escape sequence is ever cut in half. */
export function cut(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars)}…`;
}

/** A whole message on one line, whatever the paths in it hold: control characters as escapes (\\n); the rest as it is. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
export const oneLine = (message: string): string => message.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));

/** How many items of a list a message names before it counts the rest. */
export const ITEMS_NAMED = 10;

/**
 * A list for a message: "3, 4, 5" whole when short, else its first `shown` items and a count of the
 * rest, "3, 4, 5, … and 995 more": a check of 1,000 runs must not make an error line of 100 KB.
 */
export function listed(items: readonly (string | number)[], shown = ITEMS_NAMED, separator = ', '): string {
  if (items.length <= shown) return items.join(separator);
  return `${items.slice(0, shown).join(separator)}${separator}… and ${withCommas(items.length - shown)} more`;
}

/** The most characters of one error message printed: a failed run's last log lines fit many times over. */
export const MESSAGE_CHARS = 20_000;

/** A message cut to MESSAGE_CHARS, saying how much was left out: user text in it never makes an error of megabytes. */
export function boundedMessage(text: string, chars = MESSAGE_CHARS): string {
  return text.length <= chars ? text : `${text.slice(0, chars)}… (${withCommas(text.length - chars)} more characters)`;
}
