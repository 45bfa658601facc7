export const id = 642;
export const ids = [642];
export const modules = {

/***/ 4642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  USAGE: () => (/* binding */ USAGE),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./build/src/util/exit-codes.js
var exit_codes = __webpack_require__(6491);
// EXTERNAL MODULE: ./build/src/util/user-error.js
var user_error = __webpack_require__(2292);
// EXTERNAL MODULE: ./build/src/engine/across.js
var across = __webpack_require__(5235);
// EXTERNAL MODULE: ./build/src/engine/check.js + 29 modules
var check = __webpack_require__(8870);
// EXTERNAL MODULE: ./build/src/engine/shards.js
var shards = __webpack_require__(2879);
// EXTERNAL MODULE: ./build/src/comparison/shards.js
var comparison_shards = __webpack_require__(7470);
// EXTERNAL MODULE: ./build/src/inputs/label.js
var label = __webpack_require__(3337);
// EXTERNAL MODULE: ./build/src/engine/result-files.js + 1 modules
var result_files = __webpack_require__(6970);
// EXTERNAL MODULE: ./build/src/engine/report-dir.js + 2 modules
var report_dir = __webpack_require__(5044);
// EXTERNAL MODULE: ./build/src/inputs/settings.js + 2 modules
var inputs_settings = __webpack_require__(9166);
// EXTERNAL MODULE: ./build/src/inputs/setting-names.js
var setting_names = __webpack_require__(2138);
// EXTERNAL MODULE: ./build/src/engine/baseline.js
var baseline = __webpack_require__(101);
// EXTERNAL MODULE: ./build/src/report/drift.js
var drift = __webpack_require__(2315);
// EXTERNAL MODULE: ./build/src/inputs/numbers.js
var numbers = __webpack_require__(9705);
// EXTERNAL MODULE: ./build/src/report/report-json.js
var report_json = __webpack_require__(6923);
// EXTERNAL MODULE: ./build/src/report/render.js + 6 modules
var render = __webpack_require__(4784);
// EXTERNAL MODULE: ./build/src/report/text.js
var report_text = __webpack_require__(4913);
// EXTERNAL MODULE: ./build/src/report/variations.js
var variations = __webpack_require__(8116);
// EXTERNAL MODULE: ./build/src/report/findings.js
var findings = __webpack_require__(5636);
;// CONCATENATED MODULE: ./build/src/report/explain.js


/** Which runs agree on each variable where the runs part: a row for each that differs, a count for the rest. */
function variableLines(detail, width) {
    const lines = (0,report_text/* indented */.gu)(`${(0,findings/* variableDetailTitle */.GH)(detail)}:`, width);
    const rows = detail.differing.map(({ variable, agreement }) => [variable, agreement]);
    if (rows.length > 0)
        lines.push(...(0,report_text/* alignedTable */.nP)([['variable', 'runs that agree'], ...rows], width, '    '));
    const rest = (0,findings/* variableDetailRest */.Ue)(detail);
    if (rest !== null)
        lines.push(...(0,report_text/* indented */.gu)(rest, width, '    '));
    return lines;
}
function divergenceStory(report, width) {
    const divergence = report.divergence;
    if (!divergence)
        return [(0,findings/* noDivergenceLine */.S$)(report)];
    const lines = ['Where the runs part:', ...(0,report_text/* divergenceText */.us)({ ...report, work: undefined }, width - 2).map((line) => `  ${line}`)];
    const work = (0,findings/* workSentence */.PT)(report.work, true);
    if (work !== null)
        lines.push(...(0,report_text/* indented */.gu)(work, width));
    const detail = (0,findings/* variableDetail */.u0)(report);
    if (detail !== null)
        lines.push(...variableLines(detail, width));
    else if (divergence.variables.length > 0)
        lines.push(...(0,report_text/* indented */.gu)(`The variables that differ there: ${divergence.variables.join(', ')}.`, width));
    const curves = (0,findings/* lossCurves */.m7)(report);
    if (curves !== null)
        lines.push(...(0,report_text/* lossText */.Tj)(curves, width - 2).map((line) => `  ${line}`));
    return lines;
}
function renderExplain(report, width) {
    const sections = [
        // The verdict's sentence stays one line, as in tf-repro run's text.
        [(0,findings/* summaryBesideLead */.T6)(report) ?? `${report.summary.split(':')[0]}.`],
        divergenceStory(report, width),
        report.cost ? (0,report_text/* costText */.rs)(report.cost, width) : (0,report_text/* wrap */.LV)('no cost table: run with --compare-nondeterministic', width),
        report.diagnosis ? (0,report_text/* diagnosisText */.f7)(report.diagnosis, width) : (0,report_text/* wrap */.LV)('no diagnosis: run tf-repro diagnose', width),
    ];
    return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
//# sourceMappingURL=explain.js.map
// EXTERNAL MODULE: ./build/src/report/saved-report.js
var saved_report = __webpack_require__(1646);
// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(8009);
// EXTERNAL MODULE: ./node_modules/cli-progress/cli-progress.js
var cli_progress = __webpack_require__(8502);
// EXTERNAL MODULE: ./build/src/report/format.js
var format = __webpack_require__(5845);
// EXTERNAL MODULE: ./build/src/util/log-text.js
var log_text = __webpack_require__(7322);
;// CONCATENATED MODULE: ./build/src/cli/progress.js
// Progress on stderr: a bar with run, fold, epoch and ETA on a terminal; a line per fold elsewhere
// (CI logs, where a metric's name must not act as a workflow command), so that stdout holds the
// report alone.



/** `trainedFolds`: the folds each run trains (a shard's share); absent: all of them. */
function createProgress(totals, stream = process.stderr) {
    if (!stream.isTTY) {
        return {
            hooks: {
                onFold: (run, fold) => stream.write((0,log_text/* inertLines */.wi)(`run ${run} of ${totals.runs}, fold ${fold.fold} (${fold.fold + 1} of ${totals.folds}): ${Object.entries(fold.metrics)
                    .map(([k, v]) => `${k} ${(0,format/* exact */.e0)(v)}`)
                    .join(', ')}\n`)),
            },
            stop: () => { },
        };
    }
    const bar = new cli_progress.SingleBar({
        stream,
        format: 'run {run}/{runs} · fold {fold} of {folds} · epoch {epoch}/{epochs} |{bar}| {percentage}% · ETA {eta_formatted} · val acc {valAccuracy}',
        hideCursor: true,
        etaBuffer: 20,
    }, cli_progress.Presets.shades_classic);
    const total = totals.runs * (totals.trainedFolds ?? totals.folds) * totals.epochs;
    const payload = { run: 1, runs: totals.runs, fold: 0, folds: totals.folds, epoch: 0, epochs: totals.epochs, valAccuracy: '—' };
    bar.start(total, 0, payload);
    let foldsDone = 0;
    return {
        hooks: {
            onRunStart: (run) => bar.update({ run }),
            onEpoch: (run, progress) => {
                bar.increment(1, {
                    run,
                    fold: progress.fold,
                    epoch: progress.epoch,
                    valAccuracy: progress.valAccuracy === null ? '—' : progress.valAccuracy.toFixed(4),
                });
            },
            onFold: () => {
                foldsDone++;
                bar.update(foldsDone * totals.epochs);
            },
        },
        stop: () => bar.stop(),
    };
}
//# sourceMappingURL=progress.js.map
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(7499);
;// CONCATENATED MODULE: ./build/src/cli/command-progress.js


/** How a run ended: done, stopped on purpose by fail-fast after another run parted, or failed. */
function runEnd(result) {
    const after = `${result.durationSeconds.toFixed(1)} s`;
    if (result.status === 'ok')
        return `done in ${after}, ${(0,util_text/* plural */.LS)(result.folds.length, 'fold')}`;
    if (result.status === 'stopped')
        return `stopped by fail-fast after ${after}`;
    return `failed after ${after}`;
}
function createCommandProgress(totals, stream = process.stderr) {
    const hooks = {
        onRunStart: (run) => stream.write((0,log_text/* inertLines */.wi)(`run ${run} of ${totals.runs}: ${totals.command}\n`)),
        onRunEnd: (result) => stream.write(`run ${result.run} of ${totals.runs}: ${runEnd(result)}\n`),
    };
    return { hooks, stop: () => { } };
}
//# sourceMappingURL=command-progress.js.map
// EXTERNAL MODULE: ./build/src/util/errors.js
var errors = __webpack_require__(6143);
// EXTERNAL MODULE: ./build/src/util/termination.js
var util_termination = __webpack_require__(5264);
;// CONCATENATED MODULE: ./build/src/cli/main.js
// tf-repro: the action's engine on the command line.
//   tf-repro run [--runs 2 --folds 3 ...]   train, compare, print the report
//   tf-repro compare FILE...                 compare result files already written
//   tf-repro explain REPORT.json              where the runs part, the cost, the diagnosis of a saved report
//   tf-repro merge FILE...                    merge the partial reports of a check's shards (run --shard i/n)
//   tf-repro across FILE...                   complete checks of several runners compared





























const USAGE = `Usage:
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
];
/** Inputs the CLI has no flag for: the comparison's exit code is the CLI's, and only the action downloads artifacts. */
const ACTION_ONLY_SETTINGS = ['fail-on-mismatch', 'baseline-artifact'];
/** Settings that are no flag of run: another command's (tf-repro across). */
const NOT_RUN_FLAGS = ['across', 'fail-on-cross-runner-difference'];
const SETTING_FLAGS = Object.fromEntries(Object.keys(setting_names/* SETTING_DEFAULTS */.Eg)
    // merge is a command of its own here: tf-repro merge FILE...
    .filter((name) => !SWITCHES.includes(name) &&
    !NOT_RUN_FLAGS.includes(name) &&
    !ACTION_ONLY_SETTINGS.includes(name) &&
    name !== 'merge' &&
    // --junit FILE, as every command that reports has it.
    name !== 'junit-file')
    .map((name) => [name, { type: 'string' }]));
const SWITCH_FLAGS = Object.fromEntries(SWITCHES.flatMap((name) => [[name, { type: 'boolean' }], [`no-${name}`, { type: 'boolean' }]]));
const RUN_OPTIONS = {
    ...SETTING_FLAGS,
    ...SWITCH_FLAGS,
    json: { type: 'boolean' },
    quiet: { type: 'boolean' },
    junit: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const COMPARE_OPTIONS = {
    tolerance: { type: 'string' },
    json: { type: 'boolean' },
    'report-dir': { type: 'string' },
    junit: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const MERGE_OPTIONS = {
    json: { type: 'boolean' },
    'report-dir': { type: 'string' },
    junit: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const ACROSS_OPTIONS = {
    'fail-on-cross-runner-difference': { type: 'boolean' },
    json: { type: 'boolean' },
    'report-dir': { type: 'string' },
    junit: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const EXPLAIN_OPTIONS = {
    help: { type: 'boolean', short: 'h' },
};
const EXIT_FOR = {
    reproducible: exit_codes/* EXIT */.d.reproducible,
    'not-reproducible': exit_codes/* EXIT */.d.notReproducible,
    'condition-sensitive': exit_codes/* EXIT */.d.notReproducible,
    error: exit_codes/* EXIT */.d.error,
};
/**
 * `--epochs -1` as `--epochs=-1`: parseArgs takes a value that starts with '-' for a forgotten one
 * ("argument is ambiguous"), where a negative number is a value, for the settings to judge.
 */
function joinNegativeValues(args, options) {
    const joined = [];
    for (let i = 0; i < args.length; i++) {
        const name = args[i]?.startsWith('--') ? args[i].slice(2) : null;
        const next = args[i + 1];
        if (name !== null && options[name]?.type === 'string' && next !== undefined && /^-[\d.]/.test(next)) {
            joined.push(`--${name}=${next}`);
            i++;
        }
        else {
            joined.push(args[i]);
        }
    }
    return joined;
}
function parseFlags(args, options) {
    try {
        return (0,external_node_util_.parseArgs)({ args: joinNegativeValues(args, options), options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new user_error/* UserError */.y(`${(0,errors/* errorMessage */.g)(error).split('\n')[0]} (see tf-repro --help)`);
    }
}
class HelpShown {
}
function usage(out) {
    out.write(USAGE);
    throw new HelpShown();
}
/** Everything the CLI prints goes through here: nothing of the user's in it can act as a workflow command when a runner logs it. */
function print(stream, text) {
    stream.write((0,log_text/* inertLines */.wi)(text));
}
function printReport(out, report, json) {
    if (json)
        out.write((0,log_text/* inertJson */.nl)((0,report_json/* reportJson */.l)(report)));
    else
        print(out, (0,render/* renderText */.S5)(report));
}
/**
 * Writes the report's files where --report-dir says, and prints the report whether or not they
 * could be written (a full disk): the check's outcome is never lost with them. Throws the
 * writing's error after printing.
 */
async function saveAndPrint(out, report, reportDir, json, announce = false, junitFile = null) {
    let failure = null;
    if (reportDir !== null) {
        try {
            const path = await (0,report_dir/* saveReport */.a5)(report, reportDir);
            if (announce)
                print(process.stderr, `report written to ${path}\n`);
        }
        catch (error) {
            failure = error;
        }
    }
    if (junitFile) {
        try {
            await (0,report_dir/* saveJunit */.Y1)(junitFile, report);
        }
        catch (error) {
            failure ??= error;
        }
    }
    printReport(out, report, json);
    if (failure !== null)
        throw failure;
}
async function commandRun(args, out, name) {
    const { values, positionals } = parseFlags(args, RUN_OPTIONS);
    if (values.help)
        return usage(out);
    if (positionals.length > 0)
        throw new user_error/* UserError */.y(`tf-repro ${name} takes no file arguments, got '${positionals[0]}' (did you mean tf-repro compare?)`);
    const raw = {};
    for (const flag of Object.keys(SETTING_FLAGS))
        raw[flag] = values[flag];
    raw['junit-file'] = values.junit;
    const flags = values;
    for (const setting of SWITCHES) {
        if (flags[setting] === true && flags[`no-${setting}`] === true)
            throw new user_error/* UserError */.y(`--${setting} and --no-${setting} contradict each other: give one or neither (the default is ${setting_names/* SETTING_DEFAULTS */.Eg[setting] || `true with --vary`})`);
        // Neither flag: the setting's default.
        raw[setting] = flags[`no-${setting}`] === true ? 'false' : flags[setting] === true ? 'true' : undefined;
    }
    if (name === 'diagnose') {
        if (raw.diagnose === 'false')
            throw new user_error/* UserError */.y('tf-repro diagnose with --no-diagnose diagnoses nothing: use tf-repro run');
        raw.diagnose = 'true';
    }
    const parsed = (0,inputs_settings/* parseSettings */.P$)(raw, setting_names/* cliFlagLabel */.h$);
    if (!parsed.ok)
        throw new user_error/* UserError */.y(parsed.error);
    const settings = parsed.value;
    settings.label ??= (0,label/* defaultLabel */.A)({ env: process.env, hostname: (0,external_node_os_.hostname)(), platform: `${process.platform} ${process.arch}` });
    if (settings.baseline === setting_names/* BASELINE_FROM_MAIN */.l) {
        throw new user_error/* UserError */.y(`--baseline ${setting_names/* BASELINE_FROM_MAIN */.l} finds the baseline with the GitHub API, which only the action does: give the path of a report.json (./${setting_names/* BASELINE_FROM_MAIN */.l} for a file of that name)`);
    }
    const termination = (0,util_termination/* cancelOnTermination */.w)();
    try {
        const progress = values.quiet
            ? null
            : settings.command
                ? createCommandProgress({ runs: settings.runs, command: settings.command.command })
                : createProgress({ ...settings, trainedFolds: settings.shard ? (0,comparison_shards/* shardFolds */.rt)(settings.shard, settings.folds).length : settings.folds });
        let report;
        try {
            report = await (0,check/* runCheck */.k)(settings, {
                hooks: progress?.hooks,
                log: values.quiet ? undefined : (line) => print(process.stderr, `${line}\n`),
                signal: termination.signal,
            });
        }
        finally {
            progress?.stop();
        }
        // Drift against a baseline (issue #13, part 3): a baseline that cannot be read is a notice.
        if (settings.baseline && !termination.signal.aborted) {
            report.drift = await (0,baseline/* driftAgainstFile */.jF)(report, settings.baseline);
            if (report.drift.status === 'unavailable' || (report.drift.status === 'changed' && !settings.failOnDrift))
                print(process.stderr, `notice: ${(0,drift/* driftSentence */.L9)(report.drift)}\n`);
        }
        await saveAndPrint(out, report, settings.reportDir, values.json, true, settings.junitFile ?? null);
        const verdict = (0,variations/* reportStepVerdict */.KZ)(report);
        if (report.variations?.sensitiveTo.length && verdict === 'reproducible')
            print(process.stderr, `notice: ${(0,variations/* variationsSentence */.UQ)(report.verdict, report.variations)} (--no-fail-on-variation, so the exit code is 0)\n`);
        const exitCode = termination.exitCode() ?? EXIT_FOR[verdict];
        return exitCode === exit_codes/* EXIT */.d.reproducible && report.drift?.status === 'changed' && settings.failOnDrift ? exit_codes/* EXIT */.d.notReproducible : exitCode;
    }
    finally {
        termination.dispose();
    }
}
async function commandCompare(args, out) {
    const { values, positionals } = parseFlags(args, COMPARE_OPTIONS);
    if (values.help)
        return usage(out);
    if (positionals.length === 0)
        throw new user_error/* UserError */.y('tf-repro compare needs at least one result file (see tf-repro --help)');
    const tolerance = values.tolerance === undefined ? 0 : (0,numbers/* parseDecimal */.$)(values.tolerance);
    if (tolerance === null || tolerance < 0)
        throw new user_error/* UserError */.y(`--tolerance must be a number of at least 0 (0 means bitwise equal), got '${values.tolerance}'`);
    const reportDir = values['report-dir'] || null;
    await (0,report_dir/* prepareReportDir */.rD)(reportDir);
    const report = await (0,check/* compareResultFiles */.o)(positionals, tolerance);
    await saveAndPrint(out, report, reportDir, values.json, false, values.junit ?? null);
    return EXIT_FOR[report.verdict];
}
/** Merges shard legs' partial reports; exits as the check would have on one runner. */
async function commandMerge(args, out) {
    const { values, positionals } = parseFlags(args, MERGE_OPTIONS);
    if (values.help)
        return usage(out);
    if (positionals.length === 0)
        throw new user_error/* UserError */.y('tf-repro merge needs the report.json of every shard (files or quoted globs; see tf-repro --help)');
    const reportDir = values['report-dir'] || null;
    const report = await (0,shards/* mergeShardReports */.m)(positionals, { cwd: process.cwd(), reportDir, input: 'tf-repro merge' });
    await saveAndPrint(out, report, reportDir, values.json, false, values.junit ?? null);
    return EXIT_FOR[report.verdict];
}
/**
 * Exit 2 where a leg ended in an error, 1 where a leg is not reproducible within its runner or,
 * with --fail-on-cross-runner-difference, where the legs differ; else 0.
 */
async function commandAcross(args, out) {
    const { values, positionals } = parseFlags(args, ACROSS_OPTIONS);
    if (values.help)
        return usage(out);
    if (positionals.length === 0)
        throw new user_error/* UserError */.y("tf-repro across needs the legs' report.json files (see tf-repro --help)");
    const reportDir = values['report-dir'] || null;
    await (0,report_dir/* prepareReportDir */.rD)(reportDir);
    const failOnCrossRunnerDifference = values['fail-on-cross-runner-difference'] === true;
    const report = await (0,across/* compareAcross */.d)({ patterns: positionals, what: 'tf-repro across', failOnCrossRunnerDifference });
    await saveAndPrint(out, report, reportDir, values.json, false, values.junit ?? null);
    const identical = report.across?.identical ?? false;
    if (report.verdict !== 'reproducible')
        return EXIT_FOR[report.verdict];
    return failOnCrossRunnerDifference && !identical ? exit_codes/* EXIT */.d.notReproducible : exit_codes/* EXIT */.d.reproducible;
}
/** Exit 0 whatever the report's verdict: the story was told. */
async function commandExplain(args, out) {
    const { values, positionals } = parseFlags(args, EXPLAIN_OPTIONS);
    if (values.help)
        return usage(out);
    if (positionals.length !== 1) {
        throw new user_error/* UserError */.y(`tf-repro explain takes one report.json, got ${positionals.length === 0 ? 'none' : positionals.length} (see tf-repro --help)`);
    }
    const path = positionals[0];
    print(out, renderExplain((0,saved_report/* savedReport */.Gt)(await (0,result_files/* readReportFile */.$h)(path), path), (0,report_text/* textWidth */.sc)()));
    return 0;
}
/** The --junit FILE of a command that failed before its report: test reporters still get the error. */
async function junitOfError(args, message, err) {
    const at = args.findIndex((arg) => arg === '--junit' || arg.startsWith('--junit='));
    const path = at === -1 ? undefined : args[at].startsWith('--junit=') ? args[at].slice('--junit='.length) : args[at + 1];
    if (!path || path.startsWith('-'))
        return;
    try {
        await (0,report_dir/* saveJunit */.Y1)(path, null, message);
    }
    catch (error) {
        print(err, `tf-repro: ${(0,errors/* errorMessage */.g)(error)}\n`);
    }
}
/** Returns the exit code; never throws for bad input. */
async function runCli(args, out = process.stdout, err = process.stderr) {
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
                out.write(`tf-repro ${version/* TOOL_VERSION */.w}\n`);
                return 0;
            case undefined:
            case '--help':
            case '-h':
            case 'help':
                out.write(USAGE);
                return 0;
            default:
                throw new user_error/* UserError */.y(`unknown command '${command}': use tf-repro run, diagnose, compare, explain, merge or across (see tf-repro --help)`);
        }
    }
    catch (error) {
        if (error instanceof HelpShown)
            return 0;
        if (error instanceof user_error/* UserError */.y) {
            print(err, `tf-repro: ${(0,util_text/* boundedMessage */.tq)(error.message).split('\n').join('\ntf-repro: ')}\n`);
        }
        else {
            print(err, `tf-repro: internal error: ${(0,errors/* errorStack */.j)(error)}\n`);
        }
        if (!(error instanceof report_dir/* JunitFileError */.nR))
            await junitOfError(rest, (0,errors/* errorMessage */.g)(error), err);
        return exit_codes/* EXIT */.d.error;
    }
}
//# sourceMappingURL=main.js.map

/***/ })

};
