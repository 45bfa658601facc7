// inputs/applicability.ts is the one statement of which inputs apply to which kind of check and
// which features cannot be combined: the validators follow it, and docs/inputs.md shows it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CHECK_KINDS, FEATURE_CONFLICTS, INPUT_KINDS, onlyFor } from '../../src/inputs/applicability.js';
import { actionInputLabel, type SettingName } from '../../src/inputs/setting-names.js';
import { parseSettings } from '../../src/inputs/settings.js';
import { repoRoot } from '../support/paths.js';

/** A value each input takes on its own, so that only the combination can be wrong. */
const GIVEN: Partial<Record<SettingName, string>> = {
  command: 'python train.py',
  model: 'net.keras',
  diagnose: 'true',
  'compare-nondeterministic': 'true',
  across: 'legs/*/report.json',
  shard: '1/2',
  'working-directory': 'src',
  framework: 'pytorch',
  'metrics-file': 'metrics.csv',
  artifacts: 'out/*.bin',
  'max-model-parameters': '1000',
  vary: 'all',
  'negative-control': 'true',
};

const errorsOf = (raw: Partial<Record<SettingName, string>>): string => {
  const parsed = parseSettings(raw, actionInputLabel);
  return parsed.ok ? '' : parsed.error;
};

test('every feature conflict of the table is refused, naming both inputs', () => {
  for (const { feature, notWith } of FEATURE_CONFLICTS) {
    assert.equal(errorsOf({ [feature]: GIVEN[feature] }), '', `${feature} alone is fine`);
    for (const other of notWith) {
      const errors = errorsOf({ [feature]: GIVEN[feature], [other]: GIVEN[other] });
      const line = errors.split('\n').find((text) => text.includes(`'${feature}'`) && text.includes(`'${other}'`));
      assert.ok(line, `${feature} with ${other}: ${errors || 'accepted'}`);
    }
  }
});

test('an input of one kind only is refused without that kind, and accepted with it', () => {
  for (const kind of ['model', 'command'] as const) {
    for (const name of onlyFor(kind)) {
      assert.ok(GIVEN[name], `a value for ${name}`);
      assert.match(errorsOf({ [name]: GIVEN[name] }), new RegExp(`input '${name}' applies only with input '${kind}'`));
      assert.equal(errorsOf({ [kind]: GIVEN[kind], [name]: GIVEN[name] }), '', `${name} with ${kind}`);
    }
  }
});

test('docs/inputs.md shows the table of which inputs apply to which kind, as the code has it', () => {
  const rows = (Object.keys(INPUT_KINDS) as SettingName[]).map(
    (name) => `| \`${name}\` | ${CHECK_KINDS.map((kind) => ((INPUT_KINDS[name] as readonly string[]).includes(kind) ? 'yes' : '—')).join(' | ')} |`,
  );
  const table = ['| input | default CNN | `model` | `command` |', '| --- | --- | --- | --- |', ...rows].join('\n');
  const docs = readFileSync(join(repoRoot, 'docs', 'inputs.md'), 'utf8');
  assert.ok(docs.includes(table), `docs/inputs.md should hold this table:\n${table}`);
  const conflicts = FEATURE_CONFLICTS.map(({ feature, notWith }) => `- \`${feature}\`: not with ${notWith.map((name) => `\`${name}\``).join(', ')}`).join('\n');
  assert.ok(docs.includes(conflicts), `docs/inputs.md should list the conflicts:\n${conflicts}`);
});
