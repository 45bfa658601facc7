// The shard inputs (issue #13, part 1): `shard` (i/n: this leg trains shard i of n of the folds)
// and `merge` (the legs' partial reports, merged by a later job). Part of settings.ts's up-front
// validation: each problem is one line naming the input. Pure.
import { MERGE_TAKES } from './applicability.js';
import type { CheckSettings, ShardSpec } from '../contracts/settings.js';
import { parseWholeNumber } from './numbers.js';
import { SETTING_DEFAULTS, type RawSettings, type SettingLabel, type SettingName } from './setting-names.js';

/** `shard` as given ('' for the whole check), checked against `folds`; null: the whole check. */
export function parseShard(text: string, folds: number, label: SettingLabel): { shard: ShardSpec | null; error: string | null } {
  if (text === '') return { shard: null, error: null };
  const match = /^(\S+)\s*\/\s*(\S+)$/.exec(text);
  const index = match ? parseWholeNumber(match[1] as string) : null;
  const count = match ? parseWholeNumber(match[2] as string) : null;
  if (index === null || count === null || index < 1 || index > count) {
    return { shard: null, error: `${label('shard')} must be i/n with 1 <= i <= n, like 2/4 (this leg trains shard 2 of 4), got '${text}'` };
  }
  if (count > folds) {
    return {
      shard: null,
      error: `${label('shard')} is ${index}/${count}, but a check of ${folds} folds has at most ${folds} shards (work is shared out by fold): use n <= ${folds}, or more folds`,
    };
  }
  return { shard: { index, count }, error: null };
}

/** What a shard leg cannot do, one line each: what would make sense instead. */
export function shardConflicts(settings: CheckSettings, label: SettingLabel): string[] {
  if (!settings.shard) return [];
  const errors: string[] = [];
  if (settings.command) {
    errors.push(
      `${label('shard')} does not apply with ${label('command')}: a command trains every fold itself; run it in one job, or shard tf-repro's own training (the default model or ${label('model')})`,
    );
  }
  if (settings.compareNondeterministic) {
    errors.push(
      `${label('compare-nondeterministic')} does not apply with ${label('shard')}: the cost table compares whole checks with and without the settings; run it in a job of its own, without ${label('shard')}`,
    );
  }
  if (settings.diagnose) {
    errors.push(
      `${label('diagnose')} does not apply with ${label('shard')}: it finds which settings one runner needs, from trials of its own; run it in a job of its own, without ${label('shard')}`,
    );
  }
  if (settings.vary) {
    errors.push(
      `${label('vary')} does not apply with ${label('shard')} (not yet): a varied run is compared with a whole control run, which a shard leg does not train; vary in a job of its own, without ${label('shard')}`,
    );
  }
  return errors;
}

/**
 * `merge` as its globs (empty: no merge), and an error for every other setting given a value
 * other than its default: the merged check's settings are the legs' own.
 */
export function parseMerge(raw: RawSettings, label: SettingLabel): { patterns: string[]; errors: string[] } {
  const patterns = splitLines(raw.merge ?? '');
  if (patterns.length === 0) return { patterns, errors: [] };
  const given = (Object.keys(SETTING_DEFAULTS) as SettingName[]).filter((name) => {
    const value = raw[name]?.trim();
    return !MERGE_TAKES.includes(name) && value !== undefined && value !== '' && value !== SETTING_DEFAULTS[name];
  });
  const errors = given.map((name) =>
    name === 'shard'
      ? `${label('shard')} and ${label('merge')} do not go together: a shard leg trains its folds, the merge job (after every leg, with needs:) merges their reports`
      : `${label(name)} does not apply with ${label('merge')}: the merged check has the settings its shards were trained with; leave ${label(name)} out`,
  );
  return { patterns, errors };
}

/** Globs one per line (a comma may be part of a path, so it separates nothing here). */
function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
