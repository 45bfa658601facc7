// docs/baseline.md's workflows, as a user copies them: only inputs the action has, the permission
// the lookup needs, and an upload under the name the lookup looks for.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { SETTING_DEFAULTS } from '../../src/inputs/setting-names.js';
import { repoRoot } from '../support/paths.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const ACTION_ONLY = ['github-token', 'comment', 'comment-id'];
const text = readFileSync(join(repoRoot, 'docs', 'baseline.md'), 'utf8');
const workflows = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((match) => parse(match[1]!) as unknown)
  .filter((doc): doc is Workflow => typeof doc === 'object' && doc !== null && 'jobs' in doc);

test('the whole workflows of docs/baseline.md: the pull request one and the one for forks', () => {
  assert.equal(workflows.length, 2);
});

for (const [i, workflow] of workflows.entries()) {
  test(`workflow ${i + 1}: baseline main with actions: read, and only the action's inputs`, () => {
    assert.equal(workflow.permissions?.actions, 'read');
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const check = steps.find((step) => step.uses?.includes('tf-repro-action'));
    assert.equal(check?.with?.baseline, 'main');
    for (const input of Object.keys(check?.with ?? {})) assert.ok(input in SETTING_DEFAULTS || ACTION_ONLY.includes(input), `${input} is not an input`);
  });
}

test('the push job uploads the report under the name baseline-artifact looks for', () => {
  const steps = Object.values(workflows[0]!.jobs).flatMap((job) => job.steps);
  const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  assert.equal(upload?.with?.name, SETTING_DEFAULTS['baseline-artifact']);
  assert.equal(upload?.with?.path, '${{ steps.check.outputs.report-path }}');
});
