// Runs the compiled tests of the given tiers: node scripts/run-tests.js unit integration e2e
// Node 22+ no longer takes directories after --test, and Node 20 does not expand globs there, so
// the files are listed here and passed by name: the same command on Node 20, 22 and 24.
// One runner for all tiers, so one closing summary. Files one at a time: the tests start training
// processes of their own.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIERS = ['unit', 'integration', 'e2e'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tiers = process.argv.slice(2);

if (tiers.length === 0 || tiers.some((tier) => !TIERS.includes(tier))) {
  console.error(`usage: node scripts/run-tests.js <tier>... (tiers: ${TIERS.join(', ')})`);
  process.exit(2);
}

const files = [];
for (const tier of tiers) {
  const dir = join(root, 'build', 'test', tier);
  if (!existsSync(dir)) {
    console.error(`run-tests: ${relative(root, dir)} does not exist: run 'npm run build' first`);
    process.exit(2);
  }
  const found = readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => relative(root, join(dir, name)));
  if (found.length === 0) {
    console.error(`run-tests: no *.test.js in ${relative(root, dir)}`);
    process.exit(2);
  }
  files.push(...found);
}

// TAP when the output is not a terminal, as Node 20 chose by itself: its closing '# tests N',
// '# pass N', '# fail N' lines are what CI reads. Node 23+ would print the spec reporter's instead.
const reporter = process.stdout.isTTY ? [] : ['--test-reporter=tap'];
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...reporter, ...files], { cwd: root, stdio: 'inherit' });
if (run.error) throw run.error;
process.exit(run.status ?? 1);
