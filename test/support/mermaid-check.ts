// Checks the Mermaid charts in a rendering against xychart-beta's grammar as Mermaid's first
// release with it had it (packages/mermaid/src/diagrams/xychart/parser/xychart.jison; later
// releases read the same): no Mermaid parser is installed here, so this is that grammar, for
// the statements the renderer writes, as regular expressions, plus what the grammar cannot say
// (every line as long as the x-axis, values inside the y-axis's range).

/** A value as the chart's lexer reads one: no exponent, no NaN. */
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
/** A quoted label: anything but a quote. */
const STRING = String.raw`"[^"\n]*"`;
const list = (item: string) => String.raw`\[\s*(${item}(?:\s*,\s*${item})*)\s*\]`;

const STATEMENTS = {
  title: new RegExp(String.raw`^title\s+${STRING}$`),
  xBand: new RegExp(String.raw`^x-axis\s+${STRING}\s+${list(STRING)}$`),
  xRange: new RegExp(String.raw`^x-axis\s+${STRING}\s+(${NUMBER})\s*-->\s*(${NUMBER})$`),
  yTitle: new RegExp(String.raw`^y-axis\s+${STRING}$`),
  yRange: new RegExp(String.raw`^y-axis\s+${STRING}\s+(${NUMBER})\s*-->\s*(${NUMBER})$`),
  plot: new RegExp(String.raw`^(line|bar)(?:\s+${STRING})?\s+${list(NUMBER)}$`),
};

/** The text of every ```mermaid block in `markdown`. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string);
}

/** What is wrong with one xychart-beta block; empty when nothing is. */
export function xychartProblems(block: string): string[] {
  const problems: string[] = [];
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  if (lines[0] !== 'xychart-beta') problems.push(`the first line is "${lines[0]}", not xychart-beta`);
  let categories: number | null = null;
  let range: [number, number] | null = null;
  const plots: { kind: string; values: number[]; line: number }[] = [];
  lines.slice(1).forEach((raw, i) => {
    const line = raw.trim();
    const at = `line ${i + 2}`;
    let match: RegExpExecArray | null;
    if (STATEMENTS.title.test(line) || STATEMENTS.yTitle.test(line)) return;
    if ((match = STATEMENTS.xBand.exec(line))) categories = (match[1] as string).split(/\s*,\s*/).length;
    else if ((match = STATEMENTS.xRange.exec(line)) || (match = STATEMENTS.yRange.exec(line))) {
      const [low, high] = [Number(match[1]), Number(match[2])];
      if (!(low < high)) problems.push(`${at}: an axis from ${low} to ${high}`);
      if (line.startsWith('y-axis')) range = [low, high];
    } else if ((match = STATEMENTS.plot.exec(line))) {
      plots.push({ kind: match[1] as string, values: (match[2] as string).split(/\s*,\s*/).map(Number), line: i + 2 });
    } else problems.push(`${at}: not a statement of xychart-beta: ${line}`);
  });
  if (plots.length === 0) problems.push('no line or bar to draw');
  for (const plot of plots) {
    if (categories !== null && plot.values.length !== categories) problems.push(`line ${plot.line}: ${plot.values.length} values for ${categories} categories`);
    const [low, high] = range ?? [-Infinity, Infinity];
    if (plot.values.some((value) => value < low || value > high)) problems.push(`line ${plot.line}: a value outside the y-axis's ${low} --> ${high}`);
  }
  return problems;
}

/** Every problem of every chart in `markdown`, each named by its chart. */
export function mermaidProblems(markdown: string): string[] {
  const opened = (markdown.match(/^```mermaid$/gm) ?? []).length;
  const blocks = mermaidBlocks(markdown);
  const problems = opened === blocks.length ? [] : [`${opened - blocks.length} mermaid block(s) never closed`];
  blocks.forEach((block, i) => problems.push(...xychartProblems(block).map((problem) => `chart ${i + 1}, ${problem}`)));
  return problems;
}
