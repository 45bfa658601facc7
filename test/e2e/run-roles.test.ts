// Run roles and the schema policy as a user meets them: bin/tf-repro.js in real processes on
// report.json files a real check wrote. A run of another role than control (here 'varied', which
// differs from the controls) leaves compare's, merge's, across', drift's and explain's verdicts
// to the control runs. Reports of schema version 1 (test/fixtures/reports/, written by tf-repro
// before run roles) are still read by `baseline` and `across`; a newer version is refused.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import type { RunResult } from '../../src/contracts/run-result.js';
import { reportJson } from '../../src/report/report-json.js';
import { tfRepro } from '../support/cli.js';
import { repoRoot, tempDir } from '../support/paths.js';
import { makeTracedReport } from '../support/reports.js';

const dir = tempDir('run-roles');
const SMALL = ['--runs', '2', '--folds', '2', '--epochs', '1', '--samples', '300'];
const V1 = ['v1-leg-a', 'v1-leg-b'].map((leg) => join(repoRoot, 'test', 'fixtures', 'reports', leg, 'report.json'));

const readReport = (path: string): Report => JSON.parse(readFileSync(path, 'utf8')) as Report;

function written(name: string, report: Report): string {
  mkdirSync(join(dir, name), { recursive: true });
  const path = join(dir, name, 'report.json');
  writeFileSync(path, reportJson(report));
  return path;
}

/** A copy of `run` as a varied run numbered `number`, whose every metric, weight and checkpoint differs from the controls'. */
function variedCopy(run: RunResult, number: number): RunResult {
  const other = (digest: string | null) => (digest === null ? null : `varied-${digest}`);
  return {
    ...structuredClone(run),
    run: number,
    role: 'varied',
    folds: run.folds.map((fold) => ({
      ...fold,
      metrics: Object.fromEntries(Object.entries(fold.metrics).map(([name, value]) => [name, value + 0.125])),
      weightsSha256: other(fold.weightsSha256),
    })),
    trace: (run.trace ?? []).map((point) => ({
      ...point,
      digests: Object.fromEntries(Object.entries(point.digests).map(([name, digest]) => [name, `varied-${digest}`])),
    })),
  };
}

/** The report with a varied run first, the control runs renumbered after it. */
function withVariedFirst(report: Report): Report {
  const copy = structuredClone(report);
  copy.runs = [variedCopy(report.runs[0] as RunResult, 1), ...copy.runs.map((run) => ({ ...run, run: run.run + 1 }))];
  return copy;
}

async function check(name: string, ...args: string[]): Promise<Report> {
  const reportDir = join(dir, name);
  const ran = await tfRepro('run', ...SMALL, '--report-dir', reportDir, ...args);
  assert.equal(ran.code, 0, ran.stderr);
  return readReport(join(reportDir, 'report.json'));
}

describe('run roles', () => {
  test('a real check writes schema version 3 with every run a control; compare, across and baseline leave a differing varied run out of the verdict', async () => {
    const control = await check('control');
    assert.equal(control.schemaVersion, 3);
    assert.deepEqual(
      control.runs.map((run) => run.role),
      ['control', 'control'],
    );
    const varied = written('varied', withVariedFirst(control));

    const compared = await tfRepro('compare', varied);
    assert.equal(compared.code, 0, compared.stdout + compared.stderr);
    assert.match(compared.stdout, /^Reproducible: 2 runs × 2 folds: metrics and final weights of 2 folds and \d+ traced checkpoints, all bitwise identical\./);
    assert.match(compared.stdout, /run 1 is a varied run: the verdict compares the control runs only/);
    const json = JSON.parse((await tfRepro('compare', '--json', varied)).stdout) as Report;
    assert.deepEqual(
      json.runs.map((run) => run.role),
      ['varied', 'control', 'control'],
    );
    assert.deepEqual(
      json.comparison.folds[0]?.metrics.loss?.values.map((value) => value === null),
      [true, false, false],
    );

    // The leg with the varied run stands for itself by its first control run: identical across.
    const across = await tfRepro('across', '--json', join(dir, 'control', 'report.json'), varied);
    assert.equal(across.code, 0, across.stderr);
    const acrossReport = JSON.parse(across.stdout) as Report;
    assert.equal(acrossReport.across?.identical, true);
    assert.deepEqual(
      acrossReport.across?.legs.map((leg) => leg.runs),
      [2, 2],
    );

    // Drift against a baseline whose first run is the varied one: its control runs stand for it.
    const drifted = await check('against-varied', '--baseline', varied);
    assert.equal(drifted.drift?.status, 'unchanged', JSON.stringify(drifted.drift));
    assert.equal(drifted.drift?.comparedFolds, 2);
  });

  test('merge: shard legs with a differing varied run merge to the controls’ verdict, the run keeping its role; legs that disagree on a role are refused', async () => {
    const legs = await Promise.all([1, 2].map((index) => check(`shard-${index}`, '--shard', `${index}/2`)));
    const files = legs.map((leg, i) => written(`shard-varied-${i + 1}`, { ...leg, runs: [...leg.runs, variedCopy(leg.runs[0] as RunResult, 3)] }));
    const merged = await tfRepro('merge', '--json', ...files);
    assert.equal(merged.code, 0, merged.stderr);
    const report = JSON.parse(merged.stdout) as Report;
    assert.equal(report.verdict, 'reproducible', report.summary);
    assert.deepEqual(
      report.runs.map((run) => [run.run, run.role, run.folds.length]),
      [
        [1, 'control', 2],
        [2, 'control', 2],
        [3, 'varied', 2],
      ],
    );
    const otherRole = written('shard-other-role', {
      ...legs[1]!,
      runs: [...legs[1]!.runs, { ...variedCopy(legs[1]!.runs[0] as RunResult, 3), role: 'negative-control' }],
    });
    const refused = await tfRepro('merge', files[0]!, otherRole);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^tf-repro: shards 1 and 2 give run 3 different roles \(varied, negative-control\)/);
  });

  test('explain: where the control runs part, the varied run named nowhere', async () => {
    const report = makeTracedReport({ runs: 3, folds: 2 });
    report.runs.push(variedCopy(report.runs[0] as RunResult, 4));
    const explained = await tfRepro('explain', written('explain', report));
    assert.equal(explained.code, 0, explained.stderr);
    assert.match(explained.stdout, /Which runs agree on each variable at fold 0, the end of epoch 3 \(3 runs traced there\):/);
    assert.match(explained.stdout, /^ {4}conv2d_1\/kernel {2}runs 1, 3 \| run 2$/m);
    assert.doesNotMatch(explained.stdout, /run 4|runs [0-9, ]*4/);
  });

  test('a role that is none of control, varied, negative-control is one clear error', async () => {
    const report = makeTracedReport({ runs: 2, folds: 1 });
    const broken = JSON.parse(reportJson(report)) as { runs: Record<string, unknown>[] };
    broken.runs[1]!.role = 'spare';
    const path = join(dir, 'spare.json');
    writeFileSync(path, JSON.stringify(broken));
    const compared = await tfRepro('compare', path);
    assert.equal(compared.code, 2);
    assert.match(
      compared.stderr,
      /^tf-repro: .*spare\.json: "runs\[1\]\.role" is not one of control, varied, negative-control; compare reads the report\.json that tf-repro wrote, unedited\n$/,
    );
  });
});

describe('schema versions', () => {
  test('reports of schema version 1 are read by across, compare and baseline, every run a control', async () => {
    assert.deepEqual(
      V1.map((file) => readReport(file).schemaVersion),
      [1, 1],
    );
    const across = await tfRepro('across', '--json', ...V1);
    assert.equal(across.code, 0, across.stderr);
    const acrossReport = JSON.parse(across.stdout) as Report;
    assert.equal(acrossReport.across?.identical, true);
    assert.deepEqual(
      acrossReport.across?.legs.map((leg) => [leg.label, leg.verdict, leg.runs]),
      [
        ['v1-leg-a', 'reproducible', 2],
        ['v1-leg-b', 'reproducible', 2],
      ],
    );

    const compared = JSON.parse((await tfRepro('compare', '--json', V1[0]!)).stdout) as Report;
    assert.equal(compared.verdict, 'reproducible');
    assert.deepEqual(
      compared.runs.map((run) => run.role),
      ['control', 'control'],
    );

    // The same check as the fixture's, against it: read and compared fold by fold (a new runner or
    // tf-repro may move the numbers, so the status is not asserted; that the baseline was read is).
    const current = await check('against-v1', '--baseline', V1[0]!);
    assert.notEqual(current.drift?.status, 'unavailable', current.drift?.reason ?? '');
    assert.equal(current.drift?.comparedFolds, 2);
    assert.deepEqual(current.drift?.settingsDiffer, []);
    assert.equal(current.drift?.baseline?.toolVersion, '0.1.0');
  });

  test('a report of a newer or an older schema version is refused, saying which and what to do', async () => {
    const newer = { ...readReport(V1[1]!), schemaVersion: 4, tool: { name: 'tf-repro', version: '9.0.0' } };
    const path = join(dir, 'newer.json');
    writeFileSync(path, JSON.stringify(newer));
    const across = await tfRepro('across', V1[0]!, path);
    assert.equal(across.code, 2);
    assert.match(
      across.stderr,
      /newer\.json: a report of schema version 4 \(tf-repro 9\.0\.0\), newer than this tf-repro reads \(versions 1, 2 and 3\): read it with the tf-repro that wrote it, or a newer one\n$/,
    );
    const older = join(dir, 'older.json');
    writeFileSync(older, JSON.stringify({ ...newer, schemaVersion: 0, tool: { name: 'tf-repro', version: '0.0.9' } }));
    const baseline = await tfRepro('run', ...SMALL, '--baseline', older);
    assert.match(
      baseline.stdout + baseline.stderr,
      /older\.json: a report of schema version 0 \(tf-repro 0\.0\.9\), older than this tf-repro reads \(versions 1, 2 and 3\)/,
    );
  });
});
