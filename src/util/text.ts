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

/** A whole message on one line, whatever the paths in it hold: control characters as escapes (\\n); the rest as it is. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
export const oneLine = (message: string): string => message.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
