// action.yml's inputs against the settings table the action and the CLI read them by
// (src/inputs/setting-names.ts), in both directions: a setting the action does not declare, an
// input no setting reads, or a default that differs would make the action and the CLI disagree.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { SETTING_DEFAULTS } from '../../src/inputs/setting-names.js';
import { repoRoot } from '../support/paths.js';

/** The action's own inputs: for the pull request comment (action/main.ts's readCommentInputs), and the matrix values the default label is made of. */
const ACTION_ONLY = ['github-token', 'comment', 'comment-id', 'matrix'];

interface ActionInput {
  description?: unknown;
  required?: unknown;
  default?: unknown;
}

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, ActionInput> };
const inputs = action.inputs;
const settings = Object.keys(SETTING_DEFAULTS);

test('every setting is an input of action.yml, with the same default', () => {
  const declared = Object.fromEntries(settings.map((name) => [name, inputs[name]?.default]));
  assert.deepEqual(declared, SETTING_DEFAULTS);
});

test("every input of action.yml is a setting, but for the action's own", () => {
  for (const name of ACTION_ONLY) assert.ok(name in inputs, `${name} is not an input of action.yml`);
  const others = Object.keys(inputs).filter((name) => !ACTION_ONLY.includes(name));
  assert.deepEqual(others.sort(), [...settings].sort());
});

test('every input is described and optional: the defaults above are what an empty workflow gets', () => {
  for (const [name, input] of Object.entries(inputs)) {
    assert.equal(typeof input.description, 'string', `${name} has no description`);
    assert.equal(input.required, false, `${name} must say required: false`);
  }
});

test("action.yml's name and description fit the Marketplace (description at most 125 characters)", () => {
  const { name, description } = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { name: string; description: string };
  assert.ok(name.length > 0);
  assert.ok(description.length <= 125, `description is ${description.length} characters`);
});
