// What a user's own metrics can hold, end to end through bin/tf-repro.js and the action's bundle:
// NaN and infinities survive report.json and `tf-repro compare`, metric names like `__proto__`
// work, a check of 20,000 folds gives a job summary GitHub shows, and a metrics file past the
// size limit is one clear error.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { tfRepro } from '../support/cli.js';
import { tempDir } from '../support/paths.js';
import { runAction } from '../support/runner.js';

const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A directory with `train.mjs`, a training command that writes `metrics` (JSON text) to $TF_REPRO_METRICS. */
function commandDir(prefix: string, script: string): string {
  const dir = tempDir(prefix);
  made.push(dir);
  writeFileSync(join(dir, 'train.mjs'), `import { writeFileSync } from 'node:fs';\n${script}\n`);
  return dir;
}

const ODD_METRICS = `writeFileSync(process.env.TF_REPRO_METRICS, '{"0": {"loss": NaN, "accuracy": Infinity, "__proto__": -Infinity, "constructor": 1, "toString": 2},\\n "1": {"loss": 0.25, "accuracy": NaN, "__proto__": 3, "constructor": 4, "toString": 5}}\\n');`;

test('NaN and infinities survive report.json: tf-repro compare reads them back, NaN equal to NaN only', async () => {
  const dir = commandDir('nan', ODD_METRICS);
  const reportDir = join(dir, 'report');
  const run = await tfRepro('run', '--command', 'node train.mjs', '--working-directory', dir, '--framework', 'none', '--report-dir', reportDir, '--quiet');
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Reproducible: 2 runs × 2 folds gave bitwise-identical metrics/);

  const reportPath = join(reportDir, 'report.json');
  const text = readFileSync(reportPath, 'utf8');
  assert.match(text, /"loss": "NaN",\n\s+"accuracy": "Infinity",\n\s+"__proto__": "-Infinity",\n\s+"constructor": 1,/);
  assert.ok(!/"loss": null/.test(text), 'no NaN written as null');

  const same = await tfRepro('compare', reportPath);
  assert.equal(same.code, 0, same.stderr);
  assert.match(same.stdout, /^Reproducible: 2 runs × 2 folds gave bitwise-identical metrics/);
  assert.match(same.stdout, /^0 +loss +NaN +0 +0 +ok +all$/m);
  assert.match(same.stdout, /^ +accuracy +Infinity +0 +0 +ok +all$/m);
  assert.match(same.stdout, /^ +__proto__ +-Infinity +0 +0 +ok +all$/m);
  const sameJson = await tfRepro('compare', reportPath, '--json');
  assert.equal(sameJson.code, 0, sameJson.stderr);
  assert.equal((JSON.parse(sameJson.stdout) as Report).variance, 0, 'the variance of NaN and NaN is 0, not null');

  // NaN in one run, a number in the other: a difference.
  const report = JSON.parse(text) as { runs: { folds: { metrics: Record<string, unknown> }[] }[] };
  report.runs[1]!.folds[0]!.metrics.loss = 0.5;
  const edited = join(reportDir, 'edited.json');
  writeFileSync(edited, JSON.stringify(report, null, 2));
  const differs = await tfRepro('compare', edited);
  assert.equal(differs.code, 1, differs.stderr);
  assert.match(differs.stdout, /^Not reproducible: fold 0 differs; largest difference infinite \(a NaN or infinity against a number\) in loss \(fold 0\)\.\n/);

  // A NaN an older tf-repro wrote as null: one clear error, not a "missing" loss.
  report.runs[1]!.folds[0]!.metrics.loss = null;
  writeFileSync(edited, JSON.stringify(report, null, 2));
  const old = await tfRepro('compare', edited);
  assert.equal(old.code, 2);
  assert.match(
    old.stderr,
    /^tf-repro: .*edited\.json: run 2: metric "loss" of fold 0 is null, not a number \(a tf-repro older than this one wrote NaN and Infinity as null: compare its results\.txt instead\)\n$/,
  );

  // A hand-edited report whose fold is no fold: one line, no stack trace.
  report.runs[1]!.folds[0] = null as never;
  writeFileSync(edited, JSON.stringify(report, null, 2));
  const broken = await tfRepro('compare', edited);
  assert.equal(broken.code, 2);
  assert.match(
    broken.stderr,
    /^tf-repro: .*edited\.json: run 2: a fold is not \{"fold": <index>, "metrics": \{…\}\}; compare reads the report\.json that tf-repro wrote, unedited\n$/,
  );
});

test("action: 20,000 folds give a job summary under GitHub's 1 MiB, saying what it left out", async () => {
  const dir = commandDir(
    'many-folds',
    `writeFileSync(process.env.TF_REPRO_METRICS, Array.from({ length: 20000 }, (_, fold) => JSON.stringify({ fold, loss: 0.5 + fold / 1e5, accuracy: 0.75 })).join('\\n'));`,
  );
  const run = await runAction({ command: 'node train.mjs', 'working-directory': dir, framework: 'none' });
  made.push(dirname(run.runnerTemp));
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'reproducible');
  assert.ok(Buffer.byteLength(run.summary) <= 1_048_576, `${Buffer.byteLength(run.summary)} bytes`);
  assert.match(run.summary, /^## ✅ Reproducible — tf-repro/);
  assert.match(
    run.summary,
    /> Shortened to fit GitHub's limit of 1 MiB for a job summary: left out \d+ per-fold rows \(the table shows the first \d+ of 20000 folds\)\. report\.json has everything\./,
  );
});

test('a metrics file over 64 MiB is refused before it is read: exit 2, one line naming the limit', async () => {
  // A sparse file: its size is over the limit without writing 64 MiB.
  const dir = commandDir(
    'huge',
    `import { truncateSync } from 'node:fs';\nwriteFileSync(process.env.TF_REPRO_METRICS, '');\ntruncateSync(process.env.TF_REPRO_METRICS, 64 * 1024 * 1024 + 1);`,
  );
  const run = await tfRepro(
    'run',
    '--command',
    'node train.mjs',
    '--working-directory',
    dir,
    '--framework',
    'none',
    '--report-dir',
    join(dir, 'report'),
    '--quiet',
  );
  assert.equal(run.code, 2, run.stderr);
  assert.match(
    run.stdout,
    /^Error: run 1 failed \(run 1: malformed metrics: .*: the metrics file is 67,108,865 bytes, over the limit of 67,108,864 bytes \(64 MiB\); write only each fold's metrics to it\)/,
  );
  assert.ok(!/\n\s+at /.test(run.stdout + run.stderr), 'no stack trace');
});
