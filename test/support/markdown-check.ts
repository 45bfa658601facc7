// Checks that a comment body is whole, valid markdown: tables uncut, <details> balanced, and no
// HTML but the tags the renderer itself writes.

const OUR_TAGS = new Set(['<details>', '</details>', '<summary>', '</summary>', '<sub>', '</sub>']);

/** Cells of a table row, split at pipes that are not escaped. */
function cells(row: string): number {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/).length;
}

/** Every problem found; empty when the body is fine. */
export function markdownProblems(body: string): string[] {
  const problems: string[] = [];
  const lines = body.split('\n');
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const tags = line.match(/<[^>]*>?/g) ?? [];
    for (const tag of tags) {
      if (i === 0 && /^<!-- tf-repro:comment-id=\S+ digest=[0-9a-f]* -->$/.test(line)) continue;
      if (!OUR_TAGS.has(tag)) problems.push(`line ${i + 1}: HTML the renderer does not write: ${tag}`);
      if (tag === '<details>') depth++;
      if (tag === '</details>' && --depth < 0) problems.push(`line ${i + 1}: </details> without <details>`);
    }
    if (line.startsWith('|') && (i === 0 || !lines[i - 1].startsWith('|'))) {
      const header = cells(line);
      const separator = lines[i + 1] ?? '';
      if (!/^\|( --- \|)+$/.test(separator)) problems.push(`line ${i + 2}: a table without its separator row`);
      else if (cells(separator) !== header) problems.push(`line ${i + 2}: the separator has ${cells(separator)} cells, the header ${header}`);
      for (let j = i + 2; j < lines.length && lines[j].startsWith('|'); j++) {
        if (cells(lines[j]) !== header) problems.push(`line ${j + 1}: ${cells(lines[j])} cells, the header has ${header}`);
      }
      const end = lines.slice(i).findIndex((next) => !next.startsWith('|'));
      if (end === -1 && !body.endsWith('\n')) problems.push('the body ends inside a table');
    }
  }
  if (depth !== 0) problems.push(`${depth} <details> left open`);
  const mention = /(^|[^\w`])@[A-Za-z0-9]/.exec(body);
  if (mention) problems.push(`a mention that pings: ${body.slice(mention.index, mention.index + 20)}`);
  return problems;
}
