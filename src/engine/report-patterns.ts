// The report.json files a list of globs and paths names, for `across` and `merge`: one reader, so
// that both take the same patterns the same way.
import { isAbsolute, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from '../util/user-error.js';

/**
 * The files `patterns` name, in order, each once (by its resolved path). A pattern without glob
 * characters is a path, kept as it is (a missing file is then the reader's error, naming it); a
 * glob's matches are sorted, absolute for an absolute pattern and relative to `cwd` otherwise, as
 * the user wrote it. A glob that matches nothing is one UserError, `noMatch`'s.
 */
export async function expandReportPatterns(patterns: readonly string[], cwd: string, noMatch: (pattern: string) => string): Promise<string[]> {
  const files = new Map<string, string>();
  for (const pattern of patterns) {
    const matched = isDynamicPattern(pattern)
      ? (await glob(pattern, { cwd, onlyFiles: true, dot: true, expandDirectories: false, absolute: isAbsolute(pattern) })).sort()
      : [pattern];
    if (matched.length === 0) throw new UserError(noMatch(pattern));
    for (const file of matched) {
      const path = resolve(cwd, file);
      if (!files.has(path)) files.set(path, file);
    }
  }
  return [...files.values()];
}
