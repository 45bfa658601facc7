// The examples' workflow.yml files, as a user copies them: each runs its own train.py with its own
// framework preset and the action's inputs, and installs the versions the tests train with
// (test/python/requirements.txt), so what docs/frameworks.md says was verified is what they get,
// and the trace helpers (python/) from the action's own release.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { SETTING_DEFAULTS } from '../../src/inputs/setting-names.js';
import { repoRoot } from '../support/paths.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

const pinned = new Map(
  readFileSync(join(repoRoot, 'test', 'python', 'requirements.txt'), 'utf8')
    .split('\n')
    .map((line) => /^([\w-]+)==(\S+)$/.exec(line.trim()))
    .filter((match) => match !== null)
    .map((match) => [match[1]!, match[2]!]),
);

/** Each example's folder: its framework, the packages its workflow must pin, the script its command runs, and what starts it. */
const EXAMPLES = {
  tensorflow: { framework: 'tensorflow', packages: ['tensorflow-cpu'], script: 'train.py', starter: 'python' },
  pytorch: { framework: 'pytorch', packages: ['torch'], script: 'train.py', starter: 'python' },
  jax: { framework: 'jax', packages: ['jax', 'flax', 'optax'], script: 'train.py', starter: 'python' },
  // Its processes are started by its own launcher (issue 25).
  'jax-multiprocess': { framework: 'jax', packages: ['jax', 'flax', 'optax'], script: 'launch.py', starter: 'python' },
  // torchrun starts its ranks (issue 25).
  'pytorch-ddp': { framework: 'pytorch', packages: ['torch'], script: 'train.py', starter: 'torchrun --standalone --nproc-per-node 2' },
} as const;

for (const [folder, { framework, packages, script, starter }] of Object.entries(EXAMPLES)) {
  test(`examples/${folder}/workflow.yml runs its ${script} with framework: ${framework} and the tested versions`, () => {
    const workflow = parse(readFileSync(join(repoRoot, 'examples', folder, 'workflow.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    assert.ok(
      steps.some((step) => step.uses?.startsWith('actions/setup-python@')),
      'actions/setup-python',
    );
    const check = steps.find((step) => step.uses?.includes('tf-repro-action'));
    assert.ok(check?.with, 'a tf-repro-action step with inputs');
    assert.equal(check.with.framework, framework);
    assert.match(String(check.with.command), new RegExp(`^${starter} examples/${folder}/${script.replace('.', '\\.')} `));
    for (const input of Object.keys(check.with)) assert.ok(input in SETTING_DEFAULTS, `${input} is not an input of the action`);
    const installs = steps
      .map((step) => step.run ?? '')
      .filter((run) => run.startsWith('pip install'))
      .join(' ');
    // The tf_repro package of the same release as the action the step uses.
    assert.ok(
      installs.includes(`git+https://github.com/${check.uses}#subdirectory=python`),
      `the workflow does not install python/ of ${check.uses}: ${installs}`,
    );
    for (const name of packages) {
      const version = pinned.get(name);
      assert.ok(version, `${name} is not pinned in test/python/requirements.txt`);
      assert.ok(installs.includes(`${name}==${version}`), `the workflow does not install ${name}==${version}: ${installs}`);
    }
  });
}
