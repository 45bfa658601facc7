// Text on its way into a GitHub runner's log, made inert. The runner takes a line whose first
// non-blank characters are `::` for a workflow command (`::error::`, `::stop-commands::`,
// `::add-mask::`), and `##[name]` anywhere in a line for one in the older syntax. A metric name, a
// path or a command's output holding one could forge annotations, or switch off the check's own
// `::error::`. Pure.

/** `text` with its line breaks kept, each line made so that no command can start it. */
export function inertLines(text: string): string {
  return text.replace(/(^|[\r\n])([^\S\r\n]*)::/g, '$1$2: :').replace(/##\[/g, '## [');
}

/**
 * One line of the action's log: line breaks escaped as the toolkit escapes a command's data (and
 * `%`, so the escape reads back unambiguously), and inert.
 */
export function logLine(text: string): string {
  return inertLines(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** JSON printed where a runner may read it: `##[` inside a string, written `#\u0023[`, the same value. */
export function inertJson(json: string): string {
  return json.replace(/##\[/g, '#\\u0023[');
}
