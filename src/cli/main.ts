// tf-repro: the action's engine on the command line.
//   tf-repro run [--runs 2 --folds 3 ...]   train, compare, print the report
//   tf-repro compare FILE...                 compare result files already written
//   tf-repro explain REPORT.json              where the runs part, the cost, the diagnosis of a saved report
//   tf-repro merge FILE...                    merge the partial reports of a check's shards (run --shard i/n)
//   tf-repro across FILE...                   complete checks of several runners compared
import { hostname } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { type Report } from '../contracts/report.js';
import { type StepVerdict } from '../contracts/verdict.js';
import { EXIT } from '../util/exit-codes.js';
import { UserError } from '../util/user-error.js';
import { compareAcross } from '../engine/across.js';
import { compareResultFiles, runCheck } from '../engine/check.js';
import { mergeShardReports } from '../engine/shards.js';
import { shardFolds } from '../comparison/shards.js';
import { defaultLabel } from '../inputs/label.js';
import { readReportFile } from '../engine/result-files.js';
import { JunitFileError, prepareReportDir, saveJunit, saveReport } from '../engine/report-dir.js';
import { parseSettings } from '../inputs/settings.js';
import { BASELINE_FROM_MAIN, cliFlagLabel, SETTING_DEFAULTS, type SettingName } from '../inputs/setting-names.js';
import { driftAgainstFile } from '../engine/baseline.js';
import { driftSentence } from '../report/drift.js';
import { parseDecimal } from '../inputs/numbers.js';
import { reportJson } from '../report/report-json.js';
import { renderText } from '../report/render.js';
import { textWidth } from '../report/text.js';
import { reportStepVerdict, variationsSentence } from '../report/variations.js';
import { renderExplain } from '../report/explain.js';
import { savedReport } from '../report/saved-report.js';
import { TOOL_VERSION } from '../version.js';
import { createProgress } from './progress.js';
import { createCommandProgress } from './command-progress.js';
import { errorMessage, errorStack } from '../util/errors.js';
import { inertJson, inertLines } from '../util/log-text.js';
import { cancelOnTermination } from '../util/termination.js';
import { boundedMessage } from '../util/text.js';

export const USAGE = `Usage:
  tf-repro run [options]        train the model several times and compare the runs
  tf-repro diagnose [options]   run, then find which determinism settings matter on this machine
  tf-repro compare FILE...      compare result files (report.json, or the experiment's text format)
  tf-repro explain REPORT.json  print where the runs part, what the determinism settings cost and
                                which of them this runner needs, from a saved report.json
  tf-repro merge FILE...        merge the partial reports (report.json) of every shard of a check
                                (run --shard i/n) into the check's report and verdict
  tf-repro across FILE...       compare complete checks from different runners (their report.json
                                files; globs in quotes are expanded): reproducible within each
                                runner, identical across them, and where their environments differ
  tf-repro --help | --version

Options for run (the action's inputs):
  --runs N                 training runs, each a fresh process (default 2; 2 to 1,000)
  --folds K                folds of the cross-validation (default 10)
  --epochs N               epochs per fold (default 10)
  --batch-size N           (default 100)
  --validation-split F     part of each fold's training data held out, as Keras (default 0.2)
  --seed N                 (default 0)
  --samples N              use the first N images, 0 for all (default 0)
  --deterministic          apply the determinism settings (the default)
  --no-deterministic       run without them (unpinned runs, expected to vary)
  --backend NAME           auto | tensorflow-gpu | tensorflow | wasm | cpu (default auto)
  --threads N              threads for the backend (default 1)
  --libtensorflow SOURCE   build the native backend against a TensorFlow you have, not tfjs-node's
                           download: python (python3's TensorFlow), a folder (site-packages/
                           tensorflow, or libtensorflow's archive extracted) or a .whl file;
                           compiled once into the tool cache (needs g++, make, python3, npm)
  --parallel auto|N        training processes (with --command: runs) side by side, each pinned
                           to --threads; auto: one per processor (default auto); the numbers
                           are the same for any value
  --dataset DIR            a directory of IDX files, or of x.npy and y.npy (default: the embedded
                           10,000 MNIST digits)
  --model FILE             train this model instead of the default CNN: a Keras model.to_json()
                           file or .keras archive (Keras 2 or 3), a TensorFlow.js model.json, or
                           an ES module exporting createModel(tf, { seed })
  --max-model-parameters N with --model: a larger model is refused before it is built (default
                           50,000,000)
  --tolerance F            largest metric difference still counted as equal (default 0: bitwise)
  --report-dir DIR         also write report.json, results.txt, summary.md and run logs there
  --junit FILE             also write the verdict as JUnit XML (one testcase per fold), for test
                           reporters; compare, merge and across take it too
  --label NAME             this runner's name in the report, for tf-repro across (default: the
                           runner's image or name, or this machine's name and platform)
  --no-fail-fast           train everything even after runs part (default: stop at the first
                           divergence, compare digests as they arrive)
  --compare-nondeterministic
                           also train the runs without the settings: variance and time per run
                           side by side, and whether the settings are needed here
  --diagnose               as tf-repro diagnose
  --diagnose-budget-minutes M
                           the most time diagnose may take (default 10)
  --diagnose-variables A,B the settings diagnose tries, by name (default: all)
  --shard I/N              train only shard I of N (folds f with f % N = I - 1, every run of
                           each) and write a partial report; tf-repro merge joins the N of them
  --baseline FILE          also compare each fold's metrics and final weights with this saved
                           report.json (drift against a baseline, e.g. main's); one that cannot
                           be read is a notice
  --fail-on-drift          exit 1 when they moved (default: a notice; the verdict is unchanged)
  --vary all|FACTORS       also run in other conditions and name those that change the numbers:
                           path, tz, locale, env, umask, file-order, cpus, threads (comma-separated);
                           one extra run when nothing does (docs/variations.md)
  --no-fail-on-variation   a condition that changes the numbers is a notice (default with --vary:
                           exit 1, verdict condition-sensitive)
  --json                   print the JSON report instead of text
  --quiet                  no progress on stderr

Options for run with your own training command (folds, epochs, dataset and the like do not apply):
  --command CMD            a shell command that trains, e.g. 'python train.py'; run --runs times
  --working-directory DIR  where it runs (default: the current directory)
  --framework NAME         whose determinism variables it gets: tensorflow | pytorch | jax | none
                           (default tensorflow); --no-deterministic gives none
  --metrics-file FILE      where it writes its metrics (default: the path in $TF_REPRO_METRICS);
                           JSON, JSON Lines, CSV or the experiment's text format
  --timeout-minutes M      per run, of any kind (a command, model or the default model, and the
                           model's check); the run and every process it started are killed
                           (default 0: none; at most 10,080; fractions allowed)
  --artifacts GLOBS        files each run writes, compared by SHA-256 (comma-separated)
  --negative-control       one more run with another TF_REPRO_SEED, whose numbers must differ:
                           a warning when they do not (a stale metrics file, a hard-coded seed)

Options for compare: --tolerance F, --json, --report-dir DIR, --junit FILE
Options for merge: --json, --report-dir DIR, --junit FILE (FILE may be a glob, quoted:
  'shards/*/report.json'; the shards' own settings are merged, so run's options do not apply)
Options for across: --json, --report-dir DIR, --junit FILE, and --fail-on-cross-runner-difference:
  exit 1 when the legs differ across runners (without it, across exits 1 only when a leg is not reproducible
  within its own runner, and 2 when a leg ended in an error)

Exit codes: 0 reproducible, 1 not reproducible, 2 error (bad input, a run that crashed); 130 or 143
when SIGINT (Ctrl-C) or SIGTERM cancelled the check: its processes are killed, and the report keeps
what had finished. With --fail-on-drift, a reproducible check that moved against --baseline exits 1.
With --vary, a reproducible check whose numbers change in a varied condition exits 1 (condition-sensitive).
`;

/** Settings the CLI takes as switches, each with a --no- form: `--fail-fast` / `--no-fail-fast`. */
const SWITCHES = [
  'deterministic',
  'fail-fast',
  'compare-nondeterministic',
  'diagnose',
  'fail-on-drift',
  'fail-on-variation',
  'negative-control',
] as const satisfies readonly SettingName[];

/** Inputs the CLI has no flag for: the comparison's exit code is the CLI's, and only the action downloads artifacts. */
const ACTION_ONLY_SETTINGS: readonly SettingName[] = ['fail-on-mismatch', 'baseline-artifact'];

/** Settings that are no flag of run: another command's (tf-repro across). */
const NOT_RUN_FLAGS = ['across', 'fail-on-cross-runner-difference'] as const satisfies readonly SettingName[];

const SETTING_FLAGS = Object.fromEntries(
  (Object.keys(SETTING_DEFAULTS) as SettingName[])
    // merge is a command of its own here: tf-repro merge FILE...
    .filter(
      (name) =>
        !(SWITCHES as readonly string[]).includes(name) &&
        !(NOT_RUN_FLAGS as readonly string[]).includes(name) &&
        !ACTION_ONLY_SETTINGS.includes(name) &&
        name !== 'merge' &&
        // --junit FILE, as every command that reports has it.
        name !== 'junit-file',
    )
    .map((name) => [name, { type: 'string' as const }]),
);

const SWITCH_FLAGS = Object.fromEntries(
  SWITCHES.flatMap((name) => [[name, { type: 'boolean' as const }] as const, [`no-${name}`, { type: 'boolean' as const }] as const]),
);

const RUN_OPTIONS = {
  ...SETTING_FLAGS,
  ...SWITCH_FLAGS,
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  junit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const COMPARE_OPTIONS = {
  tolerance: { type: 'string' },
  json: { type: 'boolean' },
  'report-dir': { type: 'string' },
  junit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const MERGE_OPTIONS = {
  json: { type: 'boolean' },
  'report-dir': { type: 'string' },
  junit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const ACROSS_OPTIONS = {
  'fail-on-cross-runner-difference': { type: 'boolean' },
  json: { type: 'boolean' },
  'report-dir': { type: 'string' },
  junit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const EXPLAIN_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const EXIT_FOR: Record<StepVerdict, number> = {
  reproducible: EXIT.reproducible,
  'not-reproducible': EXIT.notReproducible,
  'condition-sensitive': EXIT.notReproducible,
  error: EXIT.error,
};

/**
 * `--epochs -1` as `--epochs=-1`: parseArgs takes a value that starts with '-' for a forgotten one
 * ("argument is ambiguous"), where a negative number is a value, for the settings to judge.
 */
function joinNegativeValues(args: string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i]?.startsWith('--') ? args[i]!.slice(2) : null;
    const next = args[i + 1];
    if (name !== null && options[name]?.type === 'string' && next !== undefined && /^-[\d.]/.test(next)) {
      joined.push(`--${name}=${next}`);
      i++;
    } else {
      joined.push(args[i]!);
    }
  }
  return joined;
}

function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args: joinNegativeValues(args, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${errorMessage(error).split('\n')[0]} (see tf-repro --help)`);
  }
}

class HelpShown {}

function usage(out: NodeJS.WritableStream): never {
  out.write(USAGE);
  throw new HelpShown();
}

/** Everything the CLI prints goes through here: nothing of the user's in it can act as a workflow command when a runner logs it. */
function print(stream: NodeJS.WritableStream, text: string): void {
  stream.write(inertLines(text));
}

function printReport(out: NodeJS.WritableStream, report: Report, json: boolean | undefined): void {
  if (json) out.write(inertJson(reportJson(report)));
  else print(out, renderText(report));
}

/**
 * Writes the report's files where --report-dir says, and prints the report whether or not they
 * could be written (a full disk): the check's outcome is never lost with them. Throws the
 * writing's error after printing.
 */
async function saveAndPrint(
  out: NodeJS.WritableStream,
  report: Report,
  reportDir: string | null,
  json: boolean | undefined,
  announce = false,
  junitFile: string | null = null,
): Promise<void> {
  let failure: unknown = null;
  if (reportDir !== null) {
    try {
      const path = await saveReport(report, reportDir);
      if (announce) print(process.stderr, `report written to ${path}\n`);
    } catch (error) {
      failure = error;
    }
  }
  if (junitFile) {
    try {
      await saveJunit(junitFile, report);
    } catch (error) {
      failure ??= error;
    }
  }
  printReport(out, report, json);
  if (failure !== null) throw failure;
}

async function commandRun(args: string[], out: NodeJS.WritableStream, name: 'run' | 'diagnose'): Promise<number> {
  const { values, positionals } = parseFlags(args, RUN_OPTIONS);
  if (values.help) return usage(out);
  if (positionals.length > 0) throw new UserError(`tf-repro ${name} takes no file arguments, got '${positionals[0]}' (did you mean tf-repro compare?)`);
  const raw: Record<string, string | undefined> = {};
  for (const flag of Object.keys(SETTING_FLAGS)) raw[flag] = values[flag as keyof typeof values] as string | undefined;
  raw['junit-file'] = values.junit;
  const flags = values as Record<string, unknown>;
  for (const setting of SWITCHES) {
    if (flags[setting] === true && flags[`no-${setting}`] === true)
      throw new UserError(
        `--${setting} and --no-${setting} contradict each other: give one or neither (the default is ${SETTING_DEFAULTS[setting] || `true with --vary`})`,
      );
    // Neither flag: the setting's default.
    raw[setting] = flags[`no-${setting}`] === true ? 'false' : flags[setting] === true ? 'true' : undefined;
  }
  if (name === 'diagnose') {
    if (raw.diagnose === 'false') throw new UserError('tf-repro diagnose with --no-diagnose diagnoses nothing: use tf-repro run');
    raw.diagnose = 'true';
  }
  const parsed = parseSettings(raw, cliFlagLabel);
  if (!parsed.ok) throw new UserError(parsed.error);
  const settings = parsed.value;
  settings.label ??= defaultLabel({ env: process.env, hostname: hostname(), platform: `${process.platform} ${process.arch}` });
  if (settings.baseline === BASELINE_FROM_MAIN) {
    throw new UserError(
      `--baseline ${BASELINE_FROM_MAIN} finds the baseline with the GitHub API, which only the action does: give the path of a report.json (./${BASELINE_FROM_MAIN} for a file of that name)`,
    );
  }
  const termination = cancelOnTermination();
  try {
    const progress = values.quiet
      ? null
      : settings.command
        ? createCommandProgress({ runs: settings.runs, command: settings.command.command })
        : createProgress({ ...settings, trainedFolds: settings.shard ? shardFolds(settings.shard, settings.folds).length : settings.folds });
    let report: Report;
    try {
      report = await runCheck(settings, {
        hooks: progress?.hooks,
        log: values.quiet ? undefined : (line) => print(process.stderr, `${line}\n`),
        signal: termination.signal,
      });
    } finally {
      progress?.stop();
    }
    // Drift against a baseline (issue #13, part 3): a baseline that cannot be read is a notice.
    if (settings.baseline && !termination.signal.aborted) {
      report.drift = await driftAgainstFile(report, settings.baseline);
      if (report.drift.status === 'unavailable' || (report.drift.status === 'changed' && !settings.failOnDrift))
        print(process.stderr, `notice: ${driftSentence(report.drift)}\n`);
    }
    await saveAndPrint(out, report, settings.reportDir, values.json, true, settings.junitFile ?? null);
    const verdict = reportStepVerdict(report);
    if (report.variations?.sensitiveTo.length && verdict === 'reproducible')
      print(process.stderr, `notice: ${variationsSentence(report.verdict, report.variations)} (--no-fail-on-variation, so the exit code is 0)\n`);
    const exitCode = termination.exitCode() ?? EXIT_FOR[verdict];
    return exitCode === EXIT.reproducible && report.drift?.status === 'changed' && settings.failOnDrift ? EXIT.notReproducible : exitCode;
  } finally {
    termination.dispose();
  }
}

async function commandCompare(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseFlags(args, COMPARE_OPTIONS);
  if (values.help) return usage(out);
  if (positionals.length === 0) throw new UserError('tf-repro compare needs at least one result file (see tf-repro --help)');
  const tolerance = values.tolerance === undefined ? 0 : parseDecimal(values.tolerance);
  if (tolerance === null || tolerance < 0) throw new UserError(`--tolerance must be a number of at least 0 (0 means bitwise equal), got '${values.tolerance}'`);
  const reportDir = values['report-dir'] || null;
  await prepareReportDir(reportDir);
  const report = await compareResultFiles(positionals, tolerance);
  await saveAndPrint(out, report, reportDir, values.json, false, values.junit ?? null);
  return EXIT_FOR[report.verdict];
}

/** Merges shard legs' partial reports; exits as the check would have on one runner. */
async function commandMerge(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseFlags(args, MERGE_OPTIONS);
  if (values.help) return usage(out);
  if (positionals.length === 0) throw new UserError('tf-repro merge needs the report.json of every shard (files or quoted globs; see tf-repro --help)');
  const reportDir = values['report-dir'] || null;
  const report = await mergeShardReports(positionals, { cwd: process.cwd(), reportDir, input: 'tf-repro merge' });
  await saveAndPrint(out, report, reportDir, values.json, false, values.junit ?? null);
  return EXIT_FOR[report.verdict];
}

/**
 * Exit 2 where a leg ended in an error, 1 where a leg is not reproducible within its runner or,
 * with --fail-on-cross-runner-difference, where the legs differ; else 0.
 */
async function commandAcross(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseFlags(args, ACROSS_OPTIONS);
  if (values.help) return usage(out);
  if (positionals.length === 0) throw new UserError("tf-repro across needs the legs' report.json files (see tf-repro --help)");
  const reportDir = values['report-dir'] || null;
  await prepareReportDir(reportDir);
  const failOnCrossRunnerDifference = values['fail-on-cross-runner-difference'] === true;
  const report = await compareAcross({ patterns: positionals, what: 'tf-repro across', failOnCrossRunnerDifference });
  await saveAndPrint(out, report, reportDir, values.json, false, values.junit ?? null);
  const identical = report.across?.identical ?? false;
  if (report.verdict !== 'reproducible') return EXIT_FOR[report.verdict];
  return failOnCrossRunnerDifference && !identical ? EXIT.notReproducible : EXIT.reproducible;
}

/** Exit 0 whatever the report's verdict: the story was told. */
async function commandExplain(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseFlags(args, EXPLAIN_OPTIONS);
  if (values.help) return usage(out);
  if (positionals.length !== 1) {
    throw new UserError(`tf-repro explain takes one report.json, got ${positionals.length === 0 ? 'none' : positionals.length} (see tf-repro --help)`);
  }
  const path = positionals[0] as string;
  print(out, renderExplain(savedReport(await readReportFile(path), path), textWidth()));
  return 0;
}

/** The --junit FILE of a command that failed before its report: test reporters still get the error. */
async function junitOfError(args: string[], message: string, err: NodeJS.WritableStream): Promise<void> {
  const at = args.findIndex((arg) => arg === '--junit' || arg.startsWith('--junit='));
  const path = at === -1 ? undefined : args[at]!.startsWith('--junit=') ? args[at]!.slice('--junit='.length) : args[at + 1];
  if (!path || path.startsWith('-')) return;
  try {
    await saveJunit(path, null, message);
  } catch (error) {
    print(err, `tf-repro: ${errorMessage(error)}\n`);
  }
}

/** Returns the exit code; never throws for bad input. */
export async function runCli(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'run':
      case 'diagnose':
        return await commandRun(rest, out, command);
      case 'compare':
        return await commandCompare(rest, out);
      case 'explain':
        return await commandExplain(rest, out);
      case 'merge':
        return await commandMerge(rest, out);
      case 'across':
        return await commandAcross(rest, out);
      case '--version':
      case '-v':
        out.write(`tf-repro ${TOOL_VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        out.write(USAGE);
        return 0;
      default:
        throw new UserError(`unknown command '${command}': use tf-repro run, diagnose, compare, explain, merge or across (see tf-repro --help)`);
    }
  } catch (error) {
    if (error instanceof HelpShown) return 0;
    if (error instanceof UserError) {
      print(err, `tf-repro: ${boundedMessage(error.message).split('\n').join('\ntf-repro: ')}\n`);
    } else {
      print(err, `tf-repro: internal error: ${errorStack(error)}\n`);
    }
    if (!(error instanceof JunitFileError)) await junitOfError(rest, errorMessage(error), err);
    return EXIT.error;
  }
}
