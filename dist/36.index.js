export const id = 36;
export const ids = [36];
export const modules = {

/***/ 8972:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ compareArtifacts),
/* harmony export */   ig: () => (/* binding */ withArtifacts)
/* harmony export */ });
/* unused harmony export agreementText */
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1760);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7499);


/**
 * One row per path any run wrote, sorted by path. `perRun[i]` is run i+1's map; null for a run
 * that never got as far as writing (it counts as having written nothing).
 */
function compareArtifacts(perRun) {
    const paths = [...new Set(perRun.flatMap((digests) => Object.keys(digests ?? {})))].sort();
    return paths.map((path) => {
        // A path is user text: a file may be named `constructor`.
        const sha256 = perRun.map((digests) => (digests === null ? null : ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .ownValue */ .e)(digests, path) ?? null)));
        const byDigest = new Map();
        const missingIn = [];
        sha256.forEach((digest, i) => {
            if (digest === null)
                missingIn.push(i + 1);
            else
                byDigest.set(digest, [...(byDigest.get(digest) ?? []), i + 1]);
        });
        const groups = [...byDigest.entries()]
            .map(([digest, runs]) => ({ sha256: digest, runs }))
            .sort((a, b) => b.runs.length - a.runs.length || a.runs[0] - b.runs[0]);
        return { path, sha256, groups, missingIn, identical: missingIn.length === 0 && groups.length === 1 };
    });
}
/** "runs 1, 3 | run 2 | missing in run 4": who agrees with whom. */
function agreementText(artifact) {
    const parts = artifact.groups.map((group) => `${group.runs.length === 1 ? 'run' : 'runs'} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listed */ .KE)(group.runs)}`);
    if (artifact.missingIn.length > 0)
        parts.push(`missing in ${artifact.missingIn.length === 1 ? 'run' : 'runs'} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listed */ .KE)(artifact.missingIn)}`);
    return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listed */ .KE)(parts, _util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .ITEMS_NAMED */ .ts, ' | ');
}
function listed(artifacts) {
    const shown = artifacts.slice(0, 3).map((a) => `${a.path} (${agreementText(a)})`);
    return shown.join('; ') + (artifacts.length > 3 ? `; and ${artifacts.length - 3} more` : '');
}
/**
 * The comparison with the artifacts taken into account. At tolerance 0 (bitwise) an artifact that
 * differs between runs, or that some run did not write, makes a reproducible verdict
 * not-reproducible and is named in the summary; with a tolerance above 0, bytes are not expected
 * to agree and it is a warning instead. An 'error' verdict stays as it is.
 */
function withArtifacts(comparison, artifacts) {
    const differing = artifacts.filter((a) => !a.identical);
    if (differing.length === 0) {
        if (comparison.verdict !== 'reproducible' || artifacts.length === 0)
            return { comparison, warnings: [] };
        const note = `${artifacts.length === 1 ? 'the artifact is' : `all ${artifacts.length} artifacts are`} bitwise identical across runs`;
        return { comparison: { ...comparison, summary: `${comparison.summary.replace(/\.$/, '')}; ${note}.` }, warnings: [] };
    }
    const sentence = `${differing.length === 1 ? 'an artifact differs' : `${differing.length} artifacts differ`} between runs: ${listed(differing)}`;
    if (comparison.tolerance > 0) {
        return {
            comparison,
            warnings: [`${sentence[0]?.toUpperCase()}${sentence.slice(1)} (not counted against the verdict: tolerance ${comparison.tolerance} allows differences).`],
        };
    }
    if (comparison.verdict === 'error')
        return { comparison, warnings: [`${sentence[0]?.toUpperCase()}${sentence.slice(1)}.`] };
    if (comparison.verdict === 'not-reproducible') {
        return { comparison: { ...comparison, summary: `${comparison.summary.replace(/\.$/, '')}; ${sentence}.` }, warnings: [] };
    }
    return { comparison: { ...comparison, verdict: 'not-reproducible', summary: `Not reproducible: the metrics agree but ${sentence}.` }, warnings: [] };
}
//# sourceMappingURL=artifacts.js.map

/***/ }),

/***/ 4432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ formatDiff),
/* harmony export */   qB: () => (/* binding */ compareRuns),
/* harmony export */   u3: () => (/* binding */ foldsByIndex)
/* harmony export */ });
/* unused harmony exports notMeasuredReason, restsOn, WEIGHTS_NOT_COMPARED */
/* harmony import */ var _divergence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7561);
/* harmony import */ var _run_roles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4574);
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5748);
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1760);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7499);
// Compares the per-fold metrics (and weight digests) of several runs of the same training.





/**
 * A run takes part when it is a control run (run-roles.ts: only those decide the verdict) and it
 * finished, or got at least one fold done before failing.
 */
function participates(run) {
    return (0,_run_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .isControl */ .c0)(run) && (run.status === 'ok' || run.folds.length > 0);
}
/** Metric names across runs, in first-seen order. */
function metricNamesOf(runs) {
    const names = new Set();
    for (const run of runs)
        for (const f of run.folds)
            for (const name of Object.keys(f.metrics))
                names.add(name);
    return [...names];
}
/** Each run's folds by index, built once: looking a fold up must not scan the run's folds. */
function foldsByIndex(folds) {
    const byIndex = new Map();
    for (const fold of folds)
        if (!byIndex.has(fold.fold))
            byIndex.set(fold.fold, fold);
    return byIndex;
}
/** 3.1e-3; "infinite" where a NaN or infinity stands against a number; "not measured" for null (fewer than two values). */
function formatDiff(x) {
    if (x === null)
        return 'not measured';
    if (!Number.isFinite(x))
        return 'infinite (a NaN or infinity against a number)';
    if (x === 0)
        return '0';
    return Number(x.toPrecision(2)).toExponential();
}
function foldList(folds) {
    return `${folds.length === 1 ? 'fold' : 'folds'} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listed */ .KE)(folds)}`;
}
function runList(runs) {
    return `${runs.length === 1 ? 'run' : 'runs'} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .listed */ .KE)(runs.map((r) => r.run))}`;
}
/**
 * Compares the control runs fold by fold; a run of another role gives null in every `values`
 * (which line up with `runs`) and counts for nothing. Values are equal when |a − b| <= tolerance, so tolerance 0 means
 * exact equality. NaN policy (see statistics.ts): NaNs in the same place in every run count as
 * equal, since a failure repeated bit for bit is still reproducible; a NaN against a number is a
 * mismatch with maxAbsDiff Infinity (and variance NaN, as numpy gives).
 *
 * A value missing from a participating run (a fold a crashed run never reached, a file lacking
 * a fold) makes that metric not match and the verdict 'error'; everything is still computed over
 * the values present so the report can show how far the finished runs agree.
 *
 * A run with status 'stopped' was cut short on purpose by fail-fast, after a divergence: the folds
 * it did not finish are not missing. A fold is compared over the runs that finished it (and left
 * out when fewer than two did); the overall variance is over the folds every run not failed
 * finished, where there are any. The verdict is 'not-reproducible' when a fold or the divergence
 * shows a difference, and 'error' when the runs were stopped yet nothing shows one.
 */
function compareRuns(runs, tolerance, options = {}) {
    const divergence = options.divergence ?? null;
    const taking = runs.filter(participates);
    const metricNames = metricNamesOf(taking);
    const foldIndices = [...new Set(taking.flatMap((r) => r.folds.map((f) => f.fold)))].sort((a, b) => a - b);
    // One map per input run, so that every lookup below is constant time; non-participants have none.
    const byIndex = runs.map((r) => (participates(r) ? foldsByIndex(r.folds) : null));
    const controls = (0,_run_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .controlRuns */ .Ww)(runs);
    const stopped = controls.filter((r) => r.status === 'stopped');
    const missing = [];
    // Folds that a stopped run did not finish: compared over the others, left out of the variance.
    const cutShort = new Set();
    const folds = [];
    for (const fold of foldIndices) {
        // One entry per input run so values[i] lines up with runs[i]; non-participants give null.
        const entries = byIndex.map((folds) => folds?.get(fold));
        // Where a run lacks the fold, is that a gap that counts (missing) or one fail-fast left (stopped)?
        const stoppedGap = runs.map((r, i) => (0,_run_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .isControl */ .c0)(r) && r.status === 'stopped' && entries[i] === undefined);
        const counted = byIndex.map((folds, i) => folds !== null && !stoppedGap[i]);
        const present = entries.filter((e) => e !== undefined);
        if (stoppedGap.some(Boolean)) {
            // Fewer than two runs finished it before the others were stopped: nothing to compare.
            if (present.length < 2 && runs.every((_, i) => !counted[i] || entries[i]))
                continue;
            cutShort.add(fold);
        }
        runs.forEach((r, i) => {
            if (counted[i] && !entries[i])
                missing.push({ run: r.run, fold, metric: null });
        });
        const metrics = new Map();
        for (const name of metricNames) {
            const values = entries.map((e) => (e === undefined ? null : ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_2__/* .ownValue */ .e)(e.metrics, name) ?? null)));
            const presentValues = values.filter((v) => v !== null);
            const incomplete = runs.some((_, i) => counted[i] && values[i] === null);
            runs.forEach((r, i) => {
                if (counted[i] && entries[i] && values[i] === null)
                    missing.push({ run: r.run, fold, metric: name });
            });
            // One value (or none) measures no spread: null, never a 0 that reads as "identical".
            const measured = presentValues.length >= 2;
            const diff = measured ? (0,_statistics_js__WEBPACK_IMPORTED_MODULE_3__/* .maxAbsDiff */ .kN)(presentValues) : null;
            metrics.set(name, {
                values,
                maxAbsDiff: diff,
                variance: measured ? (0,_statistics_js__WEBPACK_IMPORTED_MODULE_3__/* .populationVariance */ .N8)(presentValues) : null,
                matches: !incomplete && diff !== null && diff <= tolerance,
            });
        }
        const digests = present.map((e) => e.weightsSha256);
        const weightsIdentical = present.length < 2 || digests.some((d) => d === null) ? null : digests.every((d) => d === digests[0]);
        // At tolerance 0 we promise bitwise reproducibility, and differing weights break it.
        const matches = [...metrics.values()].every((m) => m.matches) && (tolerance > 0 || weightsIdentical !== false);
        // Object.fromEntries defines each name as an own property, `__proto__` included.
        folds.push({ fold, metrics: Object.fromEntries(metrics), weightsIdentical, matches });
    }
    // Folds with fewer runs in them would weigh a different spread: the variance is over those
    // every run finished, unless fail-fast left none.
    const measuredIn = (some) => some.flatMap((f) => Object.values(f.metrics).flatMap((m) => (m.variance === null ? [] : [m.variance])));
    const completeVariances = measuredIn(folds.filter((f) => !cutShort.has(f.fold)));
    const variances = completeVariances.length > 0 ? completeVariances : measuredIn(folds);
    const diffs = folds.flatMap((f) => Object.values(f.metrics).flatMap((m) => (m.maxAbsDiff === null ? [] : [m.maxAbsDiff])));
    // Fewer than two runs with a value anywhere: nothing was measured, and the reason says why.
    const variance = variances.length > 0 ? (0,_statistics_js__WEBPACK_IMPORTED_MODULE_3__/* .mean */ .i2)(variances) : null;
    const largest = diffs.length > 0 ? diffs.reduce((acc, d) => Math.max(acc, d), 0) : null;
    const mismatchedFolds = folds.filter((f) => !f.matches).map((f) => f.fold);
    const failed = controls.filter((r) => r.status === 'failed');
    const withResults = controls.filter((r) => r.folds.length > 0);
    // A difference between values two runs both have, whatever other runs lack.
    const metricFolds = folds.filter((f) => Object.values(f.metrics).some((m) => differs(m, tolerance)));
    const weightFolds = tolerance === 0 ? folds.filter((f) => f.weightsIdentical === false) : [];
    // At tolerance 0 any difference in the weights counts, also one the final weights no longer show.
    const traceCounts = divergence !== null && tolerance === 0;
    const shown = metricFolds.length > 0 || weightFolds.length > 0 || traceCounts;
    let verdict;
    if (failed.length > 0 || missing.length > 0)
        verdict = 'error';
    else if (shown && (withResults.length >= 2 || stopped.length > 0))
        verdict = 'not-reproducible';
    else if (withResults.length < 2 || stopped.length > 0)
        verdict = 'error';
    else
        verdict = 'reproducible';
    const evidence = evidenceOf(taking, folds);
    const summary = summarize({
        verdict,
        taking,
        failed,
        stopped,
        withResults,
        missing,
        folds,
        metricFolds,
        tolerance,
        largest: largest ?? 0,
        divergence,
        evidence,
    });
    const notMeasured = variance === null ? notMeasuredReason(controls, withResults) : null;
    return { verdict, summary, tolerance, variance, maxAbsDiff: largest, notMeasured, folds, mismatchedFolds, metricNames, evidence };
}
/** Where a stopped run was: the fold of its last checkpoint, where it was traced. */
function stoppedPlace(run) {
    const last = run.trace?.at(-1);
    if (last)
        return `at fold ${last.fold}`;
    return run.folds.length === 0 ? 'before finishing a fold' : `after ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(run.folds.length, 'fold')}`;
}
/**
 * Why no variance or difference was measured (fewer than two runs gave a value of one metric in
 * one fold), from what happened: "fail-fast stopped runs 1, 2 at fold 0", "fail-fast stopped run
 * 2 at fold 1; only run 1 has fold results", "run 2 failed; only run 1 has fold results".
 */
function notMeasuredReason(controls, withResults) {
    const parts = [];
    const stopped = controls.filter((r) => r.status === 'stopped');
    if (stopped.length > 0) {
        const places = stopped.map(stoppedPlace);
        const where = places.every((place) => place === places[0])
            ? `${runList(stopped)} ${places[0]}`
            : stopped.map((r, i) => `run ${r.run} ${places[i]}`).join(', ');
        parts.push(`fail-fast stopped ${where}`);
    }
    const failed = controls.filter((r) => r.status === 'failed');
    if (failed.length > 0)
        parts.push(`${runList(failed)} failed`);
    if (withResults.length === 1)
        parts.push(`only run ${withResults[0].run} has fold results`);
    else if (withResults.length === 0 && parts.length === 0)
        parts.push('no run has fold results');
    else if (withResults.length > 1)
        parts.push('no fold was finished by two runs');
    return parts.join('; ');
}
/**
 * What the comparison saw: the folds whose metrics and final weights it compared, and the
 * checkpoints the locator compares (locateDivergence walks the traces in step, as far as the
 * shortest goes); none where some run wrote no trace.
 */
function evidenceOf(taking, folds) {
    const traced = taking.length >= 2 && taking.every((run) => (run.trace?.length ?? 0) > 0);
    return {
        metricFolds: folds.length,
        weightFolds: folds.filter((f) => f.weightsIdentical !== null).length,
        tracedCheckpoints: traced ? Math.min(...taking.map((run) => run.trace?.length ?? 0)) : 0,
    };
}
/**
 * "metrics and final weights of 3 folds and 1,204 traced checkpoints": what a bitwise-identical
 * verdict rests on; with nothing but metrics, says so and how to get the weights compared.
 */
function restsOn(evidence) {
    const { metricFolds, weightFolds, tracedCheckpoints } = evidence;
    const parts = [
        weightFolds === metricFolds && weightFolds > 0
            ? `metrics and final weights of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(metricFolds, 'fold')}`
            : `metrics of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(metricFolds, 'fold')}`,
    ];
    if (weightFolds > 0 && weightFolds < metricFolds)
        parts.push(`final weights of ${weightFolds}`);
    if (tracedCheckpoints > 0)
        parts.push(`${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .withCommas */ .rX)(tracedCheckpoints)} traced ${tracedCheckpoints === 1 ? 'checkpoint' : 'checkpoints'}`);
    return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
/** Where only metrics were compared: why the weights were not, and how to get them compared. */
const WEIGHTS_NOT_COMPARED = 'weights not compared: no run wrote a trace; see docs/trace-format.md, or the tf_repro Python package';
/** Two values present that differ beyond the tolerance (a NaN against a number included). */
function differs(m, tolerance) {
    return m.maxAbsDiff !== null && m.maxAbsDiff > tolerance;
}
function summarize(s) {
    if (s.verdict === 'error') {
        const reasons = [];
        if (s.failed.length > 0) {
            const first = s.failed[0];
            reasons.push(`${runList(s.failed)} failed (${first.error ?? 'no error message'})`);
        }
        if (s.withResults.length < 2) {
            reasons.push(`${s.withResults.length === 1 ? 'only 1 run' : 'no run'} produced results; at least 2 are needed to compare`);
        }
        if (s.missing.length > 0) {
            const m = s.missing[0];
            const what = m.metric === null ? `fold ${m.fold}` : `${m.metric} of fold ${m.fold}`;
            const more = s.missing.length > 1 ? ` (and ${s.missing.length - 1} more missing)` : '';
            reasons.push(`${what} is missing from run ${m.run}${more}`);
        }
        // A failure explains why the others stopped; otherwise say what stopped them and what is left.
        if (s.stopped.length > 0 && s.failed.length === 0)
            reasons.push(stoppedReason(s));
        const kept = s.withResults.length > 0 ? "; finished runs' results are kept" : '';
        return `Error: ${reasons.join('; ')}${kept}.`;
    }
    const weightOnly = s.folds.filter((f) => f.weightsIdentical === false && Object.values(f.metrics).every((m) => m.matches)).map((f) => f.fold);
    const weightNote = weightOnly.length > 0 ? `weights differ in ${foldList(weightOnly)} although metrics match` : '';
    const size = `${s.taking.length} runs × ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(s.folds.length, 'fold')}`;
    if (s.verdict === 'reproducible') {
        if (s.tolerance > 0) {
            const note = weightNote ? `; ${weightNote}` : '';
            return `Reproducible: ${size} agreed within tolerance ${s.tolerance} (largest difference ${formatDiff(s.largest)})${note}.`;
        }
        const { weightFolds, tracedCheckpoints } = s.evidence;
        return weightFolds === 0 && tracedCheckpoints === 0
            ? `Reproducible: ${size} gave bitwise-identical metrics (${WEIGHTS_NOT_COMPARED}).`
            : `Reproducible: ${size}: ${restsOn(s.evidence)}, all bitwise identical.`;
    }
    const cut = s.stopped.length > 0
        ? `; fail-fast then stopped ${runList(s.stopped)}, so the folds ${s.stopped.length === 1 ? 'it' : 'they'} did not finish are not compared`
        : '';
    const metricsDiffer = s.metricFolds.length > 0 ? metricsSentence(s.metricFolds) : '';
    if (s.divergence && s.stopped.length > 0) {
        return `Not reproducible: ${(0,_divergence_js__WEBPACK_IMPORTED_MODULE_4__/* .describeDivergence */ .SB)(s.divergence)}${metricsDiffer ? `; ${metricsDiffer}` : ''}${cut}.`;
    }
    if (!metricsDiffer) {
        // At tolerance 0 every metric agrees, yet the weights do not: nothing in the metrics would show it.
        const where = s.divergence ? `; ${(0,_divergence_js__WEBPACK_IMPORTED_MODULE_4__/* .describeDivergence */ .SB)(s.divergence)}` : '';
        if (weightOnly.length > 0)
            return `Not reproducible: hidden non-determinism: metrics agree but the weights differ in ${foldList(weightOnly)}${where}${cut}.`;
        const agree = s.folds.length > 0 && s.folds.every((f) => f.weightsIdentical === true) ? 'metrics and final weights agree' : 'metrics agree';
        const parted = s.divergence ? (0,_divergence_js__WEBPACK_IMPORTED_MODULE_4__/* .describeDivergence */ .SB)(s.divergence) : 'the runs differ';
        return `Not reproducible: hidden non-determinism: ${agree} but ${parted}${cut}.`;
    }
    const note = weightNote ? `; ${weightNote}` : '';
    return `Not reproducible: ${metricsDiffer}${note}${cut}.`;
}
/** "folds 2, 5 differ; largest difference 3e-4 in accuracy (fold 5)". */
function metricsSentence(metricFolds) {
    // Where the largest difference sits, for the sentence.
    let at = { fold: -1, metric: '', diff: -1 };
    for (const f of metricFolds) {
        for (const [metric, m] of Object.entries(f.metrics)) {
            if (m.maxAbsDiff !== null && m.maxAbsDiff > at.diff)
                at = { fold: f.fold, metric, diff: m.maxAbsDiff };
        }
    }
    const differ = `${foldList(metricFolds.map((f) => f.fold))} ${metricFolds.length === 1 ? 'differs' : 'differ'}`;
    return `${differ}; largest difference ${formatDiff(at.diff)} in ${at.metric} (fold ${at.fold})`;
}
/** Why runs that fail-fast stopped leave no verdict: nothing they finished differs (as the tolerance counts). */
function stoppedReason(s) {
    const were = `${runList(s.stopped)} ${s.stopped.length === 1 ? 'was' : 'were'} stopped early`;
    if (s.divergence && s.tolerance > 0) {
        return `${were} at a difference in the weights that tolerance ${s.tolerance} allows (${(0,_divergence_js__WEBPACK_IMPORTED_MODULE_4__/* .describeDivergence */ .SB)(s.divergence)}), and nothing that finished differs beyond it: set fail-fast to false to train everything`;
    }
    return `${were}, yet nothing that finished differs: the rest is not compared`;
}
//# sourceMappingURL=compare.js.map

/***/ }),

/***/ 682:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ costSide),
/* harmony export */   Of: () => (/* binding */ numbersDeltaWords),
/* harmony export */   XV: () => (/* binding */ costComparison)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4432);
/* harmony import */ var _divergence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7561);
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5748);
/* harmony import */ var _run_roles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4574);
// What determinism costs, and whether it was needed: the runs with the settings beside the same
// runs without them (compare-nondeterministic), as the experiment this project automates set them
// side by side, and which of four cases the runner is in. Pure.




/** One side of the table from its runs and their comparison: the runs with results, and their mean time. */
function costSide(runs, comparison, divergence) {
    const withResults = (0,_run_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .controlRuns */ .Ww)(runs).filter((r) => r.folds.length > 0);
    return {
        runs: withResults.length,
        verdict: comparison.verdict,
        variance: comparison.variance,
        maxAbsDiff: comparison.maxAbsDiff,
        secondsPerRun: withResults.length > 0 ? (0,_statistics_js__WEBPACK_IMPORTED_MODULE_1__/* .mean */ .i2)(withResults.map((r) => r.durationSeconds)) : 0,
        divergence,
    };
}
/** "runs 1 and 2 part at fold 0, epoch 2 (first in dense/kernel)", or the spread where no divergence is known. */
function howTheyPart(side) {
    const d = side.divergence;
    if (d)
        return `runs ${d.runs[0]} and ${d.runs[1]} part ${(0,_divergence_js__WEBPACK_IMPORTED_MODULE_2__/* .partingPlace */ .Vf)(d)}`;
    return `the runs differ (variance ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiff */ .Vs)(side.variance)}, largest difference ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiff */ .Vs)(side.maxAbsDiff)})`;
}
/** With over without, where both took measurable time. */
function overheadOf(withSide, withoutSide) {
    const ok = (s) => Number.isFinite(s) && s > 0;
    return ok(withSide.secondsPerRun) && ok(withoutSide.secondsPerRun) ? withSide.secondsPerRun / withoutSide.secondsPerRun : null;
}
function decide(withSide, withoutSide, overhead, options) {
    const withOk = withSide.verdict === 'reproducible';
    const withoutOk = withoutSide.verdict === 'reproducible';
    const errors = [withSide.verdict === 'error' ? 'with' : null, withoutSide.verdict === 'error' ? 'without' : null].filter((s) => s !== null);
    if (errors.length > 0) {
        const which = errors.length === 2 ? 'neither side could be compared' : `the runs ${errors[0]} the settings could not be compared`;
        return { case: 'inconclusive', explanation: `Inconclusive: ${which} (verdict error), so there is nothing to set the other side against.` };
    }
    if (withOk && !withoutOk) {
        return {
            case: 'needed-and-sufficient',
            explanation: `The settings are needed and sufficient here: without them ${howTheyPart(withoutSide)}; with them the runs agree.`,
        };
    }
    if (withOk && withoutOk) {
        if (!options.freeRunsWereSeeded) {
            return {
                case: 'inconclusive',
                explanation: 'Inconclusive: the runs without the settings agreed too, but they train with no seed at all, which cannot give the same numbers twice unless the check is broken: the settings reached those runs, or nothing was compared.',
            };
        }
        if (options.sameNumbers === false) {
            const delta = options.numbersDelta ? ` (${numbersDeltaWords(options.numbersDelta)})` : '';
            return {
                case: 'needed-to-pin',
                explanation: `Each side agrees with itself, but without the settings the numbers are other ones${delta}: a runner without them gets other numbers.`,
            };
        }
        return { case: 'not-needed', explanation: `Not needed on this runner: the runs without the settings agreed too${notNeededCost(overhead)}.` };
    }
    if (!withOk && !withoutOk) {
        return {
            case: 'not-sufficient',
            explanation: `Not sufficient on this runner: with the settings ${howTheyPart(withSide)}, and without them the runs vary too (variance ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiff */ .Vs)(withSide.variance)} with, ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiff */ .Vs)(withoutSide.variance)} without).`,
        };
    }
    return {
        case: 'inconclusive',
        explanation: `Inconclusive: with the settings ${howTheyPart(withSide)}, yet without them the runs agreed, so the difference is not for want of the settings: it comes and goes, or the settings bring it. Run the check again to tell.`,
    };
}
/**
 * What the settings cost where they were not needed, as measured: a ratio of 1 or more is time
 * they cost; below 1 the runs with them were faster (other work on the runner, a cache the first
 * side warmed), which is no cost at all and is said so.
 */
function notNeededCost(overhead) {
    if (overhead === null)
        return '; what the settings cost in time was not measured';
    const ratio = `${overhead.toFixed(2)}×`;
    if (overhead >= 1)
        return `, so here the settings only cost time: a run takes ${ratio} as long with them`;
    return `; the runs with the settings were faster (${ratio}); the settings cost no time here`;
}
/** "loss of fold 0: 0.29427 with, 0.30461 without". */
function numbersDeltaWords(delta, control = 'with', other = 'without') {
    return `${delta.metric} of fold ${delta.fold}: ${String(delta.control)} ${control}, ${String(delta.other)} ${other}`;
}
/** The experiment's table: both sides, the overhead (with over without), whether they gave the same numbers, and which case this is. */
function costComparison(withSide, withoutSide, options) {
    const overhead = overheadOf(withSide, withoutSide);
    const numbers = options.sameNumbers === undefined ? {} : { sameNumbers: options.sameNumbers, numbersDelta: options.numbersDelta ?? null };
    return { with: withSide, without: withoutSide, overhead, ...decide(withSide, withoutSide, overhead, options), ...numbers };
}
//# sourceMappingURL=cost.js.map

/***/ }),

/***/ 7561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ rankList),
/* harmony export */   Ie: () => (/* binding */ checkpointPlace),
/* harmony export */   SB: () => (/* binding */ describeDivergence),
/* harmony export */   Vf: () => (/* binding */ partingPlace),
/* harmony export */   Ym: () => (/* binding */ DivergenceWatch),
/* harmony export */   nV: () => (/* binding */ locateDivergence)
/* harmony export */ });
/* unused harmony export sameTrace */
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7499);
/* harmony import */ var _run_roles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4574);
// Where runs first part: the earliest checkpoint of the lowest fold at which two runs' variable
// digests differ, or, where every checkpoint agrees, the fold whose results differ. Pure.
//
// Within a fold, checkpoints are ordered by epoch (0: initialisation), and within an epoch the
// batches ascending, then the epoch's end (batch null). A checkpoint one run has and another
// lacks (it stopped or failed before) is no difference: only what two runs both have compares.
// A distributed run's ranks (TraceCheckpoint.rank) are compared rank by rank: rank R of one run
// with rank R of the others, never with another rank (comparison/replicas.ts compares those).


/** The end of an epoch sorts after every batch of it. */
const EPOCH_END = Infinity;
/** The same variables with the same digests, in any order. Own names only: a name is user text (`__proto__`, `constructor`). */
function sameDigests(a, b) {
    if (a === b)
        return true;
    const names = Object.keys(a);
    if (names.length !== Object.keys(b).length)
        return false;
    for (const name of names)
        if (!Object.hasOwn(b, name) || a[name] !== b[name])
            return false;
    return true;
}
/**
 * sameDigests against one checkpoint, for comparing many runs with it: a run that lists the same
 * names in the same order (as every run of one model does) is compared value by value in one
 * for-in pass, which allocates nothing; any other order falls back to lookups by name.
 */
function sameDigestsAs(reference) {
    const names = Object.keys(reference);
    const values = Object.values(reference);
    return (other) => {
        if (other === reference)
            return true;
        let i = 0;
        // Plain objects from JSON: for-in gives their own names, in order.
        for (const name in other) {
            if (name !== names[i])
                return sameDigests(reference, other);
            if (other[name] !== values[i])
                return false;
            i++;
        }
        return i === names.length;
    };
}
/** Two checkpoints at the same point of the same fold, with the same variables and digests (the validation loss aside). */
function sameTrace(a, b) {
    return a.fold === b.fold && a.epoch === b.epoch && a.batch === b.batch && sameDigests(a.digests, b.digests);
}
/**
 * The variables whose digests are not the same in every one of `present` (lowest run first),
 * a variable one of them lacks included: in the lowest run's order, then any others in the
 * order the next runs name them.
 */
function differingVariables(present) {
    const names = new Set();
    for (const digests of present)
        for (const name of Object.keys(digests))
            names.add(name);
    const differing = [];
    for (const name of names) {
        const first = present[0];
        const value = Object.hasOwn(first, name) ? first[name] : undefined;
        if (present.some((d) => !Object.hasOwn(d, name) || d[name] !== value))
            differing.push(name);
    }
    return differing;
}
function partingAt(runs, fold, epoch, batch, variables, inputDigests = [undefined, undefined]) {
    const divergence = { runs, fold, stage: epoch === 0 ? 'init' : 'epoch', epoch, batch, variables };
    const [a, b] = inputDigests;
    if (a !== undefined && b !== undefined)
        divergence.inputs = a === b ? 'same' : 'differ';
    return divergence;
}
/** A run's first checkpoint at a point of a fold. */
function checkpointAt(run, fold, epoch, batch) {
    return run?.trace?.find((c) => c.fold === fold && c.epoch === epoch && c.batch === batch);
}
/** A run's folds by index (its first result of each), so that looking one up scans nothing. */
function resultsByFold(folds) {
    const byFold = new Map();
    for (const fold of folds)
        if (!byFold.has(fold.fold))
            byFold.set(fold.fold, fold);
    return byFold;
}
/**
 * Every checkpoint compared with the lowest run's at the same point, in one pass over the runs in
 * ascending number (each run's trace read in order, as it lies in memory). Equal digests are the
 * same for every run that equals the lowest, so one comparison per run and checkpoint finds the
 * lowest run that differs from the lowest; each run counts once at a point (its first checkpoint there).
 */
function comparePoints(inOrder) {
    const byFold = new Map();
    for (const run of inOrder) {
        // A run's checkpoints come fold by fold: look the fold up only when it changes.
        let fold = null;
        let epochs;
        for (const checkpoint of run.trace ?? []) {
            if (checkpoint.fold !== fold || !epochs) {
                fold = checkpoint.fold;
                epochs = byFold.get(fold);
                if (!epochs)
                    byFold.set(fold, (epochs = new Map()));
            }
            let batches = epochs.get(checkpoint.epoch);
            if (!batches)
                epochs.set(checkpoint.epoch, (batches = new Map()));
            const batch = checkpoint.batch ?? EPOCH_END;
            const point = batches.get(batch);
            if (!point) {
                batches.set(batch, { lowest: run.run, sameAsLowest: sameDigestsAs(checkpoint.digests), last: run.run, differing: null });
            }
            else if (point.last !== run.run) {
                point.last = run.run;
                if (point.differing === null && !point.sameAsLowest(checkpoint.digests))
                    point.differing = run.run;
            }
        }
    }
    return byFold;
}
/** Each run's first digests at one point of a fold, lowest run first. */
function digestsAt(inOrder, fold, epoch, batch) {
    const present = [];
    for (const run of inOrder) {
        const checkpoint = run.trace?.find((c) => c.fold === fold && c.epoch === epoch && c.batch === batch);
        if (checkpoint)
            present.push(checkpoint.digests);
    }
    return present;
}
const ascending = (a, b) => a - b;
/** The fold's points in training order. */
function* pointsInOrder(points) {
    for (const epoch of [...points.keys()].sort(ascending)) {
        const batches = points.get(epoch);
        for (const batch of [...batches.keys()].sort(ascending)) {
            yield { epoch, batch: batch === EPOCH_END ? null : batch, point: batches.get(batch) };
        }
    }
}
/** The first point of a fold where two runs' digests differ, or null. */
function partingInTrace(inOrder, fold, points) {
    for (const { epoch, batch, point } of pointsInOrder(points)) {
        if (point.differing === null)
            continue;
        const variables = differingVariables(digestsAt(inOrder, fold, epoch, batch));
        const [a, b] = [point.lowest, point.differing].map((n) => checkpointAt(inOrder.find((run) => run.run === n), fold, epoch, batch)?.inputSha256);
        return partingAt([point.lowest, point.differing], fold, epoch, batch, variables, [a, b]);
    }
    return null;
}
/** Same as compare.ts counts it: NaN equals NaN, and otherwise |a − b| <= tolerance. */
function differentValues(a, b, tolerance) {
    if (a === b || (Number.isNaN(a) && Number.isNaN(b)))
        return false;
    if (Number.isNaN(a) || Number.isNaN(b))
        return true;
    return Math.abs(a - b) > tolerance;
}
/**
 * The lowest pair (by the first run, then the second) among `values` (lowest run first; undefined:
 * that run has none) whose values differ by `differ`, in one pass back to front: `later` keeps a
 * summary of the values after each position, enough to say whether any of them differs.
 */
function lowestPair(values, empty, withValue, anyDiffers, differ) {
    const after = new Array(values.length);
    let later = empty;
    for (let i = values.length - 1; i >= 0; i--) {
        after[i] = later;
        const value = values[i];
        if (value !== undefined)
            later = withValue(later, value);
    }
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (value === undefined || !anyDiffers(after[i], value))
            continue;
        for (let j = i + 1; j < values.length; j++) {
            const other = values[j];
            if (other !== undefined && differ(value, other))
                return [i, j];
        }
    }
    return null;
}
function lowestMetricPair(values, tolerance) {
    return lowestPair(values, { min: Infinity, max: -Infinity, nan: false, numbers: false }, (later, v) => (Number.isNaN(v) ? { ...later, nan: true } : { min: Math.min(later.min, v), max: Math.max(later.max, v), nan: later.nan, numbers: true }), (later, v) => {
        if (Number.isNaN(v))
            return later.numbers;
        return later.nan || (later.numbers && (differentValues(later.max, v, tolerance) || differentValues(later.min, v, tolerance)));
    }, (a, b) => differentValues(a, b, tolerance));
}
function lowestDigestPair(digests) {
    return lowestPair(digests, { first: null, several: false }, (later, d) => ({ first: d, several: later.several || (later.first !== null && later.first !== d) }), (later, d) => later.several || (later.first !== null && later.first !== d), (a, b) => a !== b);
}
/**
 * The lowest two runs whose results of a fold differ as compare.ts counts it: a metric both have
 * beyond the tolerance, or at tolerance 0 final weights both know. Linear in the runs: a fold
 * that fails to match only because a run lacks it costs no pairwise scan.
 */
function resultsPair(entries, tolerance) {
    const names = new Set();
    for (const e of entries)
        for (const name of Object.keys(e.fold.metrics))
            names.add(name);
    const pairs = [];
    for (const name of names) {
        const values = entries.map((e) => (Object.hasOwn(e.fold.metrics, name) ? e.fold.metrics[name] : undefined));
        const pair = lowestMetricPair(values, tolerance);
        if (pair)
            pairs.push(pair);
    }
    if (tolerance === 0) {
        const pair = lowestDigestPair(entries.map((e) => e.fold.weightsSha256 ?? undefined));
        if (pair)
            pairs.push(pair);
    }
    if (pairs.length === 0)
        return null;
    const [i, j] = pairs.reduce((best, p) => (p[0] < best[0] || (p[0] === best[0] && p[1] < best[1]) ? p : best));
    return [entries[i].run, entries[j].run];
}
/** Whether two runs both have some checkpoint of the fold: only then can they be said to agree at all of them. */
function shareACheckpoint(inOrder, fold, a, b) {
    const pointsOf = (n) => (inOrder.find((r) => r.run === n)?.trace ?? []).filter((c) => c.fold === fold).map((c) => `${c.epoch}:${c.batch}`);
    const ofA = new Set(pointsOf(a));
    return pointsOf(b).some((point) => ofA.has(point));
}
/** Each rank's runs: the runs with only that rank's checkpoints (null: those without a rank), ranks ascending. */
function runsByRank(inOrder) {
    const ranks = new Set();
    for (const run of inOrder)
        for (const checkpoint of run.trace ?? [])
            ranks.add(checkpoint.rank ?? null);
    // One process: the runs as they are, no copies.
    if (ranks.size === 0 || (ranks.size === 1 && ranks.has(null)))
        return [[null, [...inOrder]]];
    return [...ranks]
        .sort((a, b) => (a ?? -1) - (b ?? -1))
        .map((rank) => [rank, inOrder.map((run) => ({ ...run, trace: run.trace?.filter((c) => (c.rank ?? null) === rank) }))]);
}
/** Where a point sorts within its fold: by epoch, then batch, the epoch's end after its batches. */
function pointOrder(d) {
    return [d.epoch ?? 0, d.batch ?? EPOCH_END];
}
/**
 * Whether the runs' inputs of the step already differ at a parting point: the `inputs` a trace
 * with input digests gives a divergence ('differ'; absent where the trace has none).
 */
function inputsDiffer(d) {
    return d.inputs === 'differ';
}
/**
 * The first point of a fold where two runs part on any rank: the earliest point, and `ranks` the
 * ranks that part there, the lowest of them naming the runs and variables. Under DDP's all-reduce
 * every rank parts at the step where one rank's data differed: where input digests say whose
 * inputs differ, only those ranks are named.
 */
function partingOnRanks(byRank, fold) {
    let atFirst = [];
    for (const [rank, runs, traces] of byRank) {
        const points = traces.get(fold);
        const parting = points ? partingInTrace(runs, fold, points) : null;
        if (!parting)
            continue;
        const order = pointOrder(parting);
        const firstOrder = atFirst.length > 0 ? pointOrder(atFirst[0].parting) : null;
        if (firstOrder && (firstOrder[0] < order[0] || (firstOrder[0] === order[0] && firstOrder[1] < order[1])))
            continue;
        if (!firstOrder || firstOrder[0] !== order[0] || firstOrder[1] !== order[1])
            atFirst = [];
        atFirst.push({ rank, parting });
    }
    const byData = atFirst.filter(({ parting }) => inputsDiffer(parting));
    const named = byData.length > 0 ? byData : atFirst;
    const first = named[0];
    if (!first)
        return null;
    const ranks = named.flatMap(({ rank }) => (rank === null ? [] : [rank]));
    return ranks.length > 0 ? { ...first.parting, ranks } : first.parting;
}
/**
 * The first point where two runs part, in the lowest fold where any do; null when nothing differs.
 *
 * In a fold: the first checkpoint two runs both have where their digests differ (stage 'init' for
 * epoch 0, else 'epoch'), naming the lowest run there and the lowest that differs from it, and the
 * variables that differ among the runs there. A fold whose checkpoints all agree but that
 * `comparison` says does not match: the lowest two runs whose results differ, stage 'evaluation'
 * when those two share checkpoints of the fold (and so agree at every one), else null (only the
 * fold is known). A fold that does not match only because a run lacks it has no divergence.
 *
 * Work: one pass over the checkpoints, one comparison per run and checkpoint; no scan of pairs.
 */
function locateDivergence(runs, comparison) {
    // Only control runs decide (run-roles.ts).
    const inOrder = (0,_run_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .controlRuns */ .Ww)(runs).sort((a, b) => a.run - b.run);
    const byRank = runsByRank(inOrder).map(([rank, rankRuns]) => [rank, rankRuns, comparePoints(rankRuns)]);
    const unmatched = new Set(comparison.folds.filter((f) => !f.matches).map((f) => f.fold));
    const folds = [...new Set([...byRank.flatMap(([, , traces]) => [...traces.keys()]), ...unmatched])].sort(ascending);
    let results = null;
    for (const fold of folds) {
        const inTrace = partingOnRanks(byRank, fold);
        if (inTrace)
            return inTrace;
        if (!unmatched.has(fold))
            continue;
        results ??= inOrder.map((run) => resultsByFold(run.folds));
        const entries = [];
        inOrder.forEach((run, i) => {
            const result = results?.[i]?.get(fold);
            if (result)
                entries.push({ run: run.run, fold: result });
        });
        const pair = resultsPair(entries, comparison.tolerance);
        if (!pair)
            continue;
        const traced = shareACheckpoint(inOrder, fold, pair[0], pair[1]);
        return { runs: pair, fold, stage: traced ? 'evaluation' : null, epoch: null, batch: null, variables: [] };
    }
    return null;
}
/**
 * Compares checkpoints as they arrive from runs training side by side, in any interleaving, for
 * fail-fast. `add` returns the divergence the first time two runs' checkpoints at the same fold,
 * epoch and batch differ; null before that, and null again afterwards (the `divergence` property
 * keeps it), so a caller stops the work once. A run's second checkpoint at a point it already gave
 * is ignored, as locateDivergence ignores it.
 *
 * It answers exactly what locateDivergence answers for the checkpoints added so far: each is
 * compared on arrival with those already at its point (which all agree), so when one differs its
 * point is the only one where any runs part. It is the first difference it sees, which need not be the first of the finished traces: with folds
 * trained in parallel a difference in fold 3 can arrive before one in fold 0, and a slow run can
 * later differ at an earlier epoch of the same fold. Only the trace is watched: a fold whose
 * results differ although every checkpoint agrees (stage 'evaluation') is locateDivergence's.
 */
class DivergenceWatch {
    /** rank:fold (rank empty for a run of one process) → epoch → batch (EPOCH_END for null) → the point. */
    #points = new Map();
    #divergence = null;
    /** The divergence found, once `add` has returned it. */
    get divergence() {
        return this.#divergence;
    }
    add(run, checkpoint) {
        if (this.#divergence)
            return null;
        const { fold, epoch, batch, digests } = checkpoint;
        const key = `${checkpoint.rank ?? ''}:${fold}`;
        let epochs = this.#points.get(key);
        if (!epochs)
            this.#points.set(key, (epochs = new Map()));
        let batches = epochs.get(epoch);
        if (!batches)
            epochs.set(epoch, (batches = new Map()));
        const point = batches.get(batch ?? EPOCH_END);
        if (!point) {
            batches.set(batch ?? EPOCH_END, { runs: new Set([run]), lowest: run, digests, inputSha256: checkpoint.inputSha256, sameAsSeen: sameDigestsAs(digests) });
            return null;
        }
        if (point.runs.has(run))
            return null;
        if (point.sameAsSeen(digests)) {
            point.runs.add(run);
            // The same digests, perhaps named in another order: the lowest run's order names the variables.
            if (run < point.lowest)
                Object.assign(point, { lowest: run, digests, inputSha256: checkpoint.inputSha256 });
            return null;
        }
        const lowerFirst = run < point.lowest;
        const variables = differingVariables(lowerFirst ? [digests, point.digests] : [point.digests, digests]);
        const inputs = lowerFirst
            ? [checkpoint.inputSha256, point.inputSha256]
            : [point.inputSha256, checkpoint.inputSha256];
        this.#divergence = partingAt(lowerFirst ? [run, point.lowest] : [point.lowest, run], fold, epoch, batch, variables, inputs);
        if (checkpoint.rank !== undefined)
            this.#divergence.ranks = [checkpoint.rank];
        this.#points.clear();
        return this.#divergence;
    }
}
/** "a", "a and b", "a, b and c", "a, b, c and 5 more": a user's variable names, each on one line. */
function variableList(names) {
    const shown = names.slice(0, 3).map((name) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(name, 100));
    if (names.length > 3)
        return `${shown.join(', ')} and ${names.length - 3} more`;
    if (shown.length <= 1)
        return shown.join('');
    return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
/** A checkpoint's place in words: "fold 0, epoch 2, batch 37", "fold 0, epoch 2" (its end), "fold 2, at initialisation" (epoch 0). */
function checkpointPlace(c) {
    if (c.epoch === 0)
        return `fold ${c.fold}, at initialisation`;
    return `fold ${c.fold}, epoch ${c.epoch ?? '?'}${c.batch === null ? '' : `, batch ${c.batch}`}`;
}
/** Where in a fold two runs part, in words: "fold 0, epoch 2, batch 37 on rank 1", "fold 2, at initialisation". */
function placeOf(d) {
    const ranks = d.ranks === undefined || d.ranks.length === 0 ? '' : ` on ${rankList(d.ranks)}`;
    return `${checkpointPlace(d.stage === 'init' ? { ...d, epoch: 0 } : d)}${ranks}`;
}
/** "rank 1", "ranks 0 and 1", "ranks 0, 1 and 2". */
function rankList(ranks) {
    if (ranks.length === 1)
        return `rank ${ranks[0]}`;
    return `ranks ${ranks.slice(0, -1).join(', ')} and ${ranks[ranks.length - 1]}`;
}
/**
 * Where the two runs part, to follow "runs 1 and 2 part": "at fold 0, epoch 2 (first in
 * dense/kernel)", "in the evaluation of fold 4", "in fold 4". For a sentence that names the runs itself.
 */
function partingPlace(d) {
    if (d.stage === 'evaluation')
        return `in the evaluation of fold ${d.fold}`;
    if (d.stage === null)
        return `in fold ${d.fold}`;
    const variables = d.variables.length === 0 ? '' : ` (${d.stage === 'init' ? 'in' : 'first in'} ${variableList(d.variables)})`;
    return `at ${placeOf(d)}${variables}`;
}
/** Data or computation (issue 22, part 7), where both runs digested the inputs at the parting point. */
function inputsClause(d) {
    if (d.inputs === 'differ')
        return `; the inputs of ${placeOf(d)} already differ: the data order, augmentation or fold split`;
    if (d.inputs === 'same')
        return '; the inputs were the same; the weights parted after the step: the computation';
    return '';
}
/**
 * One sentence, without a final full stop, saying where two runs part: "runs 1 and 2 part at
 * fold 0, epoch 2, batch 37; first in conv2d_1/kernel".
 */
function describeDivergence(d) {
    const pair = `runs ${d.runs[0]} and ${d.runs[1]}`;
    switch (d.stage) {
        case 'evaluation':
            return `${pair} agree at every checkpoint of fold ${d.fold} but its results differ: the difference arises in evaluation`;
        case null:
            return `${pair} differ in fold ${d.fold} (no trace to say where: write one to $TF_REPRO_TRACE)`;
        default: {
            const variables = d.variables.length === 0 ? '' : `; ${d.stage === 'init' ? 'in' : 'first in'} ${variableList(d.variables)}`;
            const unnarrowed = d.stage === 'epoch' && d.batch === null && d.narrowing?.status === 'agreed'
                ? '; the re-train with per-batch digests did not part, so the batch is unknown'
                : '';
            return `${pair} part at ${placeOf(d)}${variables}${unnarrowed}${inputsClause(d)}`;
        }
    }
}
//# sourceMappingURL=divergence.js.map

/***/ }),

/***/ 836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ compareWithBaseline),
/* harmony export */   a_: () => (/* binding */ metricMoved),
/* harmony export */   iW: () => (/* binding */ unavailableDrift)
/* harmony export */ });
/* unused harmony export settingsThatDiffer */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4432);
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1760);
/* harmony import */ var _run_roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4574);
/* harmony import */ var _inputs_setting_roles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51);




function unavailableDrift(source, reason, tolerance) {
    return {
        status: 'unavailable',
        reason,
        source,
        baseline: null,
        tolerance,
        settingsDiffer: [],
        comparedFolds: 0,
        onlyInBaseline: [],
        onlyInCurrent: [],
        changedFolds: [],
        weightsChanged: null,
        largest: null,
        notes: [],
    };
}
/** The command's text, where the settings have one: a check with one (on either side) is a command check. */
const commandOf = (settings) => typeof settings.command === 'object' && settings.command !== null ? settings.command.command : undefined;
/** The backend that ran, where every control run that reported one agrees on it. */
function backendRan(runs) {
    const ran = [
        ...new Set((0,_run_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .controlRuns */ .Ww)(runs)
            .map((run) => run.environment?.backend)
            .filter((backend) => backend !== undefined)),
    ];
    return ran.length === 1 ? ran[0] : null;
}
function shown(name, value) {
    if (value === undefined || value === null || value === '')
        return name === 'dataset' ? 'embedded MNIST' : 'none';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/**
 * The settings that decide the numbers and differ between the baseline and this check, in the
 * inputs' own names. The backend counts as it ran where both sides say, else as it was chosen.
 */
function settingsThatDiffer(current, baseline) {
    const commandCheck = Boolean(commandOf(current.settings) ?? commandOf(baseline.settings));
    const differences = [];
    for (const { input, read } of commandCheck ? _inputs_setting_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_COMMAND_SETTINGS */ .yt : _inputs_setting_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .DRIFT_TRAINING_SETTINGS */ .n9) {
        const [was, is] = [shown(input, read(baseline.settings)), shown(input, read(current.settings))];
        if (was !== is)
            differences.push({ name: input, baseline: was, current: is });
    }
    // SETTING_ROLES' one 'as-ran' row: the backend.
    if (!commandCheck) {
        const [wasRan, isRan] = [backendRan(baseline.runs), backendRan(current.runs)];
        const backend = (settings, ran) => {
            const chosen = shown('backend', settings.backend);
            return ran === null || ran === chosen ? chosen : `${chosen} (ran on ${ran})`;
        };
        const differ = wasRan !== null && isRan !== null ? wasRan !== isRan : shown('backend', baseline.settings.backend) !== shown('backend', current.settings.backend);
        if (differ)
            differences.push({ name: 'backend', baseline: backend(baseline.settings, wasRan), current: backend(current.settings, isRan) });
    }
    return differences;
}
/** Per fold, the results of the first control run (in run order) that finished it: that run stands for its check. */
function foldsOfCheck(runs) {
    const folds = new Map();
    for (const run of (0,_run_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .controlRuns */ .Ww)(runs).sort((a, b) => a.run - b.run)) {
        for (const [index, fold] of (0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .foldsByIndex */ .u3)(run.folds))
            if (!folds.has(index))
                folds.set(index, fold);
    }
    return folds;
}
/** Equal within `tolerance`; NaN equals NaN, as between runs (comparison/statistics.ts). */
function within(a, b, tolerance) {
    return a === b || (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= tolerance;
}
/** A metric that moved beyond tolerance, or that one side lacks. */
function metricMoved(metric, tolerance) {
    return metric.baseline === null || metric.current === null || !within(metric.baseline, metric.current, tolerance);
}
function metricDrift(baseline, current) {
    const same = baseline !== null && current !== null && (baseline === current || (Number.isNaN(baseline) && Number.isNaN(current)));
    return { baseline, current, delta: baseline === null || current === null ? null : same ? 0 : current - baseline };
}
/** The fold's drift, or null where nothing moved beyond tolerance (at tolerance 0 the weights count too, as between runs). */
function foldDrift(index, was, is, tolerance) {
    const names = [...new Set([...Object.keys(was.metrics), ...Object.keys(is.metrics)])];
    let moved = false;
    const metrics = names.map((name) => {
        const [before, after] = [(0,_util_records_js__WEBPACK_IMPORTED_MODULE_3__/* .ownValue */ .e)(was.metrics, name) ?? null, (0,_util_records_js__WEBPACK_IMPORTED_MODULE_3__/* .ownValue */ .e)(is.metrics, name) ?? null];
        if (before === null || after === null || !within(before, after, tolerance))
            moved = true;
        return [name, metricDrift(before, after)];
    });
    const weightsChanged = was.weightsSha256 === null || is.weightsSha256 === null ? null : was.weightsSha256 !== is.weightsSha256;
    if (tolerance === 0 && weightsChanged === true)
        moved = true;
    // Object.fromEntries makes every name an own property, `__proto__` included.
    return { drift: moved ? { fold: index, metrics: Object.fromEntries(metrics), weightsChanged } : null, weightsChanged };
}
/** The metric that moved most: a NaN against a number counts as the farthest. */
function largestMove(folds, tolerance) {
    let largest = null;
    let farthest = -1;
    for (const fold of folds) {
        for (const [metric, { baseline, current, delta }] of Object.entries(fold.metrics)) {
            if (delta === null || !metricMoved({ baseline, current, delta }, tolerance))
                continue;
            const distance = Number.isNaN(delta) ? Infinity : Math.abs(delta);
            if (distance > farthest)
                [farthest, largest] = [distance, { fold: fold.fold, metric, delta }];
        }
    }
    return largest;
}
const sorted = (folds) => [...folds].sort((a, b) => a - b);
/**
 * This check against the baseline: the folds both finished, compared by the values of the first
 * run that finished each (a reproducible check's runs all agree); tolerance is the check's own.
 * 'unavailable' when no fold was finished on both sides.
 */
function compareWithBaseline(current, baseline, source, tolerance) {
    const [was, is] = [foldsOfCheck(baseline.runs), foldsOfCheck(current.runs)];
    const common = sorted([...is.keys()].filter((fold) => was.has(fold)));
    const described = {
        source,
        baseline: { createdAt: baseline.createdAt, toolVersion: baseline.toolVersion, verdict: baseline.verdict },
        tolerance,
        settingsDiffer: settingsThatDiffer(current, baseline),
        onlyInBaseline: sorted([...was.keys()].filter((fold) => !is.has(fold))),
        onlyInCurrent: sorted([...is.keys()].filter((fold) => !was.has(fold))),
    };
    if (common.length === 0) {
        const reason = is.size === 0
            ? 'this check finished no fold to compare'
            : was.size === 0
                ? "the baseline's report has no finished fold"
                : 'no fold was finished both by this check and by the baseline';
        return { ...unavailableDrift(source, reason, tolerance), ...described };
    }
    const changedFolds = [];
    const weights = [];
    for (const index of common) {
        const { drift, weightsChanged } = foldDrift(index, was.get(index), is.get(index), tolerance);
        weights.push(weightsChanged);
        if (drift)
            changedFolds.push(drift);
    }
    const notes = [];
    if (current.verdict === 'not-reproducible')
        notes.push("this check's runs differ among themselves: the first run to finish each fold stands for it, and a drift within their own spread is noise");
    if (baseline.verdict === 'not-reproducible')
        notes.push("the baseline's runs differed among themselves: the first run to finish each fold stands for it, and a drift within their spread is noise");
    if (baseline.toolVersion !== null && baseline.toolVersion !== current.tool.version)
        notes.push(`the baseline was written by tf-repro ${baseline.toolVersion}, this check by ${current.tool.version}: a new tf-repro can move the numbers too`);
    return {
        status: changedFolds.length > 0 ? 'changed' : 'unchanged',
        reason: null,
        ...described,
        comparedFolds: common.length,
        changedFolds,
        weightsChanged: weights.includes(true) ? true : weights.includes(false) ? false : null,
        largest: largestMove(changedFolds, tolerance),
        notes,
    };
}
//# sourceMappingURL=drift.js.map

/***/ }),

/***/ 8654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ experimentTotalSeconds),
/* harmony export */   Gc: () => (/* binding */ parsePythonFloat),
/* harmony export */   kR: () => (/* binding */ experimentRunsToRunResults),
/* harmony export */   k_: () => (/* binding */ formatExperimentRun),
/* harmony export */   kz: () => (/* binding */ parseExperimentText)
/* harmony export */ });
/* unused harmony exports timestampToDate, formatTimestamp */
/* harmony import */ var _util_parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8905);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7499);
// The published experiment's results file: per run, a `%Y%m%d-%H%M%S` timestamp line, then
// one `i loss accuracy` line per fold. Read it to compare old results, write it so that the
// experiment's own evaluation script can read ours.


const TIMESTAMP = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/;
// Anything shaped roughly like a timestamp gets a timestamp error rather than a column-count one.
const TIMESTAMP_LIKE = /^\d+-\d+$/;
// Python's repr/str of a float: decimal, optional exponent; or nan/inf (any case, optional sign).
const PY_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PY_SPECIAL = /^([+-]?)(nan|inf|infinity)$/i;
/** A Python float spelling as a number; null when it is not one. Also read in CSV metrics files. */
function parsePythonFloat(token) {
    const special = PY_SPECIAL.exec(token);
    if (special) {
        if (special[2].toLowerCase() === 'nan')
            return NaN;
        return special[1] === '-' ? -Infinity : Infinity;
    }
    return PY_FLOAT.test(token) ? Number(token) : null;
}
/** A fold index: a non-negative integer; "3.0" or "3.000e+00" too, as numpy.savetxt writes. */
function parseFoldIndex(token) {
    const value = PY_FLOAT.test(token) ? Number(token) : NaN;
    return Number.isSafeInteger(value) && value >= 0 ? value : null;
}
/** The timestamp's fields, or null when it is not a real date and time. */
function timestampFields(ts) {
    const m = TIMESTAMP.exec(ts);
    if (!m)
        return null;
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    // Date.UTC rolls 20200231 over into March; a round trip catches that.
    const valid = date.getUTCFullYear() === y &&
        date.getUTCMonth() === mo - 1 &&
        date.getUTCDate() === d &&
        date.getUTCHours() === h &&
        date.getUTCMinutes() === mi &&
        date.getUTCSeconds() === s;
    return valid ? [y, mo, d, h, mi, s] : null;
}
/**
 * Parses the experiment's results file. Blank lines are ignored; anything else wrong fails
 * with "source:line: reason" (1-based line numbers).
 */
function parseExperimentText(text, source) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const runs = [];
    let current = null;
    const where = (line) => `${source}:${line}`;
    const noFolds = (c) => (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${where(c.line)}: run started at ${c.run.timestamp} has no fold lines`);
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        const trimmed = lines[i].trim();
        if (trimmed === '')
            continue;
        const tokens = trimmed.split(/\s+/);
        if (tokens.length === 1 && (TIMESTAMP.test(trimmed) || TIMESTAMP_LIKE.test(trimmed))) {
            if (!timestampFields(trimmed)) {
                return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${where(lineNo)}: bad timestamp '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(trimmed)}', expected %Y%m%d-%H%M%S like 20200917-141530`);
            }
            if (current && current.run.folds.length === 0)
                return noFolds(current);
            current = { run: { timestamp: trimmed, folds: [] }, line: lineNo, seen: new Set() };
            runs.push(current.run);
            continue;
        }
        if (tokens.length !== 3) {
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${where(lineNo)}: expected 'fold loss accuracy', found '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(trimmed)}'`);
        }
        if (!current) {
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${where(lineNo)}: fold line before any timestamp line, found '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(trimmed)}'`);
        }
        const [foldToken, lossToken, accuracyToken] = tokens;
        const fold = parseFoldIndex(foldToken);
        if (fold === null) {
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${where(lineNo)}: fold index '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(foldToken)}' is not a non-negative integer`);
        }
        const loss = parsePythonFloat(lossToken);
        if (loss === null)
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${where(lineNo)}: loss '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(lossToken)}' is not a number`);
        const accuracy = parsePythonFloat(accuracyToken);
        if (accuracy === null)
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${where(lineNo)}: accuracy '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(accuracyToken)}' is not a number`);
        // A repeated index would silently shadow one fold's result.
        if (current.seen.has(fold)) {
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`${where(lineNo)}: fold ${fold} appears twice in the run started at ${current.run.timestamp}`);
        }
        current.seen.add(fold);
        current.run.folds.push({ fold, loss, accuracy });
    }
    if (current && current.run.folds.length === 0)
        return noFolds(current);
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)({ runs });
}
/**
 * The timestamp as a Date, read as UTC: the file carries no zone, and only differences between
 * timestamps matter. Throws RangeError for a string that is not a valid timestamp.
 */
function timestampToDate(ts) {
    const f = timestampFields(ts);
    if (!f)
        throw new RangeError(`not a %Y%m%d-%H%M%S timestamp: '${ts}'`);
    return new Date(Date.UTC(f[0], f[1] - 1, f[2], f[3], f[4], f[5]));
}
/**
 * The experiment's total time: the sum of the gaps between consecutive timestamps, in the
 * order given (so last − first; negative if the file runs backwards). 0 for fewer than two.
 */
function experimentTotalSeconds(timestamps) {
    let total = 0;
    for (let i = 1; i < timestamps.length; i++) {
        total += (timestampToDate(timestamps[i]).getTime() - timestampToDate(timestamps[i - 1]).getTime()) / 1000;
    }
    return total;
}
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** %Y%m%d-%H%M%S in UTC. */
function formatTimestamp(d) {
    return (`${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-` +
        `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`);
}
/** Shortest round-trip spelling, with Python's words for the values JS spells differently. */
function formatNumber(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (x === Infinity)
        return 'inf';
    if (x === -Infinity)
        return '-inf';
    if (Object.is(x, -0))
        return '-0.0';
    return String(x);
}
/**
 * One run in the experiment's format, each line ending in "\n" so runs can be appended.
 * Throws RangeError when a fold lacks loss or accuracy: the format has no way to say so.
 */
function formatExperimentRun(timestamp, folds) {
    const lines = [formatTimestamp(timestamp)];
    for (const f of folds) {
        const { loss, accuracy } = f.metrics;
        if (loss === undefined || accuracy === undefined) {
            throw new RangeError(`fold ${f.fold} has no loss or accuracy to write in the experiment format`);
        }
        lines.push(`${f.fold} ${formatNumber(loss)} ${formatNumber(accuracy)}`);
    }
    return lines.map((l) => `${l}\n`).join('');
}
/**
 * Runs read from a results file as RunResults (numbered from 1). A run's duration is the gap
 * to the next run's timestamp; the last run's is unknown and given as 0. The file records no
 * digests, times per fold or environment.
 */
function experimentRunsToRunResults(parsed, source) {
    return parsed.runs.map((run, i) => {
        const next = parsed.runs[i + 1];
        const warnings = [];
        let durationSeconds = 0;
        if (next) {
            durationSeconds = experimentTotalSeconds([run.timestamp, next.timestamp]);
            if (durationSeconds < 0) {
                warnings.push(`${source}: the run after the one started at ${run.timestamp} has an earlier timestamp (${next.timestamp}); duration set to 0`);
                durationSeconds = 0;
            }
        }
        return {
            run: i + 1,
            role: 'control',
            status: 'ok',
            error: null,
            startedAt: timestampToDate(run.timestamp).toISOString(),
            durationSeconds,
            folds: run.folds.map((f) => ({
                fold: f.fold,
                metrics: { loss: f.loss, accuracy: f.accuracy },
                weightsSha256: null,
                trainSeconds: null,
            })),
            environment: null,
            warnings,
        };
    });
}
//# sourceMappingURL=experiment-format.js.map

/***/ }),

/***/ 8431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ fingerprintDifferences),
/* harmony export */   Ag: () => (/* binding */ UNSET),
/* harmony export */   E_: () => (/* binding */ fingerprintRows),
/* harmony export */   GE: () => (/* binding */ parseCommandVersions),
/* harmony export */   JG: () => (/* binding */ trainingFingerprint),
/* harmony export */   mj: () => (/* binding */ COMMAND_VERSIONS_LIMIT_BYTES),
/* harmony export */   x$: () => (/* binding */ lineUpFingerprints)
/* harmony export */ });
/* unused harmony exports distributedText, FINGERPRINT_FIELDS, EVERY_FIELD_LISTED, VARIABLE_FIELD_PREFIX */
const onOff = (value) => (value == null ? null : value ? 'on' : 'off');
const gpuText = (gpu) => `${gpu.index}: ${gpu.name} (driver ${gpu.driverVersion})`;
/** "2 ranks under torchrun (gloo)": what the run's record knows, "ranks" where the world size is unknown, "a launcher script" where no launcher was named. */
function distributedText(run) {
    const ranks = run.worldSize === null ? 'ranks' : `${run.worldSize} ${run.worldSize === 1 ? 'rank' : 'ranks'}`;
    return `${ranks} under ${run.launcher ?? 'a launcher script'}${run.backend ? ` (${run.backend})` : ''}`;
}
const OBTAINED = { cached: 'found in the tool cache', built: 'built in', installed: 'installed in' };
/** The fields in the order the environment table shows them (the determinism variables follow, a row each). */
const FINGERPRINT_FIELDS = [
    { field: 'node', label: 'Node.js', value: (env) => env.node ?? null, use: 'compared' },
    { field: 'platform', label: 'platform', value: (env) => env.platform ?? null, use: 'compared' },
    {
        field: 'cpuModel',
        label: 'CPU',
        value: (env) => env.cpuModel ?? null,
        shown: (env, kit) => (env.cpuModel === undefined ? null : `${kit.text(env.cpuModel)} × ${env.cpuCount ?? '?'}`),
        use: 'compared',
    },
    { field: 'cpuCount', label: null, value: (env) => (env.cpuCount === undefined ? null : String(env.cpuCount)), use: 'compared' },
    // A command's: the processors its affinity allows.
    { field: 'visibleCpus', label: 'CPUs it may run on', value: (env) => (env.visibleCpus === undefined ? null : String(env.visibleCpus)), use: 'compared' },
    { field: 'python', label: 'Python', value: (env) => env.python ?? null, use: 'compared' },
    {
        field: 'frameworks',
        label: 'frameworks',
        value: (env) => {
            const entries = Object.entries(env.frameworks ?? {});
            return entries.length === 0 ? null : entries.map(([name, version]) => `${name} ${version}`).join(', ');
        },
        use: 'compared',
    },
    // A command of several processes: how many, started by what, summing over which collectives.
    {
        field: 'distributed.launcher',
        label: 'processes',
        value: (env) => env.distributed?.launcher ?? null,
        shown: (env, kit) => (env.distributed ? kit.text(distributedText(env.distributed)) : null),
        use: 'compared',
    },
    {
        field: 'distributed.worldSize',
        label: null,
        value: (env) => (env.distributed?.worldSize == null ? null : String(env.distributed.worldSize)),
        use: 'compared',
    },
    { field: 'distributed.backend', label: null, value: (env) => env.distributed?.backend ?? null, use: 'compared' },
    { field: 'tfjsVersion', label: 'TensorFlow.js', value: (env) => env.tfjsVersion ?? null, use: 'compared' },
    {
        field: 'backend',
        label: 'backend',
        value: (env) => env.backend ?? null,
        shown: (env, kit) => (env.backend === undefined ? null : `${env.backend} ${env.backendVersion ?? ''} (${kit.text(env.backendDetail ?? '')})`),
        use: 'compared',
    },
    { field: 'backendVersion', label: null, value: (env) => env.backendVersion ?? null, use: 'compared' },
    { field: 'backendDetail', label: null, value: (env) => env.backendDetail ?? null, use: 'compared' },
    { field: 'threads', label: 'threads', value: (env) => (env.threads === undefined ? null : String(env.threads)), use: 'compared' },
    {
        field: 'gpus',
        label: 'GPUs',
        value: (env) => (env.gpus && env.gpus.length > 0 ? env.gpus.map(gpuText).join('; ') : null),
        shown: (env, kit) => env.gpus && env.gpus.length > 0 ? kit.list(env.gpus.map((gpu) => `${gpu.index}: ${kit.text(gpu.name)} (driver ${gpu.driverVersion})`)) : null,
        use: 'compared',
    },
    {
        field: 'cudaVersion',
        label: 'CUDA / cuDNN found',
        value: (env) => env.cudaVersion ?? null,
        // What the preflight found is worth a row only beside a GPU.
        shown: (env) => (env.cudaVersion !== undefined && env.gpus?.length ? `${env.cudaVersion ?? 'unknown'} / ${env.cudnnVersion ?? 'unknown'}` : null),
        use: 'compared',
    },
    { field: 'cudnnVersion', label: null, value: (env) => env.cudnnVersion ?? null, use: 'compared' },
    {
        field: 'libtensorflowVersion',
        label: 'libtensorflow',
        value: (env) => env.libtensorflowVersion ?? null,
        shown: (env, kit) => (env.libtensorflowVersion ? kit.text(env.libtensorflowVersion) : null),
        use: 'compared',
    },
    {
        field: 'nativePackage.libtensorflowSource',
        label: 'libtensorflow from',
        value: (env) => env.nativePackage?.libtensorflowSource ?? null,
        use: 'compared',
    },
    {
        field: 'nativePackage.oneDnnBuiltIn',
        label: null,
        value: (env) => (env.nativePackage ? String(env.nativePackage.oneDnnBuiltIn) : null),
        use: 'compared',
    },
    {
        field: 'nativePackage.obtained',
        label: 'native package',
        value: (env) => env.nativePackage?.obtained ?? null,
        shown: (env, kit) => {
            const native = env.nativePackage;
            if (!native)
                return null;
            const how = native.obtained === 'cached' ? OBTAINED.cached : `${OBTAINED[native.obtained]} ${kit.seconds(native.seconds)}`;
            return `${how}: ${kit.code(native.dir)}`;
        },
        use: 'described',
    },
    {
        field: 'nativePackage.libraryPath',
        label: 'first on `LD_LIBRARY_PATH`',
        value: (env) => (env.nativePackage?.libraryPath?.length ? env.nativePackage.libraryPath.join(':') : null),
        shown: (env, kit) => (env.nativePackage?.libraryPath?.length ? kit.list(env.nativePackage.libraryPath.map(kit.code)) : null),
        use: 'described',
    },
    { field: 'oneDnn', label: 'oneDNN', value: (env) => onOff(env.oneDnn), use: 'compared' },
    {
        field: 'tensorflowThreads',
        label: 'TensorFlow thread pools',
        value: (env) => (env.tensorflowThreads ? `intra-op ${env.tensorflowThreads.intraOp}, inter-op ${env.tensorflowThreads.interOp}` : null),
        use: 'compared',
    },
    { field: 'gpuDevice', label: 'TensorFlow device', value: (env) => (env.gpuDevice == null ? null : env.gpuDevice ? 'GPU' : 'CPU'), use: 'compared' },
    {
        field: 'cudaVisibleDevices',
        label: '`CUDA_VISIBLE_DEVICES`',
        value: (env) => env.cudaVisibleDevices ?? null,
        shown: (env, kit) => (env.cudaVisibleDevices ? kit.code(env.cudaVisibleDevices) : null),
        // Where a process was pinned, not what it ran on (`gpus` says that).
        use: 'shown',
    },
];
const EVERY_FIELD_LISTED = true;
/** The determinism variables are a field each: 'determinismVariables.TF_DETERMINISTIC_OPS'. */
const VARIABLE_FIELD_PREFIX = 'determinismVariables.';
/** Unset, as the run saw a determinism variable. */
const UNSET = '(unset)';
/** The training process's fingerprint; null for a command's (or none). */
function trainingFingerprint(env) {
    return env && env.kind !== 'command' ? env : null;
}
/** The environment table's rows of `env`: the fields that have a row and a value, then a row per determinism variable. */
function fingerprintRows(env, kit, unset) {
    const fields = env;
    const rows = FINGERPRINT_FIELDS.flatMap((spec) => {
        if (spec.label === null)
            return [];
        const value = spec.shown ? spec.shown(fields, kit) : textOf(spec.value(fields), kit);
        return value === null ? [] : [{ label: spec.label, value, variable: false }];
    });
    const variables = Object.entries(fields.determinismVariables ?? {}).map(([name, value]) => ({
        label: `\`${name}\``,
        value: value === null ? unset : kit.code(value),
        variable: true,
    }));
    return [...rows, ...variables];
}
const textOf = (value, kit) => (value === null ? null : kit.text(value));
/** A value of a fingerprint read from a file, as text, whatever an edited file holds there. */
function asText(value) {
    if (value === null || value === undefined)
        return null;
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/** One field's value in each fingerprint; null where one has none (or an edited file holds something else). */
function valuesOf(spec, environments) {
    return environments.map((env) => {
        if (env === null)
            return null;
        try {
            return asText(spec.value(env));
        }
        catch {
            // A fingerprint from an edited file without the nested object: nothing to show.
            return null;
        }
    });
}
/**
 * The fingerprints side by side, field by field (all but the 'described' ones), fields none has
 * left out; `differs` where a 'compared' field shows different values (none against one counts).
 * The determinism variables are a field each.
 */
function lineUpFingerprints(environments) {
    const specs = FINGERPRINT_FIELDS.filter((spec) => spec.use !== 'described');
    const names = [...new Set(environments.flatMap((env) => Object.keys(env?.determinismVariables ?? {})))];
    const variables = names.map((name) => ({
        field: `${VARIABLE_FIELD_PREFIX}${name}`,
        label: null,
        value: (env) => {
            const seen = env.determinismVariables;
            if (!seen || !Object.hasOwn(seen, name))
                return null;
            return asText(seen[name]) ?? UNSET;
        },
        use: 'compared',
    }));
    return [...specs, ...variables]
        .map((spec) => {
        const values = valuesOf(spec, environments);
        return { field: spec.field, values, differs: spec.use === 'compared' && new Set(values).size > 1 };
    })
        .filter((field) => field.values.some((value) => value !== null));
}
/** The fields that differ between the fingerprints, each with its values: what merge warns of and across marks. */
function fingerprintDifferences(environments) {
    return lineUpFingerprints(environments).filter((field) => field.differs);
}
/** The most of $TF_REPRO_ENVIRONMENT read: a few versions fit many times over. */
const COMMAND_VERSIONS_LIMIT_BYTES = 64 * 1024;
/** Longer than this, a version is something else. */
const VERSION_CHARS = 200;
/** A command reports at most this many packages. */
const MOST_PACKAGES = 50;
/**
 * What a command wrote to $TF_REPRO_ENVIRONMENT: `{"python": "3.11.9", "frameworks": {"tensorflow": "2.16.1"}}`.
 * Tolerant: what is not a short string where a version should be is left out, and a file that is
 * not such an object gives no versions (the fingerprint says only what the command reported).
 */
function parseCommandVersions(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { python: null, frameworks: {} };
    }
    const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
    const version = (value) => (typeof value === 'string' && value.trim() !== '' && value.length <= VERSION_CHARS ? value.trim() : null);
    if (!isObject(json))
        return { python: null, frameworks: {} };
    const packages = isObject(json.frameworks) ? Object.entries(json.frameworks) : [];
    const frameworks = packages.flatMap(([name, value]) => {
        const shown = version(value);
        return shown !== null && name.length <= VERSION_CHARS ? [[name, shown]] : [];
    });
    // Object.fromEntries defines own properties: a package named __proto__ is one like any other.
    return { python: version(json.python), frameworks: Object.fromEntries(frameworks.slice(0, MOST_PACKAGES)) };
}
//# sourceMappingURL=fingerprint.js.map

/***/ }),

/***/ 9588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ negativeControlSentence),
/* harmony export */   M: () => (/* binding */ negativeControlSeed),
/* harmony export */   h2: () => (/* binding */ negativeControlWarning),
/* harmony export */   nZ: () => (/* binding */ negativeControlOutcome)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4432);
/* harmony import */ var _divergence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7561);
/* harmony import */ var _pinning_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7850);



/** The largest seed a command gets (NumPy's). */
const MAX_SEED = 2 ** 32 - 1;
/** Another seed than the check's, within what NumPy takes. */
function negativeControlSeed(seed) {
    return seed < MAX_SEED ? seed + 1 : seed - 1;
}
/** The negative control run against the control run; at tolerance 0, so any change of a number counts. */
function negativeControlOutcome(run, control, seed) {
    const base = { seed, run, controlRun: control?.run ?? null, largest: null, error: null };
    if (run.status !== 'ok' || run.folds.length === 0) {
        return { ...base, outcome: 'failed', error: (run.error ?? 'the negative control run gave no results').split('\n')[0] };
    }
    if (control === null)
        return { ...base, outcome: 'not-compared' };
    const numbers = (0,_pinning_js__WEBPACK_IMPORTED_MODULE_0__/* .numbersAgainst */ .G6)(control, run, 0);
    // The metrics, the final weights, or a traced checkpoint: any of them differing shows the seed.
    const pair = [(0,_pinning_js__WEBPACK_IMPORTED_MODULE_0__/* .asControl */ .c4)(control, 1), (0,_pinning_js__WEBPACK_IMPORTED_MODULE_0__/* .asControl */ .c4)(run, 2)];
    const traceDiffers = (0,_divergence_js__WEBPACK_IMPORTED_MODULE_1__/* .locateDivergence */ .nV)(pair, (0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRuns */ .qB)(pair, 0)) !== null;
    return { ...base, outcome: numbers.same && !traceDiffers ? 'same' : 'differs', largest: numbers.largest };
}
/** The warning of a negative control that gave the control run's numbers. */
function negativeControlWarning(control) {
    if (control.outcome !== 'same')
        return null;
    return (`the negative control (run ${control.run.run}, TF_REPRO_SEED=${control.seed}) gave the same numbers as run ${control.controlRun ?? '?'}: ` +
        'the metrics may not come from this run (a metrics file an earlier run left), or do not depend on the seed (a hard-coded seed); ' +
        "the check's agreement may then prove nothing");
}
/** One line for every rendering: what the negative control showed. */
function negativeControlSentence(control) {
    const which = `run ${control.run.run} with TF_REPRO_SEED=${control.seed}`;
    switch (control.outcome) {
        case 'differs': {
            const where = control.largest
                ? ` (largest difference in ${control.largest.metric}, fold ${control.largest.fold})`
                : ' (its weights differ, its metrics do not)';
            return `Negative control: ${which} gave other numbers than run ${control.controlRun}${where}, as it must: the check can see a change of seed.`;
        }
        case 'same':
            return `Negative control: ${which} gave the same numbers as run ${control.controlRun}: see the warning.`;
        case 'failed':
            return `Negative control: ${which} did not finish (${control.error ?? 'no error message'}); the control runs' verdict stands without it.`;
        case 'not-compared':
            return `Negative control: ${which} was not compared: no control run finished with results.`;
    }
}
//# sourceMappingURL=negative-control.js.map

/***/ }),

/***/ 7850:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ numbersAgainst),
/* harmony export */   VG: () => (/* binding */ firstWithResults),
/* harmony export */   c4: () => (/* binding */ asControl)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4432);

/** A run as a control run numbered `run`, for a comparison of two sides' runs with each other. */
function asControl(run, number) {
    return { ...run, run: number, role: 'control' };
}
/** `other`'s numbers against `control`'s (one run each, the first with results). */
function numbersAgainst(control, other, tolerance) {
    // Compared as two controls: compareRuns compares control runs only, and `other` may be a varied run.
    const comparison = (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareRuns */ .qB)([asControl(control, control.run), asControl(other, control.run + 1)], tolerance);
    let largest = null;
    let maxAbsDiff = null;
    for (const fold of control.folds) {
        const theirs = other.folds.find((candidate) => candidate.fold === fold.fold);
        if (!theirs)
            continue;
        for (const [metric, value] of Object.entries(fold.metrics)) {
            const otherValue = theirs.metrics[metric];
            if (otherValue === undefined || value === null || otherValue === null)
                continue;
            const diff = Math.abs(value - otherValue);
            const larger = maxAbsDiff === null || diff > maxAbsDiff || (Number.isNaN(diff) && !Number.isNaN(maxAbsDiff));
            if (!larger)
                continue;
            maxAbsDiff = diff;
            if (diff > 0 || Number.isNaN(diff))
                largest = { fold: fold.fold, metric, control: value, other: otherValue };
        }
    }
    return { same: comparison.verdict === 'reproducible', largest, maxAbsDiff };
}
/** The first run with results, which stands for its side. */
function firstWithResults(runs) {
    return runs.find((run) => run.status === 'ok' && run.folds.length > 0) ?? null;
}
//# sourceMappingURL=pinning.js.map

/***/ }),

/***/ 1442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SO: () => (/* binding */ describeReplicaDisagreement),
/* harmony export */   U7: () => (/* binding */ withReplicas),
/* harmony export */   fY: () => (/* binding */ replicaDisagreement)
/* harmony export */ });
/* harmony import */ var _run_roles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4574);
/* harmony import */ var _divergence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7561);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7499);



/** The variables both ranks traced whose digests differ, in the first one's order. */
function differing(a, b) {
    return Object.keys(a.digests).filter((name) => Object.hasOwn(b.digests, name) && a.digests[name] !== b.digests[name]);
}
const pointKey = (c) => `${c.fold}:${c.epoch}:${c.batch ?? ''}`;
/** A point's place in training order: fold, epoch, then batch with the epoch's end last. */
function order(c) {
    return [c.fold, c.epoch, c.batch ?? Infinity];
}
function before(a, b) {
    for (let i = 0; i < 3; i++)
        if (a[i] !== b[i])
            return a[i] < b[i];
    return false;
}
/** One run's first disagreement between its ranks, or null. */
function runDisagreement(run) {
    // point → the lowest rank's checkpoint there (a rank's second checkpoint at a point is left out).
    const lowest = new Map();
    let first = null;
    const ranked = (run.trace ?? []).filter((c) => c.rank !== undefined && !c.sharded).sort((a, b) => a.rank - b.rank);
    for (const checkpoint of ranked) {
        const key = pointKey(checkpoint);
        const reference = lowest.get(key);
        if (!reference) {
            lowest.set(key, checkpoint);
            continue;
        }
        if (reference.rank === checkpoint.rank)
            continue;
        const variables = differing(reference, checkpoint);
        if (variables.length === 0)
            continue;
        if (first && !before(order(checkpoint), order(first)))
            continue;
        first = {
            run: run.run,
            ranks: [reference.rank, checkpoint.rank],
            fold: checkpoint.fold,
            epoch: checkpoint.epoch,
            batch: checkpoint.batch,
            variables,
        };
    }
    return first;
}
/**
 * The first disagreement between the ranks of a control run, in the lowest run that has one; null
 * when every run's ranks agree; undefined where no run traced two or more unsharded ranks.
 */
function replicaDisagreement(runs) {
    const controls = (0,_run_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .controlRuns */ .Ww)(runs).sort((a, b) => a.run - b.run);
    const replicated = controls.filter((run) => new Set((run.trace ?? []).filter((c) => c.rank !== undefined && !c.sharded).map((c) => c.rank)).size >= 2);
    if (replicated.length === 0)
        return undefined;
    for (const run of replicated) {
        const found = runDisagreement(run);
        if (found)
            return found;
    }
    return null;
}
/** "ranks 0 and 1 disagree within run 1 from fold 0, epoch 1, batch 3, in bn.running_mean": one sentence, no full stop. */
function describeReplicaDisagreement(d) {
    const place = (0,_divergence_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointPlace */ .Ie)(d);
    const shown = d.variables
        .slice(0, 3)
        .map((name) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(name, 100))
        .join(', ') + (d.variables.length > 3 ? ` and ${d.variables.length - 3} more` : '');
    return `${(0,_divergence_js__WEBPACK_IMPORTED_MODULE_1__/* .rankList */ .HY)(d.ranks)} disagree within run ${d.run} from ${place}, in ${shown}`;
}
/**
 * The comparison with the replicas' finding: replicas that disagree make the check
 * not-reproducible (exit 1) even where the runs agree with each other, since a DDP run whose
 * ranks hold different weights trains a different model depending on which rank evaluates or
 * saves; the summary names the ranks, the run and the point. An 'error' verdict stays as it is,
 * the finding a warning.
 */
function withReplicas(comparison, replicas) {
    if (!replicas)
        return { comparison, warnings: [] };
    const sentence = `${describeReplicaDisagreement(replicas)} (replicated data-parallel training must keep the same weights on every rank after every step)`;
    if (comparison.verdict === 'error')
        return { comparison, warnings: [`${sentence[0]?.toUpperCase()}${sentence.slice(1)}.`] };
    if (comparison.verdict === 'not-reproducible')
        return { comparison: { ...comparison, summary: `${comparison.summary.replace(/\.$/, '')}; and ${sentence}.` }, warnings: [] };
    return {
        comparison: { ...comparison, verdict: 'not-reproducible', summary: `Not reproducible within a run: the runs agree with each other, but ${sentence}.` },
        warnings: [],
    };
}
//# sourceMappingURL=replicas.js.map

/***/ }),

/***/ 4574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ compareOtherRoles),
/* harmony export */   Ww: () => (/* binding */ controlRuns),
/* harmony export */   c0: () => (/* binding */ isControl)
/* harmony export */ });
/* unused harmony export otherRoles */
const isControl = (run) => run.role === 'control';
/** The control runs, in the order given: what the verdict compares. */
const controlRuns = (runs) => runs.filter(isControl);
/** The runs of each role other than control, in the order given; roles with no run left out. */
function otherRoles(runs) {
    const byRole = new Map();
    for (const run of runs) {
        if (run.role === 'control')
            continue;
        byRole.set(run.role, [...(byRole.get(run.role) ?? []), run]);
    }
    return byRole;
}
/**
 * The hook where runs of other roles meet the controls: each role's comparison with them goes
 * here as its feature comes (varied runs against the controls, the negative control that must
 * differ). No role has one yet, so each says that its runs are not in the verdict: a warning,
 * never a number nothing measured.
 */
function compareOtherRoles(runs) {
    const warnings = [...otherRoles(runs)].map(([role, ofRole]) => {
        const numbers = ofRole.map((run) => run.run).join(', ');
        const are = ofRole.length === 1 ? `run ${numbers} is a ${role} run` : `runs ${numbers} are ${role} runs`;
        return `${are}: the verdict compares the control runs only, and this tf-repro does not compare ${role} runs with them yet`;
    });
    return { warnings };
}
//# sourceMappingURL=run-roles.js.map

/***/ }),

/***/ 7470:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ foldsText),
/* harmony export */   Az: () => (/* binding */ shardName),
/* harmony export */   H$: () => (/* binding */ keepNarrowing),
/* harmony export */   KI: () => (/* binding */ settingsDigest),
/* harmony export */   LF: () => (/* binding */ shardSummary),
/* harmony export */   Vx: () => (/* binding */ datasetDigest),
/* harmony export */   eS: () => (/* binding */ joinShards),
/* harmony export */   rt: () => (/* binding */ shardFolds),
/* harmony export */   tl: () => (/* binding */ checkShardSet)
/* harmony export */ });
/* unused harmony export environmentDifferences */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _util_parsed_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8905);
/* harmony import */ var _inputs_setting_roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7499);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8431);
// Shards (issue #13, part 1): a check shared out by fold over the legs of a matrix, and the legs'
// partial reports checked and joined back into the runs that one runner would have trained. Pure.
//
// Folds go round-robin: shard i of n trains the folds f with f % n == i - 1. Every run of a fold
// trains in the same leg, so runs are only ever compared with runs of the same machine. Round-robin
// rather than contiguous pieces because folds are not all alike: scikit-learn's KFold gives the
// first (samples % folds) folds one image more, and a fold's cost or trouble tends to follow its
// index; dealt out in turn, every leg gets its share of early and late folds, and the legs differ
// by at most one fold.





/** The folds shard `index` of `count` trains, ascending: round-robin, as the file's comment says why. */
function shardFolds(shard, folds) {
    const { index, count } = shard;
    if (!Number.isInteger(index) || !Number.isInteger(count) || index < 1 || index > count || count > folds) {
        throw new Error(`shardFolds: shard ${index}/${count} of ${folds} folds is not 1 <= i <= n <= folds`);
    }
    const own = [];
    for (let fold = index - 1; fold < folds; fold += count)
        own.push(fold);
    return own;
}
const shardName = (shard) => `shard ${shard.index} of ${shard.count}`;
/** "fold 3", "folds 1, 5, 9". */
const foldsText = (folds) => `${folds.length === 1 ? 'fold' : 'folds'} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE)(folds)}`;
/**
 * A shard leg's summary: which shard and folds, its own folds' verdict (a difference between runs
 * of one fold is real, whatever the other legs show), and that the merge gives the check's.
 */
function shardSummary(summary, header, folds) {
    const merge = header.count === 1
        ? "Merge its report for the check's verdict"
        : `Merge the ${header.count} shards' reports for the check's verdict over all ${folds} folds`;
    return `${shardName(header).replace(/^s/, 'S')} (${foldsText(header.folds)} of ${folds}): ${summary} ${merge}.`;
}
const sha256 = (data) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
/**
 * SHA-256 of the values of the settings behind the numbers and the verdict (SETTING_ROLES'
 * shardDigest rows, in the table's order: what every leg must share), and of the model file's
 * SHA-256 (null: the default model).
 */
function settingsDigest(settings, modelSha256) {
    const values = _inputs_setting_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .SHARD_DIGEST_SETTINGS */ .gv.map((setting) => setting.read(settings) ?? null);
    return sha256(JSON.stringify({ settings: values, model: modelSha256 }));
}
/** SHA-256 of the dataset as trained: its shape and element type, then the images' and the labels' bytes. */
function datasetDigest(dataset) {
    const { images, labels } = dataset;
    const shape = { count: dataset.count, rows: dataset.rows, cols: dataset.cols, exampleShape: dataset.exampleShape ?? null };
    const type = images instanceof Float32Array ? 'float32' : 'uint8';
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${JSON.stringify({ ...shape, images: type })}\n`)
        .update(new Uint8Array(images.buffer, images.byteOffset, images.byteLength))
        .update(labels)
        .digest('hex');
}
const shown = (value) => (typeof value === 'string' ? `'${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .Kb)(value)}'` : (JSON.stringify(value) ?? 'none'));
/** "epochs 1 vs 2, seed 0 vs 1" between two legs' settings; empty where none that is shown differs. */
function settingsDifferences(a, b) {
    const differences = [];
    for (const { input, read } of _inputs_setting_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .SHARD_DIGEST_SETTINGS */ .gv) {
        const [was, is] = [read(a), read(b)];
        if (JSON.stringify(was ?? null) !== JSON.stringify(is ?? null))
            differences.push(`${input} ${shown(was)} vs ${shown(is)}`);
    }
    return differences;
}
const datasetName = (settings) => typeof settings.dataset === 'string' ? `'${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .Kb)(settings.dataset)}'` : 'the embedded MNIST digits';
/** The first report that differs from `first` in `key`, where any does. */
function firstDiffering(reports, key) {
    const reference = JSON.stringify(key(reports[0]));
    return reports.find((report) => JSON.stringify(key(report)) !== reference);
}
/** "shards 1 and 2" (or "two reports of shard 2"), and their files. */
function pair(a, b) {
    const which = a.header.index === b.header.index ? `two reports of shard ${a.header.index}` : `shards ${a.header.index} and ${b.header.index}`;
    return { which, files: `(${a.file}, ${b.file})` };
}
/**
 * The reports given to merge, checked to be the partial reports of every shard of one check, each
 * once, in shard order; else one error that names what is missing, duplicated or mismatched.
 * Checked in this order: a whole report among them, the tool version, the count, the settings, the
 * dataset, the folds each lists, duplicates, then what is missing.
 */
function checkShardSet(reports) {
    if (reports.length === 0)
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)('merge needs the report.json of every shard leg, got none');
    const whole = reports.find((report) => report.header === null);
    if (whole) {
        const what = whole.merged ? 'a report merged from shards already' : "a whole check's report, not a shard's partial report";
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)(`${whole.file} is ${what}: merge takes the report.json that each leg with shard: i/n wrote (and nothing else)`);
    }
    const headed = [...reports].sort((a, b) => a.header.index - b.header.index || a.file.localeCompare(b.file));
    for (const report of headed) {
        const edited = editedSettings(report);
        if (edited !== null)
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)(`${report.file}: ${edited}: merge reads the report.json that tf-repro wrote, unedited; run the leg again`);
    }
    const first = headed[0];
    const otherVersion = firstDiffering(headed, (report) => report.header.toolVersion);
    if (otherVersion) {
        const { which, files } = pair(first, otherVersion);
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)(`${which} were written by tf-repro ${first.header.toolVersion} and ${otherVersion.header.toolVersion} ${files}: run every leg and the merge with the same version of tf-repro`);
    }
    const otherCount = firstDiffering(headed, (report) => report.header.count);
    if (otherCount) {
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)(`${first.file} is ${shardName(first.header)} but ${otherCount.file} is ${shardName(otherCount.header)}: every leg must give the same n in shard: i/n`);
    }
    const otherSettings = firstDiffering(headed, (report) => report.header.settingsDigest);
    if (otherSettings) {
        const { which, files } = pair(first, otherSettings);
        const differences = settingsDifferences(first.settings, otherSettings.settings);
        const what = differences.length > 0
            ? differences.join(', ')
            : typeof first.settings.model === 'string'
                ? `the model file ${shown(first.settings.model)} differs in content`
                : 'settings that differ although the report shows the same values';
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)(`${which} were trained with different settings: ${what} ${files}: give every leg the same inputs (only shard differs)`);
    }
    const otherData = firstDiffering(headed, (report) => report.header.datasetDigest);
    if (otherData) {
        const { which, files } = pair(first, otherData);
        const [a, b] = [datasetName(first.settings), datasetName(otherData.settings)];
        const what = a === b ? `${a} differs in content between the legs` : `${a} vs ${b}, whose images or labels differ`;
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)(`${which} were trained on different datasets: ${what} ${files}: give every leg the same dataset`);
    }
    // Run N is one run of the check, trained in part by every leg: the same role on each (run-roles.ts).
    const roles = new Map();
    for (const report of headed) {
        for (const run of report.runs) {
            const seen = roles.get(run.run);
            if (!seen)
                roles.set(run.run, { role: run.role, report });
            else if (seen.role !== run.role) {
                const { which, files } = pair(seen.report, report);
                return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)(`${which} give run ${run.run} different roles (${seen.role}, ${run.role}) ${files}: merge reads the report.json that tf-repro wrote, unedited`);
            }
        }
    }
    const folds = typeof first.settings.folds === 'number' ? first.settings.folds : null;
    for (const report of headed) {
        const expected = folds === null || report.header.index > report.header.count || report.header.count > folds ? null : shardFolds(report.header, folds);
        const listed = JSON.stringify(report.header.folds);
        if (expected === null || listed !== JSON.stringify(expected)) {
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)(`${report.file}: ${shardName(report.header)} lists ${foldsText(report.header.folds)}, which is not its share of ${folds ?? 'its'} folds: merge reads the report.json that tf-repro wrote, unedited`);
        }
        const own = new Set(expected);
        for (const run of report.runs) {
            const stray = run.folds.find((fold) => !own.has(fold.fold));
            if (stray)
                return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)(`${report.file}: run ${run.run} has fold ${stray.fold}, which ${shardName(report.header)} does not train`);
        }
    }
    for (let i = 1; i < headed.length; i++) {
        const [previous, report] = [headed[i - 1], headed[i]];
        if (previous.header.index === report.header.index) {
            return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)(`${shardName(report.header)} is given twice (${previous.file}, ${report.file}): give each leg's report once (upload each leg's under a name of its own)`);
        }
    }
    const count = first.header.count;
    const given = new Set(headed.map((report) => report.header.index));
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !given.has(index));
    if (missing.length > 0) {
        const what = missing.length === 1 ? `shard ${missing[0]} of ${count} is missing` : `shards ${listedAnd(missing)} of ${count} are missing`;
        return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__/* .fail */ .f)(`${what}: merge needs the report.json of every leg (did a leg fail before it wrote its report, or its artifact not download?); given: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE)(headed.map((report) => `${shardName(report.header)} (${report.file})`))}`);
    }
    return (0,_util_parsed_js__WEBPACK_IMPORTED_MODULE_4__.ok)(headed);
}
/**
 * Why a leg's report does not hold what its leg trained, or null: its settings no longer give its
 * own settingsDigest (an edited `epochs`), or it lists more control runs than its `runs`. A model leg's
 * report from before modelSha256 was written cannot be digested again, and is not.
 */
function editedSettings(report) {
    const { header, settings } = report;
    const modelSha256 = header.modelSha256 === undefined ? (typeof settings.model === 'string' ? undefined : null) : header.modelSha256;
    if (modelSha256 !== undefined && settingsDigest(settings, modelSha256) !== header.settingsDigest)
        return `its settings are not the ones its ${shardName(header)} header was digested from (settingsDigest differs)`;
    // Runs of other roles (varied, the negative control) come on top of `runs`.
    const runs = settings.runs;
    const controls = report.runs.filter((run) => run.role === 'control').length;
    if (typeof runs === 'number' && controls > runs)
        return `it lists ${controls} control runs, but its settings say runs ${runs}`;
    return null;
}
/** "1, 3 and 4"; "1, 3, 4, … and 95 more" for a long list. */
function listedAnd(items) {
    if (items.length > _util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .ITEMS_NAMED */ .ts)
        return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listed */ .KE)(items);
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
/** One run across the legs: folds and trace in fold order, durations added up, the earliest start, the lowest shard's environment, fusedStep where every part took it. */
function joinRun(run, legs) {
    const parts = legs.map((leg) => ({ leg, result: leg.runs.find((r) => r.run === run) }));
    const present = parts.flatMap(({ leg, result }) => (result ? [{ leg, result }] : []));
    const absent = parts.filter(({ result }) => !result).map(({ leg }) => leg);
    const failed = present.find(({ result }) => result.status === 'failed');
    const status = failed || absent.length > 0 ? 'failed' : present.some(({ result }) => result.status === 'stopped') ? 'stopped' : 'ok';
    const error = failed
        ? `${shardName(failed.leg.header)}: ${failed.result.error ?? 'a run failed'}`
        : absent.length > 0
            ? `${shardName(absent[0].header)} has no run ${run}: its leg stopped before the run started`
            : null;
    const trace = present.some(({ result }) => result.trace !== undefined) ? present.flatMap(({ result }) => result.trace ?? []) : undefined;
    const starts = present.map(({ result }) => result.startedAt).filter((start) => start !== '');
    return {
        run,
        // checkShardSet holds every leg to the same role for a run.
        role: present[0]?.result.role ?? 'control',
        status,
        error,
        startedAt: starts.sort()[0] ?? '',
        durationSeconds: present.reduce((sum, { result }) => sum + result.durationSeconds, 0),
        folds: present.flatMap(({ result }) => result.folds).sort((a, b) => a.fold - b.fold),
        environment: present.find(({ result }) => result.environment)?.result.environment ?? null,
        warnings: [...new Set(present.flatMap(({ result }) => result.warnings))],
        ...(present.some(({ result }) => result.artifacts) ? { artifacts: Object.assign({}, ...present.map(({ result }) => result.artifacts ?? {})) } : {}),
        // The fused step throughout only where every leg's part of the run took it.
        ...(present.some(({ result }) => result.fusedStep !== undefined) ? { fusedStep: present.every(({ result }) => result.fusedStep === true) } : {}),
        // Stable: each fold's checkpoints stay in the order they were recorded, as training-processes.ts keeps them.
        ...(trace ? { trace: trace.sort((a, b) => a.fold - b.fold) } : {}),
    };
}
/**
 * Where the legs' environments differ from the first leg's, as one warning; null where they agree
 * (or where a leg reported none). Each fold's runs trained in one leg, so the verdict still
 * compares runs of one machine.
 */
function environmentDifferences(legs) {
    const environments = legs.flatMap((leg) => {
        const env = leg.runs.find((run) => run.environment)?.environment;
        return env ? [{ leg, env }] : [];
    });
    const first = environments[0];
    if (!first)
        return null;
    const differences = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprintDifferences */ .$x)(environments.map(({ env }) => env)).map(({ field, values }) => {
        const groups = new Map();
        values.forEach((value, i) => {
            const shown = value ?? 'none';
            groups.set(shown, [...(groups.get(shown) ?? []), environments[i].leg.header.index]);
        });
        return `${field}: ${[...groups].map(([value, shards]) => `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .Kb)(value)} (${shards.length === 1 ? 'shard' : 'shards'} ${shards.join(', ')})`).join(' vs ')}`;
    });
    if (differences.length === 0)
        return null;
    return (`the shards ran in different environments (${differences.join('; ')}): every run of a fold trained in the same leg, so each fold still compares runs of one machine; ` +
        `the environment shown is shard ${first.leg.header.index}'s`);
}
/** The legs' runs joined run by run (checked by checkShardSet, in shard order). */
function joinShards(legs) {
    const runNumbers = [...new Set(legs.flatMap((leg) => leg.runs.map((run) => run.run)))].sort((a, b) => a - b);
    const runs = runNumbers.map((run) => joinRun(run, legs));
    const works = legs.map((leg) => leg.work);
    const work = works.every((w) => w !== undefined)
        ? {
            trainedEpochs: works.reduce((sum, w) => sum + w.trainedEpochs, 0),
            plannedEpochs: works.reduce((sum, w) => sum + w.plannedEpochs, 0),
            stoppedEarly: works.some((w) => w.stoppedEarly),
        }
        : undefined;
    const runErrors = new Set(legs.flatMap((leg) => leg.runs.flatMap((run) => (run.error ? [run.error] : []))));
    const environments = environmentDifferences(legs);
    return {
        runs,
        ...(work ? { work } : {}),
        warnings: [...new Set(legs.flatMap((leg) => leg.warnings)), ...(environments ? [environments] : [])],
        errors: legs.flatMap((leg) => leg.errors.filter((error) => !runErrors.has(error)).map((error) => `${shardName(leg.header)}: ${error}`)),
        durationSeconds: legs.reduce((longest, leg) => Math.max(longest, leg.durationSeconds), 0),
        divergences: legs.flatMap((leg) => (leg.divergence ? [leg.divergence] : [])),
    };
}
/**
 * The divergence located in the joined runs, with the narrowing its leg did where that leg found
 * the same one (the leg that trained the lowest parting fold located it first).
 */
function keepNarrowing(located, fromLegs) {
    if (located === null)
        return null;
    const same = fromLegs.find((d) => d.fold === located.fold && d.runs[0] === located.runs[0] && d.runs[1] === located.runs[1] && d.stage === located.stage && d.epoch === located.epoch);
    return same ?? located;
}
//# sourceMappingURL=shards.js.map

/***/ }),

/***/ 5748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N8: () => (/* binding */ populationVariance),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   kN: () => (/* binding */ maxAbsDiff)
/* harmony export */ });
// Small statistics over plain numbers (float64 holding float32 metric values).
// Identical inputs must give exactly 0 spread, so every function checks for that first
// instead of trusting rounding to cancel.
/** Same value, counting NaN as equal to NaN (a bitwise-repeated failure is still a repeat). */
function same(a, b) {
    return a === b || (Number.isNaN(a) && Number.isNaN(b));
}
function allSame(xs) {
    const first = xs[0];
    return xs.every((x) => same(x, first));
}
/** Neumaier-compensated sum: keeps the low bits that a plain running sum drops. */
function compensatedSum(xs) {
    let sum = 0;
    let compensation = 0;
    for (const x of xs) {
        const t = sum + x;
        compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
        sum = t;
    }
    return sum + compensation;
}
/** Arithmetic mean; NaN for no values. Identical values give that value exactly. */
function mean(xs) {
    if (xs.length === 0)
        return NaN;
    // sum/n of n copies of x need not be x (0.1 × 3 / 3 isn't 0.1).
    if (allSame(xs))
        return xs[0];
    const rough = compensatedSum(xs) / xs.length;
    // The division rounds once more; one refinement pass over the residuals takes that back.
    if (!Number.isFinite(rough))
        return rough;
    return rough + compensatedSum(xs.map((x) => x - rough)) / xs.length;
}
/**
 * Population variance (ddof 0), two-pass: mean first, then squared deviations, with the
 * corrected two-pass term (Chan, Golub & LeVeque) removing the mean's rounding error.
 * Identical values (all NaN included) give exactly 0; otherwise any NaN or infinity gives NaN,
 * as numpy.var does. No values gives NaN.
 */
function populationVariance(xs) {
    if (xs.length === 0)
        return NaN;
    if (allSame(xs))
        return 0;
    if (!xs.every(Number.isFinite))
        return NaN;
    const m = mean(xs);
    const deviations = xs.map((x) => x - m);
    const sumSquares = compensatedSum(deviations.map((d) => d * d));
    const sumDeviations = compensatedSum(deviations);
    const variance = (sumSquares - (sumDeviations * sumDeviations) / xs.length) / xs.length;
    return Math.max(variance, 0);
}
/**
 * Spread of the values: max − min; 0 for fewer than two values or identical ones (all NaN
 * included). A NaN beside a number is infinitely far from it: the comparison must fail.
 */
function maxAbsDiff(xs) {
    if (xs.length < 2 || allSame(xs))
        return 0;
    if (xs.some(Number.isNaN))
        return Infinity;
    let min = Infinity;
    let max = -Infinity;
    for (const x of xs) {
        if (x < min)
            min = x;
        if (x > max)
            max = x;
    }
    return max - min;
}
//# sourceMappingURL=statistics.js.map

/***/ }),

/***/ 393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ planFactors),
/* harmony export */   PV: () => (/* binding */ cpusForSlot),
/* harmony export */   Sx: () => (/* binding */ parseCpuList),
/* harmony export */   YG: () => (/* binding */ skipReason),
/* harmony export */   ZS: () => (/* binding */ sensitiveFactors),
/* harmony export */   ZZ: () => (/* binding */ THREAD_VARIABLES),
/* harmony export */   eb: () => (/* binding */ cpuListText),
/* harmony export */   g_: () => (/* binding */ findSensitiveFactors),
/* harmony export */   sr: () => (/* binding */ stepVerdict),
/* harmony export */   tn: () => (/* binding */ variationSentence)
/* harmony export */ });
/* unused harmony export UNRELATED_VARIABLE */
/* harmony import */ var _contracts_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1292);

/** The thread variables a varied run may set where the mode's preset leaves them free. */
const THREAD_VARIABLES = ['OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'TF_NUM_INTRAOP_THREADS', 'TF_NUM_INTEROP_THREADS'];
/** The extra variable of the `env` factor: nothing reads it, so a run that changes with it reads its whole environment. */
const UNRELATED_VARIABLE = 'TF_REPRO_UNRELATED';
/** Time zones far from most runners' (UTC) and from each other, with offsets that are not whole hours. */
const ZONES = [
    { name: 'Asia/Kathmandu', posix: '<+0545>-5:45', offset: '+05:45' },
    { name: 'America/St_Johns', posix: '<-0330>3:30', offset: '-03:30' },
];
/** Locales whose conventions differ from C's (a decimal comma, other dates), best first. */
const PREFERRED_LOCALES = ['de_DE', 'fr_FR', 'ru_RU', 'es_ES', 'it_IT', 'pt_BR', 'nl_NL', 'tr_TR'];
const octal = (mask) => mask.toString(8).padStart(3, '0');
/** "0-3,6" for [0, 1, 2, 3, 6]. */
function cpuListText(cpus) {
    const parts = [];
    for (let i = 0; i < cpus.length; i++) {
        let j = i;
        while (j + 1 < cpus.length && cpus[j + 1] === cpus[j] + 1)
            j++;
        parts.push(j === i ? String(cpus[i]) : `${cpus[i]}-${cpus[j]}`);
        i = j;
    }
    return parts.join(',');
}
/**
 * The CPUs of one process of a varied run: as many as `fewer`, taken in turn from `allowed` by
 * slot, so that processes side by side each see fewer CPUs without sharing them all.
 */
function cpusForSlot(fewer, allowed, slot) {
    const start = (slot * fewer.length) % allowed.length;
    return fewer.map((_, i) => allowed[(start + i) % allowed.length]).sort((a, b) => a - b);
}
/** "0-1,4" → [0, 1, 4]; null for text that is no CPU list. */
function parseCpuList(text) {
    const cpus = [];
    for (const part of text.trim().split(',')) {
        const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
        if (!match)
            return null;
        const from = Number(match[1]);
        const to = match[2] === undefined ? from : Number(match[2]);
        if (to < from || to - from > 4096)
            return null;
        for (let cpu = from; cpu <= to; cpu++)
            cpus.push(cpu);
    }
    return cpus.length > 0 ? cpus : null;
}
function controlLocale(env) {
    return env.LC_ALL || env.LANG || 'C';
}
/** The language and territory of a locale name: 'de_DE.utf8' → 'de_DE'. */
const localeBase = (name) => name.split(/[.@]/)[0] ?? name;
function pickLocale(installed, control) {
    const usable = installed.filter((name) => /^[a-z]{2,3}_[A-Z]{2}/.test(name) && localeBase(name) !== localeBase(control));
    const utf8 = (name) => /\.utf-?8$/i.test(name);
    for (const base of PREFERRED_LOCALES) {
        const found = usable.find((name) => localeBase(name) === base && utf8(name)) ?? usable.find((name) => localeBase(name) === base);
        if (found)
            return found;
    }
    return usable.find(utf8) ?? usable[0] ?? null;
}
/** How each requested factor is varied on this runner, or why it cannot be: never left out silently. */
function planFactors(requested, facts) {
    return _contracts_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .VARY_FACTORS */ .YS.filter((factor) => requested.includes(factor)).map((factor) => planFactor(factor, facts));
}
function planFactor(factor, facts) {
    const env = facts.controlEnvironment;
    const no = (reason) => ({ factor, ok: false, reason });
    switch (factor) {
        case 'path': {
            if (!facts.pathCopy.ok)
                return no(facts.pathCopy.reason);
            const how = facts.kind === 'command'
                ? 'the command runs in a copy of its working directory, at another absolute path of another length'
                : 'the training processes run in another working directory, at another absolute path of another length';
            return { factor, ok: true, how, application: { factor } };
        }
        case 'tz': {
            const control = env.TZ;
            const zone = ZONES.find((candidate) => control !== candidate.name && control !== candidate.posix) ?? ZONES[0];
            const value = facts.zoneinfo ? zone.name : zone.posix;
            return {
                factor,
                ok: true,
                how: `TZ=${value} (UTC${zone.offset}; the control runs: ${control === undefined ? 'TZ unset, the system zone' : `TZ=${control}`})`,
                application: { factor, variables: { TZ: value } },
            };
        }
        case 'locale': {
            if (facts.locales === null)
                return no('the installed locales could not be listed (`locale -a` did not run)');
            const control = controlLocale(env);
            const other = pickLocale(facts.locales, control);
            if (other === null) {
                return no(`no locale with other conventions than the control runs' ${control} is installed (locale -a lists ${facts.locales.join(', ') || 'none'}); install one, e.g. \`apt-get install locales\` and \`locale-gen de_DE.UTF-8\``);
            }
            return {
                factor,
                ok: true,
                how: `LC_ALL=LANG=${other} (the control runs: ${control})`,
                application: { factor, variables: { LC_ALL: other, LANG: other } },
            };
        }
        case 'env': {
            // /bin/sh passes a command's variables on in an order of its own: Python's os.environ is reordered by the shim.
            const shim = facts.kind === 'command' ? facts.pythonShim : null;
            const order = facts.kind === 'command' ? (shim ? ' (for Python, os.environ, through the shim)' : ' (as far as /bin/sh keeps it)') : '';
            return {
                factor,
                ok: true,
                how: `the environment's variables in reverse order${order}, and one unrelated variable added (${UNRELATED_VARIABLE}=1)`,
                application: { factor, variables: { [UNRELATED_VARIABLE]: '1', ...(shim ? { TF_REPRO_ENV_ORDER: 'reversed' } : {}) }, reversed: true, shimDir: shim },
            };
        }
        case 'umask': {
            if (facts.umask === null)
                return no("this process's umask is unknown (no /proc/self/status), so another cannot be chosen");
            const varied = facts.umask === 0o077 ? 0o022 : 0o077;
            return { factor, ok: true, how: `umask ${octal(varied)} (the control runs: ${octal(facts.umask)})`, application: { factor, umask: varied } };
        }
        case 'file-order': {
            if (facts.kind === 'training')
                return no("tf-repro's own training lists no directory whose order it uses: it opens the dataset's and the model's files by name");
            if (facts.pythonShim === null)
                return no('the Python shim (dist/shims/conditions, built from python/shims/conditions) is missing from this copy of tf-repro');
            return {
                factor,
                ok: true,
                how: "Python's directory listings reversed (os.listdir, os.scandir, os.walk, glob, pathlib: a sitecustomize on PYTHONPATH); other languages' listings unchanged",
                application: { factor, shimDir: facts.pythonShim, variables: { TF_REPRO_FILE_ORDER: 'reversed' } },
            };
        }
        case 'cpus': {
            const cpus = facts.allowedCpus;
            if (cpus === null)
                return no('the CPUs this process may use are unknown (no /proc/self/status)');
            if (cpus.length < 2)
                return no(`only one CPU (${cpuListText(cpus)}) is available to this process, so a run cannot have fewer`);
            if (!facts.taskset)
                return no("`taskset` (util-linux) is not installed, which sets a run's CPU affinity");
            const fewer = cpus.slice(0, Math.floor(cpus.length / 2));
            return {
                factor,
                ok: true,
                how: facts.kind === 'command'
                    ? `${fewer.length} of ${cpus.length} CPUs (taskset -c ${cpuListText(fewer)}): the affinity, which sched_getaffinity and os.process_cpu_count see`
                    : `${fewer.length} of ${cpus.length} CPUs for each training process (taskset -c ${cpuListText(fewer)}; processes side by side take the next ones)`,
                application: { factor, cpus: fewer, allowed: cpus },
            };
        }
        case 'threads': {
            if (facts.kind === 'training') {
                return no("the `threads` input sets the backend's threads in every run (the preset pins TF_NUM_INTRAOP_THREADS, TF_NUM_INTEROP_THREADS and OMP_NUM_THREADS)");
            }
            const free = THREAD_VARIABLES.filter((name) => !facts.presetThreadVariables.includes(name));
            if (free.length === 0)
                return no(`the ${facts.framework} preset pins every thread variable (${THREAD_VARIABLES.join(', ')})`);
            const cpuCount = facts.allowedCpus?.length ?? 1;
            const variables = {};
            for (const name of free) {
                // Unset, a library sizes its pool by the CPUs: the varied run gets another size.
                const effective = env[name] ?? String(cpuCount);
                variables[name] = effective === '1' ? '2' : '1';
            }
            const set = Object.entries(variables).map(([name, value]) => `${name}=${value}`);
            const pinned = facts.presetThreadVariables.filter((name) => THREAD_VARIABLES.includes(name));
            return {
                factor,
                ok: true,
                how: `${set.join(', ')}${pinned.length > 0 ? ` (the ${facts.framework} preset pins ${pinned.join(', ')})` : ''}`,
                application: { factor, variables },
            };
        }
    }
}
/** The first half and the rest (the first half the larger). */
function halves(items) {
    const cut = Math.ceil(items.length / 2);
    return [items.slice(0, cut), items.slice(cut)];
}
/**
 * Finds the factors that change the numbers with as few runs as it can: every factor at once; only
 * when that run differs, halves, recursively (adaptive group testing). A half that agrees clears
 * its factors; when the first half agrees the second is known to differ without its own run. A
 * run that fails counts as differing (the factor broke the run). Factors that change the numbers
 * only together (each half alone agrees) are named together. Each factor named alone has a run
 * of its own, so its divergence is known. Where the numbers move only when factors of both halves
 * vary, each factor of the group is left out once: those without which it agrees are named
 * together. `test` runs one varied run; runs happen one at a time.
 */
async function findSensitiveFactors(factors, test) {
    const trials = [];
    const findings = new Map();
    const run = async (group, clears = true) => {
        const result = await test(group);
        trials.push({ factors: group, result });
        const index = trials.length - 1;
        if (result === 'same' && clears)
            for (const factor of group)
                findings.set(factor, { status: 'same', trial: index });
        return { index, differs: result !== 'same' };
    };
    /** `group` differs (shown by `trial`, or inferred: null). Returns whether some factor in it was named. */
    const narrow = async (group, trial) => {
        if (group.length === 1) {
            let shown = trial;
            if (shown === null) {
                const own = await run(group);
                if (!own.differs)
                    return false;
                shown = own.index;
            }
            findings.set(group[0], { status: 'differs', trial: shown });
            return true;
        }
        const [first, second] = halves(group);
        const a = await run(first);
        let found;
        if (!a.differs) {
            found = await narrow(second, null);
        }
        else {
            const b = await run(second);
            const inFirst = await narrow(first, a.index);
            const inSecond = b.differs ? await narrow(second, b.index) : false;
            found = inFirst || inSecond;
        }
        if (found)
            return true;
        // No half changes the numbers alone: some of the group's factors do, together.
        let shown = trial;
        if (shown === null) {
            const own = await run(group);
            if (!own.differs)
                return false;
            shown = own.index;
        }
        // Those without which the group agrees are the ones that act together (one run each; rare).
        const needed = [];
        for (const factor of group) {
            const without = await run(group.filter((other) => other !== factor), false);
            if (!without.differs)
                needed.push(factor);
        }
        const named = needed.length > 0 ? needed : group;
        for (const factor of named)
            findings.set(factor, { status: 'differs', trial: shown, together: named.filter((other) => other !== factor) });
        return true;
    };
    if (factors.length === 0)
        return { trials, findings };
    const all = await run([...factors]);
    if (all.differs)
        await narrow([...factors], all.index);
    return { trials, findings };
}
// --- What it means ---
/** The factors that changed the numbers, in VARY_FACTORS order. */
function sensitiveFactors(outcomes) {
    return _contracts_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .VARY_FACTORS */ .YS.filter((factor) => outcomes.some((outcome) => outcome.factor === factor && outcome.status === 'differs'));
}
/**
 * The step's verdict: the control runs' own, unless they reproduce and a varied factor changed the
 * numbers with `fail-on-variation`: then 'condition-sensitive' (exit 1, reproducible=false).
 */
function stepVerdict(control, variations) {
    if (control !== 'reproducible' || !variations)
        return control;
    return variations.sensitiveTo.length > 0 && variations.failOnVariation ? 'condition-sensitive' : control;
}
/** Why no varied run was made although factors could be varied: the control runs must agree first. */
function skipReason(control, cancelled) {
    if (cancelled)
        return 'the check was cancelled';
    if (control === 'not-reproducible')
        return 'the control runs differ among themselves, so a varied run could not show what a condition changes';
    if (control === 'error')
        return 'the control runs did not all finish';
    return null;
}
const factorList = (factors) => {
    const quoted = factors.map((factor) => `\`${factor}\``);
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
};
/**
 * The variations' verdict line: "Reproducible in identical conditions; the numbers change when
 * `tz` changes (fold 0, epoch 1: …)." `where` gives each sensitive factor's place in words.
 */
function variationSentence(control, variations, where) {
    const runs = variations.trials.length;
    const cost = `${runs} varied ${runs === 1 ? 'run' : 'runs'}`;
    const varied = variations.factors.filter((outcome) => outcome.status === 'same' || outcome.status === 'differs');
    const notVaried = variations.factors.filter((outcome) => outcome.status === 'not-varied').map((outcome) => outcome.factor);
    const notVariedText = notVaried.length > 0 ? `; not varied here: ${notVaried.join(', ')}` : '';
    if (control !== 'reproducible') {
        const tried = variations.factors.find((outcome) => outcome.status === 'not-tried');
        return `No condition was varied: ${tried?.reason ?? 'the control runs do not reproduce'}.`;
    }
    if (varied.length === 0)
        return `Reproducible in identical conditions; no condition could be varied on this runner${notVariedText}.`;
    if (variations.sensitiveTo.length === 0) {
        return `Reproducible in identical conditions and when ${factorList(varied.map((outcome) => outcome.factor))} ${varied.length === 1 ? 'changes' : 'change'} (${cost})${notVariedText}.`;
    }
    const clauses = variations.sensitiveTo.map((factor) => {
        const place = where(factor);
        const outcome = variations.factors.find((candidate) => candidate.factor === factor);
        const together = outcome?.together?.length ? ` together with ${factorList(outcome.together)}` : '';
        return `\`${factor}\` changes${together}${place ? ` (${place})` : ''}`;
    });
    return `Reproducible in identical conditions; the numbers change when ${clauses.join(', and when ')}; ${cost}.`;
}
//# sourceMappingURL=variations.js.map

/***/ }),

/***/ 4127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   c: () => (/* binding */ COST_CASES)
/* harmony export */ });
// The report: report.json's format, versioned (docs/report.md says what each field means and the
// schema policy). Bump REPORT_SCHEMA_VERSION when a field changes meaning.
/**
 * 2: runs carry a `role` (RunRole). Version 1 reports are read as all control runs.
 * 3: a variance or largest difference that was not measured (fewer than two runs gave a value) is
 * null, never 0, with `notMeasured` saying why; a command's `variables` holds only what every run
 * got alike, `runVariables` the rest. Version 2 reports are read with the 0s they wrote where
 * nothing was compared made null.
 */
const REPORT_SCHEMA_VERSION = 3;
const COST_CASES = ['needed-and-sufficient', 'needed-to-pin', 'not-needed', 'not-sufficient', 'inconclusive'];
//# sourceMappingURL=report.js.map

/***/ }),

/***/ 8032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ WHOLE_MODEL),
/* harmony export */   W: () => (/* binding */ RUN_ROLES)
/* harmony export */ });
// What one run produced: its folds, its fingerprint and its trace (runs/ writes it, comparison/ reads it).
/** The variable name of a trace line that names none: a digest of the whole model. */
const WHOLE_MODEL = '(model)';
/**
 * What a run is for. 'control': a repeat of the check, the runs the verdict compares (every run
 * today); 'varied': a run under varied conditions; 'negative-control': a run with another seed,
 * which must differ. Only control runs decide the verdict and trigger fail-fast; a run of another
 * role is compared with the controls apart (comparison/run-roles.ts).
 */
const RUN_ROLES = ['control', 'varied', 'negative-control'];
//# sourceMappingURL=run-result.js.map

/***/ }),

/***/ 1292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ BACKEND_CHOICES),
/* harmony export */   Ry: () => (/* binding */ SEEDING_PARTS),
/* harmony export */   YS: () => (/* binding */ VARY_FACTORS),
/* harmony export */   ei: () => (/* binding */ FRAMEWORK_CHOICES)
/* harmony export */ });
// What a check was asked to do, validated (inputs/): the settings every later stage reads.
const BACKEND_CHOICES = ['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'];
/** The seedings a deterministic run of the default workload (or a model file) applies. */
const SEEDING_PARTS = ['initializers', 'shuffle', 'dropout', 'math-random'];
/** What `vary` can change between a control run and a varied one, as users write them (issue 23). */
const VARY_FACTORS = ['path', 'tz', 'locale', 'env', 'umask', 'file-order', 'cpus', 'threads'];
const FRAMEWORK_CHOICES = ['tensorflow', 'pytorch', 'jax', 'none'];
//# sourceMappingURL=settings.js.map

/***/ }),

/***/ 9910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ pinnedVariables),
/* harmony export */   CV: () => (/* binding */ nativeLibraryEnvironment),
/* harmony export */   D1: () => (/* binding */ PINNED_VARIABLES),
/* harmony export */   ZD: () => (/* binding */ observedDeterminismVariables),
/* harmony export */   bW: () => (/* binding */ tensorflowThreadPools),
/* harmony export */   cr: () => (/* binding */ DETERMINISM_VARIABLES),
/* harmony export */   eJ: () => (/* binding */ oneDnnEnabled),
/* harmony export */   fu: () => (/* binding */ determinismEnvironment)
/* harmony export */ });
/* unused harmony exports tensorflowOneDnnDefault, tensorflowBoolean */
const DETERMINISM_VARIABLES = [
    'TF_DETERMINISTIC_OPS',
    'TF_CUDNN_DETERMINISTIC',
    'PYTHONHASHSEED',
    'TF_NUM_INTEROP_THREADS',
    'TF_NUM_INTRAOP_THREADS',
    'OMP_NUM_THREADS',
];
/**
 * Library defaults the determinism settings pin, to the runner's value or else to the library's
 * own default: they change the numbers (TensorFlow's oneDNN kernels sum in another order), so every
 * process and every later check must run the same way. Not a determinism switch: diagnose never
 * turns them off, since unset means the same default.
 */
const PINNED_VARIABLES = ['TF_ENABLE_ONEDNN_OPTS'];
/** The variables to add for a deterministic run, less those in `off` (diagnose); none for unpinned runs. `pinned`: pinnedVariables(). */
function determinismEnvironment(deterministic, threads, off = [], pinned = {}) {
    if (!deterministic)
        return {};
    const all = {
        TF_DETERMINISTIC_OPS: '1',
        TF_CUDNN_DETERMINISTIC: '1',
        PYTHONHASHSEED: '0',
        TF_NUM_INTEROP_THREADS: '1',
        TF_NUM_INTRAOP_THREADS: String(threads),
        OMP_NUM_THREADS: String(threads),
    };
    for (const name of off)
        delete all[name];
    return { ...all, ...pinned };
}
/** What a process sees of those variables and the pinned ones, for the report's fingerprint. */
function observedDeterminismVariables(env) {
    return Object.fromEntries([...DETERMINISM_VARIABLES, ...PINNED_VARIABLES].map((name) => [name, env[name] ?? null]));
}
/** x86 features for which TensorFlow turns oneDNN on by default on Linux (its DefaultOneDnnPolicy). */
const ONEDNN_CPU_FEATURES = ['avx512_vnni', 'avx512_bf16', 'avx_vnni', 'amx_tile', 'amx_int8', 'amx_bf16'];
/**
 * TensorFlow's default for TF_ENABLE_ONEDNN_OPTS (tensorflow/core/util/port.cc, DefaultOneDnnPolicy):
 * on Linux, on only for CPUs with neural-network features (AVX512_VNNI, AVX512_BF16, AVX_VNNI, AMX;
 * Arm's Neoverse V1), as since TensorFlow 2.9; on Windows x86-64 on (TensorFlow 2.15 and later;
 * off before); elsewhere off.
 */
function tensorflowOneDnnDefault(host) {
    if (host.platform === 'linux')
        return ONEDNN_CPU_FEATURES.some((flag) => host.flags.includes(flag)) || host.armNeoverseV1;
    return host.platform === 'win32' && host.arch === 'x64';
}
/** TensorFlow's reading of a boolean variable: 0, false, 1, true in any case; anything else (or unset) is null: its default. */
function tensorflowBoolean(value) {
    const text = value?.trim().toLowerCase();
    if (text === '1' || text === 'true')
        return true;
    if (text === '0' || text === 'false')
        return false;
    return null;
}
/** TF_ENABLE_ONEDNN_OPTS as the runner sets it, else TensorFlow's default on this host, as '1' or '0'. */
function pinnedVariables(inherited, host) {
    const runner = inherited.TF_ENABLE_ONEDNN_OPTS;
    return { TF_ENABLE_ONEDNN_OPTS: runner !== undefined && runner.trim() !== '' ? runner : tensorflowOneDnnDefault(host) ? '1' : '0' };
}
/** Whether TensorFlow runs its oneDNN kernels in a process with this environment (its IsMklEnabled). */
function oneDnnEnabled(env, host, builtWithOneDnn) {
    return builtWithOneDnn && (tensorflowBoolean(env.TF_ENABLE_ONEDNN_OPTS) ?? tensorflowOneDnnDefault(host));
}
/**
 * The thread pools TensorFlow sizes for the eager context (process_util.cc): TF_NUM_INTRAOP_THREADS
 * and TF_NUM_INTEROP_THREADS where they are positive whole numbers, else one thread per processor
 * the process may run on.
 */
function tensorflowThreadPools(env, processors) {
    const pool = (value) => {
        const number = /^\s*\d+\s*$/.test(value ?? '') ? Number(value) : 0;
        return number > 0 ? number : processors;
    };
    return { intraOp: pool(env.TF_NUM_INTRAOP_THREADS), interOp: pool(env.TF_NUM_INTEROP_THREADS) };
}
/**
 * LD_LIBRARY_PATH for a training process whose native candidates need library folders of their own
 * (provision/: pip's CUDA libraries beside a Python TensorFlow), ahead of the runner's; {} when none do.
 */
function nativeLibraryEnvironment(libraryPaths, inherited) {
    const dirs = [...new Set(libraryPaths.flatMap((paths) => paths ?? []))];
    if (dirs.length === 0)
        return {};
    return { LD_LIBRARY_PATH: [...dirs, ...(inherited.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean)].join(':') };
}
//# sourceMappingURL=environment.js.map

/***/ }),

/***/ 5235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ compareAcross)
/* harmony export */ });
/* unused harmony export findReports */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _util_user_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2292);
/* harmony import */ var _report_across_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(931);
/* harmony import */ var _report_saved_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1646);
/* harmony import */ var _result_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6970);
/* harmony import */ var _report_patterns_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2706);
// `across`: the report.json files of complete checks from different runners (matrix legs, their
// artifacts downloaded into one job), found by glob, read and checked to be complete reports of
// one check, then compared (report/across.ts). Every file that cannot be compared is one clear
// error naming it and what is wrong.






/** The legs' report files: at least two, else one clear error. */
async function findReports(patterns, what, cwd = process.cwd()) {
    const unique = await (0,_report_patterns_js__WEBPACK_IMPORTED_MODULE_4__/* .expandReportPatterns */ .W)(patterns, cwd, (pattern) => `${what}: no file matches '${pattern}' (in ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd)}); download the legs' report artifacts first (actions/download-artifact) and give the path of their report.json files, e.g. reports/*/report.json`);
    if (unique.length < 2) {
        throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${what}: found ${unique.length === 1 ? `one report (${unique[0]})` : 'no report'}, and comparing across runners needs at least two: give every leg's report.json`);
    }
    return unique;
}
async function readLeg(file, cwd) {
    const { report, runs } = await (0,_result_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readReportRuns */ .Xb)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, file));
    const leg = { file, runs, ...(0,_report_saved_report_js__WEBPACK_IMPORTED_MODULE_2__/* .savedLeg */ .s9)(report, file) };
    const reason = (0,_report_across_js__WEBPACK_IMPORTED_MODULE_1__/* .incompleteReason */ .D1)(leg);
    if (reason !== null)
        throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${file} ${reason}`);
    return leg;
}
/** Reads the legs' reports and compares them across runners. */
async function compareAcross(request) {
    const cwd = request.cwd ?? process.cwd();
    const files = await findReports(request.patterns, request.what, cwd);
    const legs = await Promise.all(files.map((file) => readLeg(file, cwd)));
    const [first, ...others] = legs;
    for (const leg of others) {
        const differences = (0,_report_across_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDifferences */ .F_)(first, leg);
        if (differences.length > 0) {
            throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${leg.file} is a report of another check than ${first.file}: ${differences.join('; ')}. Across compares one check (the same settings, dataset and tf-repro version) run on different runners`);
        }
    }
    return (0,_report_across_js__WEBPACK_IMPORTED_MODULE_1__/* .buildAcrossReport */ .UT)(legs, request);
}
//# sourceMappingURL=across.js.map

/***/ }),

/***/ 101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jF: () => (/* binding */ driftAgainstFile),
/* harmony export */   zm: () => (/* binding */ driftAgainstFolder)
/* harmony export */ });
/* unused harmony export findReportIn */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _comparison_drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(836);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6508);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6143);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7499);
/* harmony import */ var _result_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6970);
// The baseline of a drift, read from a report.json the user named or from the folder an artifact
// was downloaded into (github/baseline-artifact.ts), and compared with this check's report
// (comparison/drift.ts). A baseline that cannot be read is a drift 'unavailable' that says why,
// never an error of the check.







/** How deep below the artifact's root a report.json is looked for (upload-artifact keeps the folders under the common one). */
const SEARCH_DEPTH = 4;
/** report.json in `dir`, else the shallowest one below it (the first by name among equals); null when there is none. */
async function findReportIn(dir, depth = SEARCH_DEPTH) {
    let level = [dir];
    for (let d = 0; d <= depth && level.length > 0; d++) {
        const next = [];
        for (const folder of level) {
            const entries = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(folder, { withFileTypes: true }).catch(() => [])).sort((a, b) => (a.name < b.name ? -1 : 1));
            if (entries.some((entry) => entry.isFile() && entry.name === _report_files_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_FILE */ .Uq))
                return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, _report_files_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_FILE */ .Uq);
            next.push(...entries.filter((entry) => entry.isDirectory()).map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, entry.name)));
        }
        level = next;
    }
    return null;
}
/** This check against the report.json at `path`. */
async function driftAgainstFile(report, path, source = { kind: 'file', path }, shownAs = path) {
    const tolerance = report.comparison.tolerance;
    try {
        return (0,_comparison_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .compareWithBaseline */ .$_)(report, await (0,_result_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readBaselineReport */ .Up)(path, shownAs), source, tolerance);
    }
    catch (error) {
        return (0,_comparison_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .unavailableDrift */ .iW)(source, (0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)), tolerance);
    }
}
/** This check against the report.json in a downloaded artifact's folder. */
async function driftAgainstFolder(report, dir, source, artifact) {
    const path = await findReportIn(dir);
    if (path === null) {
        return (0,_comparison_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .unavailableDrift */ .iW)(source, `the artifact ${artifact} holds no ${_report_files_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_FILE */ .Uq} (upload the report-dir, or the report-path output, under that name)`, report.comparison.tolerance);
    }
    return driftAgainstFile(report, path, source, `${_report_files_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_FILE */ .Uq} of the artifact ${artifact}`);
}
//# sourceMappingURL=baseline.js.map

/***/ }),

/***/ 8870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ compareResultFiles),
  k: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./build/src/util/processes.js
// Finding and ending processes by a variable in their environment. A check puts its own marker
// into every process it starts (engine/check.ts), and a command's run its own (runs/command-runs.ts),
// so that what they left behind can be found even where it left the process group or was
// detached from its parent (`setsid`, a daemon). Linux only: it reads /proc/<pid>/environ, the
// environment each process started with; elsewhere nothing is found.

/** Every process a check starts carries this variable, set to the check's own id. */
const CHECK_ID_VARIABLE = 'TF_REPRO_CHECK_ID';
/** Scans at most: each kills what the one before had not seen. */
const KILL_ROUNDS = 20;
/** How long killMarked waits for what it killed to be gone: SIGKILL takes effect when the kernel next runs the process, later on a busy machine. */
const DEATH_WAIT_MS = 5_000;
/** The processes other than this one whose environment holds `name=value`. */
function processesMarked(name, value) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const needle = Buffer.from(`${name}=${value}\0`);
    const marked = [];
    for (const entry of entries) {
        const pid = Number(entry);
        if (!Number.isInteger(pid) || pid === process.pid)
            continue;
        let environ;
        try {
            // Empty for a process that is already dead but not yet reaped.
            environ = (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`);
        }
        catch {
            continue; // gone, or another user's
        }
        for (let at = environ.indexOf(needle); at !== -1; at = environ.indexOf(needle, at + 1)) {
            if (at === 0 || environ[at - 1] === 0) {
                marked.push(pid);
                break;
            }
        }
    }
    return marked;
}
/** Whether a process has ended: gone from /proc, or a zombie (dead, not yet reaped). */
function processEnded(pid) {
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] === 'Z';
    }
    catch {
        return true;
    }
}
/** Blocks this thread for `ms` (no timer: killMarked also runs on the way out of a signal handler). */
function pause(ms) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
/**
 * SIGKILLs every process marked `name=value`, scanning again until a scan finds none it has not
 * already killed (one may start another while being killed), then waits (at most 5 s) until each
 * has ended, so that a caller that goes on finds none of them running. Returns how many it killed.
 */
function killMarked(name, value) {
    const killed = new Set();
    for (let round = 0; round < KILL_ROUNDS; round++) {
        const found = processesMarked(name, value).filter((pid) => !killed.has(pid));
        if (found.length === 0)
            break;
        for (const pid of found) {
            try {
                process.kill(pid, 'SIGKILL');
            }
            catch {
                // It ended on its own meanwhile.
            }
            killed.add(pid);
        }
    }
    const until = performance.now() + DEATH_WAIT_MS;
    while ([...killed].some((pid) => !processEnded(pid)) && performance.now() < until)
        pause(10);
    return killed.size;
}
//# sourceMappingURL=processes.js.map
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(7499);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/util/user-error.js
var user_error = __webpack_require__(2292);
// EXTERNAL MODULE: ./build/src/comparison/artifacts.js
var artifacts = __webpack_require__(8972);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./build/src/provision/cuda-libraries.js
// Which of the CUDA 11 and cuDNN 8 libraries libtensorflow 2.9.1 (tfjs-node-gpu 4.x) needs can be
// found, from `ldconfig -p` and the directories of LD_LIBRARY_PATH. Pure.
/** The sonames libtensorflow 2.9 opens for the GPU, and where each comes from. */
const REQUIRED_CUDA_LIBRARIES = [
    { soname: 'libcudart.so.11.0', from: 'the CUDA 11 runtime (cuda-cudart-11-x)' },
    { soname: 'libcublas.so.11', from: 'cuBLAS 11 (libcublas-11-x)' },
    { soname: 'libcublasLt.so.11', from: 'cuBLAS 11 (libcublas-11-x)' },
    { soname: 'libcufft.so.10', from: 'cuFFT 10 (libcufft-11-x)' },
    { soname: 'libcurand.so.10', from: 'cuRAND 10 (libcurand-11-x)' },
    { soname: 'libcusolver.so.11', from: 'cuSOLVER 11 (libcusolver-11-x)' },
    { soname: 'libcusparse.so.11', from: 'cuSPARSE 11 (libcusparse-11-x)' },
    { soname: 'libcudnn.so.8', from: 'cuDNN 8.1 or newer 8.x (libcudnn8)' },
];
/** soname → path, from `ldconfig -p` lines like "\tlibcudnn.so.8 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libcudnn.so.8". */
function parseLdconfigCache(output) {
    const found = new Map();
    for (const line of output.split('\n')) {
        const match = /^\s*(\S+)\s+\(([^)]*)\)\s+=>\s+(\S+)\s*$/.exec(line);
        if (match && !found.has(match[1]))
            found.set(match[1], match[3]);
    }
    return found;
}
/**
 * @param available soname → path, from the linker cache and LD_LIBRARY_PATH directories.
 * @param realNames file names seen in those directories (libcudart.so.11.2.152, ...), for versions.
 */
function checkCudaLibraries(available, realNames) {
    const found = new Map();
    const missing = [];
    for (const library of REQUIRED_CUDA_LIBRARIES) {
        const path = available.get(library.soname);
        if (path)
            found.set(library.soname, path);
        else
            missing.push({ soname: library.soname, from: library.from });
    }
    const versionOf = (prefix) => {
        const versions = realNames
            .map((name) => name.split('/').pop() ?? name)
            .filter((name) => name.startsWith(prefix))
            .map((name) => name.slice(prefix.length))
            .filter((version) => /^\d+(\.\d+)+$/.test(version));
        return versions.sort((a, b) => b.length - a.length)[0] ?? null;
    };
    return { found, missing, cudaVersion: versionOf('libcudart.so.'), cudnnVersion: versionOf('libcudnn.so.') };
}
function missingLibraryMessage(missing) {
    const first = missing[0];
    const others = missing.length > 1
        ? ` (and ${missing
            .slice(1)
            .map((m) => m.soname)
            .join(', ')})`
        : '';
    return (`${first.soname} was not found${others}: libtensorflow 2.9.1 needs CUDA 11.2 and cuDNN 8.1 on the runner. ` +
        `Install ${first.from}, or add its directory to LD_LIBRARY_PATH`);
}
//# sourceMappingURL=cuda-libraries.js.map
// EXTERNAL MODULE: ./build/src/util/parsed.js
var util_parsed = __webpack_require__(8905);
;// CONCATENATED MODULE: ./build/src/provision/nvidia-smi.js
// Parses nvidia-smi's documented CSV output:
//   nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
// e.g. "NVIDIA H100 80GB HBM3, 550.54.15, 81559 MiB". Pure.

const NVIDIA_SMI_QUERY = ['--query-gpu=name,driver_version,memory.total', '--format=csv,noheader'];
function parseNvidiaSmiGpus(output) {
    const gpus = [];
    const lines = output
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    for (const [lineIndex, line] of lines.entries()) {
        // GPU names hold no commas; the driver and memory are the last two fields.
        const fields = line.split(',').map((field) => field.trim());
        if (fields.length < 3)
            return (0,util_parsed/* fail */.f)(`nvidia-smi line ${lineIndex + 1}: expected 'name, driver_version, memory.total', found '${line}'`);
        const memory = fields[fields.length - 1];
        const driverVersion = fields[fields.length - 2];
        const name = fields.slice(0, -2).join(',');
        const memoryMatch = /^(\d+)\s*MiB$/i.exec(memory);
        if (!/^\d+(\.\d+)*$/.test(driverVersion))
            return (0,util_parsed/* fail */.f)(`nvidia-smi line ${lineIndex + 1}: driver version '${driverVersion}' is not a version number`);
        gpus.push({ index: lineIndex, name, driverVersion, memoryTotalMiB: memoryMatch ? Number(memoryMatch[1]) : null });
    }
    return (0,util_parsed.ok)(gpus);
}
//# sourceMappingURL=nvidia-smi.js.map
// EXTERNAL MODULE: ./build/src/util/errors.js
var errors = __webpack_require__(6143);
;// CONCATENATED MODULE: ./build/src/provision/preflight.js
// Looks at the machine before training: the GPUs nvidia-smi lists, and which of the CUDA and
// cuDNN libraries libtensorflow needs the dynamic linker can find.







const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const PROBE_TIMEOUT_MS = 15_000;
async function probeGpus(env = process.env) {
    try {
        const { stdout } = await run('nvidia-smi', [...NVIDIA_SMI_QUERY], { timeout: PROBE_TIMEOUT_MS, env });
        const parsed = parseNvidiaSmiGpus(stdout);
        if (!parsed.ok)
            return { gpus: [], reason: parsed.error };
        return { gpus: parsed.value, reason: parsed.value.length === 0 ? 'nvidia-smi listed no GPU' : null };
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { gpus: [], reason: 'nvidia-smi is not on PATH' };
        const stderr = String(error.stderr ?? '')
            .trim()
            .split('\n')[0];
        return { gpus: [], reason: `nvidia-smi failed: ${stderr || (0,errors/* errorMessage */.g)(error).split('\n')[0]}` };
    }
}
/** The linker cache plus every LD_LIBRARY_PATH directory (which the cache does not cover). */
async function probeCudaLibraries(env = process.env) {
    const available = new Map();
    const realNames = [];
    try {
        const { stdout } = await run('ldconfig', ['-p'], { timeout: PROBE_TIMEOUT_MS });
        for (const [soname, path] of parseLdconfigCache(stdout)) {
            available.set(soname, path);
            realNames.push(path);
        }
    }
    catch {
        // No ldconfig (or not allowed): the directories below still count.
    }
    const dirs = (env.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean);
    for (const dir of [...dirs, '/usr/local/cuda/lib64']) {
        const names = await (0,promises_.readdir)(dir).catch(() => []);
        for (const name of names) {
            realNames.push((0,external_node_path_.join)(dir, name));
            if (!available.has(name))
                available.set(name, (0,external_node_path_.join)(dir, name));
        }
    }
    // Versions come from the real files the sonames point to, e.g. libcudart.so.11.2.152.
    for (const path of [...available.values()]) {
        const names = await (0,promises_.readdir)((0,external_node_path_.join)(path, '..')).catch(() => []);
        for (const name of names)
            if (name.startsWith('libcudart.so.') || name.startsWith('libcudnn.so.'))
                realNames.push(name);
    }
    return checkCudaLibraries(available, realNames);
}
//# sourceMappingURL=preflight.js.map
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./build/src/comparison/experiment-format.js
var experiment_format = __webpack_require__(8654);
;// CONCATENATED MODULE: ./build/src/comparison/metrics-files.js
// Pure parsers of the metrics file a training command writes, in any of four formats, told
// apart by their content (the name does not matter):
//   JSON        {"0": {"loss": 0.3, "accuracy": 0.9}, "1": {...}}  or  [{"fold": 0, "loss": 0.3, ...}, ...]
//   JSON Lines  {"fold": 0, "loss": 0.3, "accuracy": 0.9}  one object per line
//   CSV         a header with a `fold` column and metric columns, then one row per fold
//   the experiment's text format (experiment-format.ts); the last run in the file is this run's
// Any metric names, any number of folds. NaN and Infinity are accepted where Python writes them
// (json.dump's NaN, Infinity, -Infinity; csv's nan, inf). Every error says "file:line: reason".
// Metric names are user text: metrics are gathered in Maps and made into objects with
// Object.fromEntries, so `__proto__`, `constructor` or `toString` are names like any other.




const FORMAT_NAMES = {
    json: 'JSON',
    jsonl: 'JSON Lines',
    csv: 'CSV',
    experiment: "the experiment's text format",
};
/**
 * The largest metrics file read: 64 MiB holds a million folds of a few metrics, and a file past
 * it is more likely a log or a checkpoint written to the wrong path than metrics.
 */
const METRICS_FILE_LIMIT_BYTES = 64 * 1024 * 1024;
/** An error for a metrics file too large to read, checked from its size before reading it; else null. */
function oversizedMetricsFile(bytes, source) {
    if (bytes <= METRICS_FILE_LIMIT_BYTES)
        return null;
    return (0,util_parsed/* fail */.f)(`${source}: the metrics file is ${(0,util_text/* withCommas */.rX)(bytes)} bytes, over the limit of ${(0,util_text/* withCommas */.rX)(METRICS_FILE_LIMIT_BYTES)} bytes (64 MiB); write only each fold's metrics to it`);
}
/** Which format `text` is in, by its first characters. */
function detectMetricsFormat(text) {
    const body = text.replace(/^\uFEFF/, '');
    const first = body.trimStart()[0];
    if (first === '[')
        return 'json';
    if (first === '{') {
        // One object per line (and not one object over several lines) is JSON Lines.
        const lines = body.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
        if (lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{') && line.trimEnd().endsWith('}')))
            return 'jsonl';
        return 'json';
    }
    const firstLine = body.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
    return firstLine.includes(',') ? 'csv' : 'experiment';
}
/** Parses a metrics file in whichever format it is in; folds ascending. */
/**
 * What a run that was killed while writing its metrics left whole: a line-based file (JSON Lines,
 * CSV, the experiment's text) up to its last newline, since a cut line may still parse ("0.12" of
 * "0.1234"); a JSON document as it is (cut, it does not parse).
 */
function wholeLinesOfCutMetrics(text) {
    if (text.endsWith('\n') || detectMetricsFormat(text) === 'json')
        return text;
    return text.slice(0, text.lastIndexOf('\n') + 1);
}
function parseMetricsFile(text, source) {
    const format = detectMetricsFormat(text);
    const body = text.replace(/^\uFEFF/, '');
    let parsed;
    switch (format) {
        case 'json':
            parsed = parseMetricsJson(body, source);
            break;
        case 'jsonl':
            parsed = parseMetricsJsonLines(body, source);
            break;
        case 'csv':
            parsed = parseMetricsCsv(body, source);
            break;
        case 'experiment':
            parsed = parseMetricsExperiment(body, source);
            break;
    }
    if (!parsed.ok)
        return (0,util_parsed/* fail */.f)(`${parsed.error} (read as ${FORMAT_NAMES[format]})`);
    return (0,util_parsed.ok)({ format, folds: parsed.value });
}
class JsonSyntaxError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
    }
}
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
/** A metrics file nests three deep at most; far deeper is garbage, and recursion must not overflow the stack on it. */
const MAX_JSON_DEPTH = 64;
function describe(text, at) {
    if (at >= text.length)
        return 'the end of the file';
    return `'${text.slice(at, at + 12).split(/\r\n|\r|\n/)[0]}'`;
}
/** Parses one JSON value filling the whole text; lines count from `firstLine`. */
function parseJsonWithLines(text, firstLine = 1) {
    let i = 0;
    let line = firstLine;
    const space = () => {
        for (; i < text.length; i++) {
            const c = text[i];
            if (c === '\n')
                line++;
            else if (c === '\r') {
                if (text[i + 1] !== '\n')
                    line++;
            }
            else if (c !== ' ' && c !== '\t')
                break;
        }
    };
    const error = (message) => {
        throw new JsonSyntaxError(line, message);
    };
    const string = () => {
        const start = i;
        i++;
        let out = '';
        for (;;) {
            if (i >= text.length || text[i] === '\n' || text[i] === '\r') {
                i = start;
                return error('a string is not closed on its line');
            }
            const c = text[i];
            if (c === '"') {
                i++;
                return out;
            }
            if (c === '\\') {
                const escape = text[i + 1];
                const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (escape !== undefined && escape in simple) {
                    out += simple[escape];
                    i += 2;
                }
                else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                    out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
                    i += 6;
                }
                else {
                    return error(`bad escape '\\${escape ?? ''}' in a string`);
                }
                continue;
            }
            out += c;
            i++;
        }
    };
    let depth = 0;
    const value = () => {
        space();
        const at = line;
        const c = text[i];
        if ((c === '{' || c === '[') && ++depth > MAX_JSON_DEPTH)
            return error(`lists and objects nested more than ${MAX_JSON_DEPTH} deep`);
        const node = container(c, at);
        if (node !== null) {
            depth--;
            return node;
        }
        return scalar(c, at);
    };
    const container = (c, at) => {
        if (c === '{') {
            i++;
            const entries = [];
            space();
            if (text[i] === '}') {
                i++;
                return { type: 'object', line: at, entries };
            }
            for (;;) {
                space();
                if (text[i] !== '"')
                    return error(`expected a quoted key, found ${describe(text, i)}`);
                const keyLine = line;
                const key = string();
                space();
                if (text[i] !== ':')
                    return error(`expected ':' after the key "${(0,util_text/* excerpt */.Kb)(key)}", found ${describe(text, i)}`);
                i++;
                const item = value();
                entries.push({ key, line: keyLine, value: item });
                space();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return { type: 'object', line: at, entries };
                }
                return error(`expected ',' or '}' after a value, found ${describe(text, i)}`);
            }
        }
        if (c === '[') {
            i++;
            const items = [];
            space();
            if (text[i] === ']') {
                i++;
                return { type: 'array', line: at, items };
            }
            for (;;) {
                items.push(value());
                space();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return { type: 'array', line: at, items };
                }
                return error(`expected ',' or ']' after a value, found ${describe(text, i)}`);
            }
        }
        return null;
    };
    const scalar = (c, at) => {
        if (c === '"')
            return { type: 'string', line: at, value: string() };
        for (const [word, node] of [
            ['true', { type: 'boolean', line: at, value: true }],
            ['false', { type: 'boolean', line: at, value: false }],
            ['null', { type: 'null', line: at }],
            ['NaN', { type: 'number', line: at, value: NaN }],
            ['Infinity', { type: 'number', line: at, value: Infinity }],
            ['-Infinity', { type: 'number', line: at, value: -Infinity }],
        ]) {
            if (text.startsWith(word, i) && !/[\w.]/.test(text[i + word.length] ?? '')) {
                i += word.length;
                return node;
            }
        }
        const m = NUMBER.exec(text.slice(i, i + 64));
        if (m) {
            i += m[0].length;
            return { type: 'number', line: at, value: Number(m[0]) };
        }
        return error(`expected a value, found ${describe(text, i)}`);
    };
    const root = value();
    space();
    if (i < text.length)
        error(`unexpected ${describe(text, i)} after the end of the JSON value`);
    return root;
}
function jsonType(node) {
    return node.type === 'object' ? 'an object' : node.type === 'array' ? 'a list' : node.type === 'null' ? 'null' : `a ${node.type}`;
}
/** A fold index from a JSON number or an object key: a whole number of at least 0. */
function foldIndex(value) {
    const number = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
    return Number.isSafeInteger(number) && number >= 0 ? number : null;
}
/** The metrics of one fold's object; `skip` is the key that names the fold in a record. */
function metricsOf(node, where, fold, skip) {
    const metrics = new Map();
    for (const entry of node.entries) {
        if (entry.key === skip)
            continue;
        if (entry.value.type !== 'number') {
            return (0,util_parsed/* fail */.f)(`${where(entry.value.line)}: metric "${(0,util_text/* excerpt */.Kb)(entry.key)}" of fold ${fold} is ${jsonType(entry.value)}, not a number`);
        }
        if (metrics.has(entry.key))
            return (0,util_parsed/* fail */.f)(`${where(entry.line)}: metric "${(0,util_text/* excerpt */.Kb)(entry.key)}" appears twice in fold ${fold}`);
        metrics.set(entry.key, entry.value.value);
    }
    if (metrics.size === 0)
        return (0,util_parsed/* fail */.f)(`${where(node.line)}: fold ${fold} has no metrics`);
    return (0,util_parsed.ok)(Object.fromEntries(metrics));
}
/** A record {"fold": 0, "loss": …}. */
function record(node, where) {
    if (node.type !== 'object')
        return (0,util_parsed/* fail */.f)(`${where(node.line)}: expected an object with a "fold" key, found ${jsonType(node)}`);
    const foldEntry = node.entries.find((entry) => entry.key === 'fold');
    if (!foldEntry)
        return (0,util_parsed/* fail */.f)(`${where(node.line)}: the object has no "fold" key; give each fold's index as "fold": 0`);
    const fold = foldEntry.value.type === 'number' ? foldIndex(foldEntry.value.value) : null;
    if (fold === null)
        return (0,util_parsed/* fail */.f)(`${where(foldEntry.value.line)}: "fold" must be a whole number of at least 0, found ${foldEntry.value.type === 'number' ? foldEntry.value.value : jsonType(foldEntry.value)}`);
    const metrics = metricsOf(node, where, fold, 'fold');
    return metrics.ok ? (0,util_parsed.ok)({ fold, metrics: metrics.value }) : metrics;
}
function sortedFolds(folds, lines, where) {
    const seen = new Map();
    for (let k = 0; k < folds.length; k++) {
        const { fold } = folds[k];
        if (seen.has(fold))
            return (0,util_parsed/* fail */.f)(`${where(lines[k])}: fold ${fold} appears twice (first on line ${seen.get(fold)})`);
        seen.set(fold, lines[k]);
    }
    if (folds.length === 0)
        return (0,util_parsed/* fail */.f)(`${where(1)}: no folds in the file`);
    return (0,util_parsed.ok)([...folds].sort((a, b) => a.fold - b.fold));
}
function parseMetricsJson(text, source) {
    const where = (line) => `${source}:${line}`;
    let root;
    try {
        root = parseJsonWithLines(text);
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            return (0,util_parsed/* fail */.f)(`${where(e.line)}: ${e.message}`);
        throw e;
    }
    const folds = [];
    const lines = [];
    if (root.type === 'array') {
        for (const item of root.items) {
            const one = record(item, where);
            if (!one.ok)
                return one;
            folds.push(one.value);
            lines.push(item.line);
        }
    }
    else if (root.type === 'object' && root.entries.some((entry) => entry.key === 'fold')) {
        // One record alone: a JSON Lines file of one fold.
        const one = record(root, where);
        if (!one.ok)
            return one;
        folds.push(one.value);
        lines.push(root.line);
    }
    else if (root.type === 'object') {
        for (const entry of root.entries) {
            const fold = foldIndex(entry.key);
            if (fold === null) {
                return (0,util_parsed/* fail */.f)(`${where(entry.line)}: key "${(0,util_text/* excerpt */.Kb)(entry.key)}" is not a fold index; expected {"0": {"loss": …, "accuracy": …}, "1": …} or a list of objects with a "fold" key`);
            }
            if (entry.value.type !== 'object')
                return (0,util_parsed/* fail */.f)(`${where(entry.value.line)}: fold ${fold} is ${jsonType(entry.value)}, expected an object of metrics like {"loss": 0.3}`);
            const metrics = metricsOf(entry.value, where, fold, null);
            if (!metrics.ok)
                return metrics;
            folds.push({ fold, metrics: metrics.value });
            lines.push(entry.line);
        }
    }
    else {
        return (0,util_parsed/* fail */.f)(`${where(root.line)}: expected an object of folds or a list of fold objects, found ${jsonType(root)}`);
    }
    return sortedFolds(folds, lines, where);
}
function parseMetricsJsonLines(text, source) {
    const where = (line) => `${source}:${line}`;
    const folds = [];
    const lines = [];
    const all = text.split(/\r\n|\r|\n/);
    for (let k = 0; k < all.length; k++) {
        const line = all[k];
        if (line.trim() === '')
            continue;
        let node;
        try {
            node = parseJsonWithLines(line, k + 1);
        }
        catch (e) {
            if (e instanceof JsonSyntaxError)
                return (0,util_parsed/* fail */.f)(`${where(e.line)}: ${e.message}`);
            throw e;
        }
        const one = record(node, where);
        if (!one.ok)
            return one;
        folds.push(one.value);
        lines.push(k + 1);
    }
    return sortedFolds(folds, lines, where);
}
// ---- CSV -----------------------------------------------------------------------------------------
/** One CSV line's cells: commas separate, double quotes may enclose a cell ("" is a quote). */
function csvCells(line) {
    const cells = [];
    let i = 0;
    for (;;) {
        let cell = '';
        while (line[i] === ' ')
            i++;
        if (line[i] === '"') {
            i++;
            for (;;) {
                if (i >= line.length)
                    return null;
                if (line[i] === '"') {
                    if (line[i + 1] === '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                cell += line[i++];
            }
            while (line[i] === ' ')
                i++;
            if (i < line.length && line[i] !== ',')
                return null;
        }
        else {
            const end = line.indexOf(',', i);
            cell = line.slice(i, end < 0 ? line.length : end);
            i = end < 0 ? line.length : end;
        }
        cells.push(cell.trim());
        if (i >= line.length)
            return cells;
        i++; // the comma
    }
}
function parseMetricsCsv(text, source) {
    const where = (line) => `${source}:${line}`;
    const all = text.split(/\r\n|\r|\n/);
    let headerLine = 0;
    let header = null;
    const folds = [];
    const lines = [];
    let foldColumn = -1;
    for (let k = 0; k < all.length; k++) {
        const raw = all[k];
        if (raw.trim() === '')
            continue;
        const cells = csvCells(raw);
        if (cells === null)
            return (0,util_parsed/* fail */.f)(`${where(k + 1)}: a quoted cell is not closed or is followed by more than a comma`);
        if (header === null) {
            header = cells;
            headerLine = k + 1;
            foldColumn = cells.findIndex((cell) => cell.toLowerCase() === 'fold');
            if (foldColumn < 0)
                return (0,util_parsed/* fail */.f)(`${where(headerLine)}: the header has no 'fold' column (found ${cells
                    .slice(0, 5)
                    .map((c) => `'${(0,util_text/* excerpt */.Kb)(c)}'`)
                    .join(', ')}${cells.length > 5 ? ', …' : ''}); name the fold index column 'fold'`);
            const named = cells.filter((cell, column) => cell !== '' && column !== foldColumn);
            if (named.length === 0)
                return (0,util_parsed/* fail */.f)(`${where(headerLine)}: the header has no metric columns beside 'fold'`);
            const seen = new Set();
            const twice = named.find((cell) => seen.size === seen.add(cell).size);
            if (twice !== undefined)
                return (0,util_parsed/* fail */.f)(`${where(headerLine)}: the header names '${(0,util_text/* excerpt */.Kb)(twice)}' twice`);
            continue;
        }
        if (cells.length !== header.length) {
            return (0,util_parsed/* fail */.f)(`${where(k + 1)}: ${cells.length} values but the header (line ${headerLine}) has ${header.length} columns`);
        }
        const foldText = cells[foldColumn];
        const foldNumber = (0,experiment_format/* parsePythonFloat */.Gc)(foldText);
        const fold = foldNumber === null ? null : foldIndex(foldNumber);
        if (fold === null)
            return (0,util_parsed/* fail */.f)(`${where(k + 1)}: fold '${(0,util_text/* excerpt */.Kb)(foldText)}' is not a whole number of at least 0`);
        const metrics = new Map();
        for (let column = 0; column < header.length; column++) {
            const name = header[column];
            // An unnamed column is an index pandas wrote (df.to_csv() without index=False): not a metric.
            if (column === foldColumn || name === '')
                continue;
            const cell = cells[column];
            const value = (0,experiment_format/* parsePythonFloat */.Gc)(cell);
            if (value === null)
                return (0,util_parsed/* fail */.f)(`${where(k + 1)}: ${(0,util_text/* excerpt */.Kb)(name)} ${cell === '' ? 'is empty' : `'${(0,util_text/* excerpt */.Kb)(cell)}' is not a number`} (fold ${fold})`);
            metrics.set(name, value);
        }
        folds.push({ fold, metrics: Object.fromEntries(metrics) });
        lines.push(k + 1);
    }
    if (header === null)
        return (0,util_parsed/* fail */.f)(`${where(1)}: the file is empty; expected a header line like 'fold,loss,accuracy'`);
    if (folds.length === 0)
        return (0,util_parsed/* fail */.f)(`${where(headerLine)}: a header but no rows of folds`);
    return sortedFolds(folds, lines, where);
}
// ---- The experiment's text format -------------------------------------------------------------
function parseMetricsExperiment(text, source) {
    const parsed = (0,experiment_format/* parseExperimentText */.kz)(text, source);
    if (!parsed.ok)
        return parsed;
    const last = parsed.value.runs[parsed.value.runs.length - 1];
    if (!last)
        return (0,util_parsed/* fail */.f)(`${source}:1: no run in the file; expected a %Y%m%d-%H%M%S timestamp line, then 'fold loss accuracy' lines`);
    return (0,util_parsed.ok)(last.folds.map((f) => ({ fold: f.fold, metrics: { loss: f.loss, accuracy: f.accuracy } })).sort((a, b) => a.fold - b.fold));
}
//# sourceMappingURL=metrics-files.js.map
// EXTERNAL MODULE: ./build/src/contracts/run-result.js
var run_result = __webpack_require__(8032);
;// CONCATENATED MODULE: ./build/src/comparison/trace-file.js
// Pure parser of the trace a training command writes to $TF_REPRO_TRACE: JSON Lines, one object
// per variable per checkpoint,
//   {"fold": 0, "epoch": 2, "batch": 37, "variable": "dense/kernel", "digest": "<hex>", "val_loss": 0.31}
// with `batch`, `variable`, `val_loss` and `format` optional (docs/trace-format.md: the fields, and
// the version policy: a line without `format` is version 1; version 2 adds `rank`, and `sharded`, for
// the processes of a distributed run, each of which writes its own file: traceFileRank). Consecutive lines of the same (fold, epoch,
// batch) make one TraceCheckpoint. TraceReader takes the text in pieces as the file grows (the
// run is still writing), and hands out each checkpoint once the next one begins; parseTraceFile
// reads a whole file. Every error says "file:line: what is wrong; what is expected". Variable
// names are user text: digests are gathered in Maps and made into objects with Object.fromEntries.




/**
 * The trace format's version (docs/trace-format.md), and the versions read: this one and, once it
 * is bumped, the one before. A field an older reader could ignore without misreading the trace
 * (it ignores keys it does not know) needs no bump; one it would misread (ranks, which make
 * several checkpoints of one fold and epoch) does, so that an older tf-repro refuses the trace
 * with a reason rather than misreading it.
 */
const TRACE_FORMAT_VERSION = 2;
const READ_TRACE_FORMATS = [1, TRACE_FORMAT_VERSION];
/**
 * The rank whose trace a file of run `run` holds, from its name: `run-1.rank3.jsonl` → 3 (the
 * helpers' naming: docs/trace-format.md); null for the run's own `run-1.jsonl` or another file.
 * `run` is the run's number, or the name its own trace has without `.jsonl` (a part of a split
 * run: `run-1.folds-0-1`, whose ranks write `run-1.folds-0-1.rank3.jsonl`).
 */
function traceFileRank(fileName, run) {
    const base = typeof run === 'number' ? `run-${run}` : run;
    if (!fileName.startsWith(`${base}.rank`))
        return null;
    const match = /^\.rank(0|[1-9][0-9]{0,5})\.jsonl$/.exec(fileName.slice(base.length));
    return match ? Number(match[1]) : null;
}
/**
 * The largest trace read: per-batch digests of a model of a hundred variables over a few folds
 * fit many times over; past it the file is more likely the weights themselves than their digests.
 */
const TRACE_FILE_LIMIT_BYTES = 256 * 1024 * 1024;
/** One line holds one digest; a line this long holds something else. */
const TRACE_LINE_LIMIT_CHARS = 100_000;
const EXAMPLE = '{"fold": 0, "epoch": 1, "variable": "dense/kernel", "digest": "9f86d0…"}';
const LONG_LINE = `the line is over ${(0,util_text/* withCommas */.rX)(TRACE_LINE_LIMIT_CHARS)} characters; write one digest per line, like ${EXAMPLE}`;
/** An error for a trace file too large to read, checked from its size; else null. */
function oversizedTraceFile(bytes, name) {
    if (bytes <= TRACE_FILE_LIMIT_BYTES)
        return null;
    return (0,util_parsed/* fail */.f)(`${name}: the trace file is ${(0,util_text/* withCommas */.rX)(bytes)} bytes, over the limit of ${(0,util_text/* withCommas */.rX)(TRACE_FILE_LIMIT_BYTES)} bytes (256 MiB); write one digest per variable per checkpoint, not the weights`);
}
/** Parses a whole trace file; checkpoints in the order their first line came. */
function parseTraceFile(text, name, options = {}) {
    const reader = new TraceReader(name);
    const pushed = reader.push(text);
    if (!pushed.ok)
        return pushed;
    const ended = reader.end(options);
    return ended.ok ? ok(reader.checkpoints) : ended;
}
function where(checkpoint) {
    return `${checkpoint.rank === null ? '' : `rank ${checkpoint.rank}, `}fold ${checkpoint.fold}, epoch ${checkpoint.epoch}${checkpoint.batch === null ? '' : `, batch ${checkpoint.batch}`}`;
}
function lines(first, last) {
    return first === last ? `line ${first}` : `lines ${first}-${last}`;
}
/** Reads a trace as it grows: text in, whole checkpoints out. After an error it stays failed. */
class TraceReader {
    name;
    rank;
    /** Every checkpoint handed out so far. */
    checkpoints = [];
    pending = '';
    lineNumber = 0;
    current = null;
    /** Each finished checkpoint's key → its lines, to tell a checkpoint written in two places. */
    finished = new Map();
    failure = null;
    started = false;
    /** `rank`: the rank the file's name says it holds (traceFileRank); every line must be that rank's. */
    constructor(name, rank = null) {
        this.name = name;
        this.rank = rank;
    }
    /** Adds the text that came next; returns the checkpoints it completed. */
    push(text) {
        if (this.failure !== null)
            return (0,util_parsed/* fail */.f)(this.failure);
        if (!this.started && text.length > 0) {
            this.started = true;
            if (text.startsWith('\uFEFF'))
                text = text.slice(1);
        }
        const done = [];
        let start = 0;
        const all = this.pending + text;
        for (let end = all.indexOf('\n'); end !== -1; end = all.indexOf('\n', start)) {
            this.lineNumber++;
            const line = this.line(all.slice(start, end), this.lineNumber);
            start = end + 1;
            if (!line.ok)
                return this.failed(line.error);
            if (line.value !== null) {
                const added = this.add(line.value, this.lineNumber);
                if (!added.ok)
                    return this.failed(added.error);
                if (added.value !== null)
                    done.push(added.value);
            }
        }
        this.pending = all.slice(start);
        if (this.pending.length > TRACE_LINE_LIMIT_CHARS) {
            return this.failed(`${this.name}:${this.lineNumber + 1}: ${LONG_LINE}`);
        }
        return (0,util_parsed.ok)(done);
    }
    /** The file is complete: its last line, and the checkpoint still open. */
    end(options = {}) {
        if (this.failure !== null)
            return (0,util_parsed/* fail */.f)(this.failure);
        const done = [];
        if (this.pending.trim() !== '') {
            const number = this.lineNumber + 1;
            const line = this.line(this.pending, number);
            this.pending = '';
            if (line.ok && line.value !== null) {
                const added = this.add(line.value, number);
                if (!added.ok)
                    return this.failed(added.error);
                if (added.value !== null)
                    done.push(added.value);
            }
            else if (!line.ok && !options.allowPartialLastLine) {
                return this.failed(line.error);
            }
        }
        if (this.current !== null)
            done.push(this.close(this.current));
        this.current = null;
        return (0,util_parsed.ok)(done);
    }
    failed(error) {
        this.failure = error;
        return (0,util_parsed/* fail */.f)(error);
    }
    /** The checkpoint the line belongs to grows, or the open one is finished (and returned) and a new one begins. */
    add(line, number) {
        if (this.rank !== null && line.rank !== this.rank) {
            return (0,util_parsed/* fail */.f)(`${this.name}:${number}: ${line.rank === null ? 'a line without "rank"' : `rank ${line.rank}`} in the trace file of rank ${this.rank}; each rank writes its own file (the tf_repro helpers do)`);
        }
        const key = `${line.rank ?? ''}:${line.fold}:${line.epoch}:${line.batch ?? ''}`;
        let done = null;
        if (this.current === null || this.current.key !== key) {
            const earlier = this.finished.get(key);
            if (earlier) {
                return (0,util_parsed/* fail */.f)(`${this.name}:${number}: ${where(line)} was already recorded on ${lines(earlier.first, earlier.last)}, and other checkpoints came between; write each checkpoint's lines together, once`);
            }
            if (this.current !== null)
                done = this.close(this.current);
            this.current = {
                key,
                rank: line.rank,
                sharded: line.sharded,
                fold: line.fold,
                epoch: line.epoch,
                batch: line.batch,
                digests: new Map(),
                valLoss: undefined,
                inputSha256: undefined,
                firstLine: number,
                lastLine: number,
            };
        }
        const checkpoint = this.current;
        const twice = checkpoint.digests.get(line.variable);
        if (twice) {
            const what = line.variable === run_result/* WHOLE_MODEL */.D ? 'a digest without "variable"' : `variable "${(0,util_text/* excerpt */.Kb)(line.variable)}"`;
            return (0,util_parsed/* fail */.f)(`${this.name}:${number}: ${what} appears twice at ${where(line)} (first on line ${twice.line}); give each variable one digest per checkpoint${line.variable === run_result/* WHOLE_MODEL */.D ? ', and name each with "variable" when there are several' : ''}`);
        }
        if (line.valLoss !== undefined) {
            const before = checkpoint.valLoss;
            if (before !== undefined && !Object.is(before.value, line.valLoss)) {
                return (0,util_parsed/* fail */.f)(`${this.name}:${number}: "val_loss" is ${line.valLoss} here but ${before.value} on line ${before.line}, at the same checkpoint (${where(line)}); give one validation loss per epoch`);
            }
            checkpoint.valLoss = { value: line.valLoss, line: number };
        }
        if (line.sharded !== checkpoint.sharded) {
            return (0,util_parsed/* fail */.f)(`${this.name}:${number}: "sharded" is ${line.sharded} here but ${checkpoint.sharded} on line ${checkpoint.firstLine}, at the same checkpoint (${where(line)})`);
        }
        if (line.inputSha256 !== undefined) {
            const before = checkpoint.inputSha256;
            if (before !== undefined && before.value !== line.inputSha256) {
                return (0,util_parsed/* fail */.f)(`${this.name}:${number}: "input_sha256" differs from line ${before.line} at the same checkpoint (${where(line)}); give one digest of the batch's inputs per checkpoint`);
            }
            checkpoint.inputSha256 = { value: line.inputSha256, line: number };
        }
        checkpoint.digests.set(line.variable, { digest: line.digest, line: number });
        checkpoint.lastLine = number;
        return (0,util_parsed.ok)(done);
    }
    close(open) {
        this.finished.set(open.key, { first: open.firstLine, last: open.lastLine });
        const checkpoint = {
            fold: open.fold,
            epoch: open.epoch,
            batch: open.batch,
            digests: Object.fromEntries([...open.digests].map(([variable, { digest }]) => [variable, digest])),
        };
        if (open.valLoss !== undefined)
            checkpoint.valLoss = open.valLoss.value;
        if (open.rank !== null)
            checkpoint.rank = open.rank;
        if (open.sharded)
            checkpoint.sharded = true;
        if (open.inputSha256 !== undefined)
            checkpoint.inputSha256 = open.inputSha256.value;
        this.checkpoints.push(checkpoint);
        return checkpoint;
    }
    /** One line checked; null for a blank one. */
    line(raw, number) {
        const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (text.trim() === '')
            return (0,util_parsed.ok)(null);
        const at = `${this.name}:${number}`;
        if (text.length > TRACE_LINE_LIMIT_CHARS)
            return (0,util_parsed/* fail */.f)(`${at}: ${LONG_LINE}`);
        let node;
        try {
            node = parseJsonWithLines(text, number);
        }
        catch (error) {
            return (0,util_parsed/* fail */.f)(`${at}: ${error.message}; expected one JSON object per line, like ${EXAMPLE}`);
        }
        if (node.type !== 'object')
            return (0,util_parsed/* fail */.f)(`${at}: expected a JSON object like ${EXAMPLE}, found ${describeNode(node)}`);
        const fields = new Map();
        for (const entry of node.entries) {
            if (fields.has(entry.key))
                return (0,util_parsed/* fail */.f)(`${at}: key "${(0,util_text/* excerpt */.Kb)(entry.key)}" appears twice`);
            fields.set(entry.key, entry.value);
        }
        const index = (key, least, required) => {
            const value = fields.get(key);
            if (value === undefined || value.type === 'null') {
                return required
                    ? (0,util_parsed/* fail */.f)(`${at}: no "${key}"; give ${key === 'fold' ? 'the fold, from 0' : 'the epoch: 0 after initialisation, then 1, 2, …'}, like ${EXAMPLE}`)
                    : (0,util_parsed.ok)(null);
            }
            if (value.type === 'number' && Number.isSafeInteger(value.value) && value.value >= least)
                return (0,util_parsed.ok)(value.value);
            return (0,util_parsed/* fail */.f)(`${at}: "${key}" must be a whole number of at least ${least}, found ${value.type === 'number' ? value.value : describeNode(value)}`);
        };
        const format = fields.get('format');
        // Absent: version 1, as every helper wrote before the field existed.
        if (format !== undefined && format.type !== 'null') {
            if (format.type !== 'number' || !Number.isSafeInteger(format.value) || format.value < 1) {
                return (0,util_parsed/* fail */.f)(`${at}: "format" must be the trace format's version, a whole number from 1, found ${describeNode(format)}`);
            }
            if (!READ_TRACE_FORMATS.includes(format.value)) {
                const reads = `this tf-repro reads trace format ${READ_TRACE_FORMATS.join(' and ')}`;
                return (0,util_parsed/* fail */.f)(format.value > TRACE_FORMAT_VERSION
                    ? `${at}: trace format ${format.value}, newer than ${reads}: use a newer tf-repro, or the helper that writes format ${TRACE_FORMAT_VERSION}`
                    : `${at}: trace format ${format.value}, older than ${reads}: use a newer trace helper`);
            }
        }
        const version = format === undefined || format.type === 'null' ? 1 : format.value;
        const rank = index('rank', 0, false);
        if (!rank.ok)
            return rank;
        if (version >= 2 && rank.value === null) {
            return (0,util_parsed/* fail */.f)(`${at}: trace format ${version} without "rank"; give the process's rank (RANK under torchrun), from 0, or write format 1 in a run of one process`);
        }
        if (version < 2 && rank.value !== null) {
            return (0,util_parsed/* fail */.f)(`${at}: "rank" needs "format": 2 (a tf-repro that reads only format 1 would take the ranks' lines for one process's); write "format": 2 on lines with a rank`);
        }
        const sharded = fields.get('sharded');
        if (sharded !== undefined && sharded.type !== 'null' && sharded.type !== 'boolean')
            return (0,util_parsed/* fail */.f)(`${at}: "sharded" must be true or false, found ${describeNode(sharded)}`);
        const isSharded = sharded?.type === 'boolean' && sharded.value;
        if (isSharded && rank.value === null)
            return (0,util_parsed/* fail */.f)(`${at}: "sharded" without "rank"; sharded training has ranks: give each line its "rank"`);
        const fold = index('fold', 0, true);
        if (!fold.ok)
            return fold;
        const epoch = index('epoch', 0, true);
        if (!epoch.ok)
            return epoch;
        const batch = index('batch', 1, false);
        if (!batch.ok)
            return batch;
        if (epoch.value === 0 && batch.value !== null) {
            return (0,util_parsed/* fail */.f)(`${at}: "batch" ${batch.value} at epoch 0; epoch 0 is the model after initialisation, before any batch: batches count from 1 in epochs 1, 2, …`);
        }
        const variable = fields.get('variable');
        if (variable !== undefined && variable.type !== 'null' && (variable.type !== 'string' || variable.value === '')) {
            return (0,util_parsed/* fail */.f)(`${at}: "variable" must be the variable's name, a non-empty string, found ${variable.type === 'string' ? 'an empty string' : describeNode(variable)}`);
        }
        const digest = fields.get('digest');
        if (digest === undefined || digest.type === 'null')
            return (0,util_parsed/* fail */.f)(`${at}: no "digest"; give a digest of the variable's bytes (e.g. SHA-256 hex), like ${EXAMPLE}`);
        if (digest.type !== 'string' || digest.value === '') {
            return (0,util_parsed/* fail */.f)(`${at}: "digest" must be a non-empty string (e.g. SHA-256 hex), found ${digest.type === 'string' ? 'an empty string' : describeNode(digest)}`);
        }
        const valLoss = fields.get('val_loss');
        if (valLoss !== undefined && valLoss.type !== 'null' && valLoss.type !== 'number')
            return (0,util_parsed/* fail */.f)(`${at}: "val_loss" must be a number, found ${describeNode(valLoss)}`);
        const inputs = fields.get('input_sha256');
        if (inputs !== undefined && inputs.type !== 'null' && (inputs.type !== 'string' || inputs.value === ''))
            return (0,util_parsed/* fail */.f)(`${at}: "input_sha256" must be a non-empty string (the SHA-256 hex of the batch's inputs and labels), found ${describeNode(inputs)}`);
        return (0,util_parsed.ok)({
            rank: rank.value,
            sharded: isSharded,
            fold: fold.value,
            epoch: epoch.value,
            batch: batch.value,
            variable: variable?.type === 'string' ? variable.value : run_result/* WHOLE_MODEL */.D,
            digest: digest.value,
            valLoss: valLoss === undefined ? undefined : valLoss.type === 'number' ? valLoss.value : null,
            inputSha256: inputs?.type === 'string' ? inputs.value : undefined,
        });
    }
}
function describeNode(node) {
    switch (node.type) {
        case 'object':
            return 'an object';
        case 'array':
            return 'a list';
        case 'null':
            return 'null';
        case 'string':
            return `the string "${(0,util_text/* excerpt */.Kb)(node.value, 30)}"`;
        case 'number':
            return `the number ${node.value}`;
        case 'boolean':
            return String(node.value);
    }
}
//# sourceMappingURL=trace-file.js.map
// EXTERNAL MODULE: ./build/src/comparison/fingerprint.js
var fingerprint = __webpack_require__(8431);
// EXTERNAL MODULE: ./build/src/determinism/environment.js
var environment = __webpack_require__(9910);
;// CONCATENATED MODULE: ./build/src/determinism/framework-environment.js

const XLA_DETERMINISTIC = '--xla_gpu_deterministic_ops=true';
/**
 * The framework's determinism variables (none without `deterministic`: unpinned runs), less those
 * in `off` (diagnose switches them off one at a time). `inherited` is the environment the command
 * would otherwise get: XLA_FLAGS already there are kept, with the deterministic flag added, and
 * its TF_ENABLE_ONEDNN_OPTS is the one TensorFlow's gets (else TensorFlow's default on `host`).
 */
function frameworkEnvironment(framework, deterministic, threads, inherited = {}, off = [], host = NO_CPU_FEATURES) {
    if (!deterministic)
        return {};
    const all = presetVariables(framework, threads, inherited, host);
    for (const name of off)
        delete all[name];
    return all;
}
/**
 * The preset's variables that act only on a GPU, each with what reads it: on a runner without a GPU
 * switching one off changes nothing, so diagnose does not try it there and says why. Unverified by
 * this project's tests, which have no GPU (docs/distributed.md, docs/gpu-runners.md).
 */
const GPU_ONLY_VARIABLES = {
    CUBLAS_WORKSPACE_CONFIG: 'cuBLAS reads it',
    TF_CUDNN_DETERMINISTIC: 'cuDNN reads it',
    NCCL_ALGO: "NCCL, the GPUs' collectives, reads it; gloo on CPUs does not",
};
/** A host whose CPU TensorFlow turns oneDNN on for nowhere: where the caller only needs the names. */
const NO_CPU_FEATURES = { platform: 'linux', arch: 'x64', flags: [], armNeoverseV1: false };
function presetVariables(framework, threads, inherited, host) {
    switch (framework) {
        case 'tensorflow':
            return (0,environment/* determinismEnvironment */.fu)(true, threads, [], (0,environment/* pinnedVariables */.AP)(inherited, host));
        case 'pytorch':
            // cuBLAS needs a fixed workspace for deterministic results (torch.use_deterministic_algorithms says so).
            // NCCL picks its all-reduce algorithm (Ring, Tree, NVLS...) by message size and topology, and each
            // sums in another order: Ring's order is fixed by the topology, so NVIDIA Megatron-LM's deterministic
            // mode sets NCCL_ALGO=Ring (docs/distributed.md). gloo, PyTorch's CPU backend, does not read it.
            return { CUBLAS_WORKSPACE_CONFIG: ':4096:8', NCCL_ALGO: 'Ring', PYTHONHASHSEED: '0', OMP_NUM_THREADS: String(threads) };
        case 'jax': {
            const flags = inherited['XLA_FLAGS']?.trim() ?? '';
            return { XLA_FLAGS: flags.includes(XLA_DETERMINISTIC) ? flags : `${flags} ${XLA_DETERMINISTIC}`.trim(), PYTHONHASHSEED: '0' };
        }
        case 'none':
            return {};
    }
}
/**
 * TF_REPRO_SEED, TF_REPRO_RUN (1-based, as the report numbers runs), TF_REPRO_METRICS,
 * TF_REPRO_TRACE (where the run may write its checkpoints' digests, comparison/trace-file.ts) and
 * TF_REPRO_ENVIRONMENT (where it may write its Python and framework versions, comparison/fingerprint.ts).
 */
function reproVariables(seed, run, metricsPath, tracePath, environmentPath) {
    return {
        TF_REPRO_SEED: String(seed),
        TF_REPRO_RUN: String(run),
        TF_REPRO_METRICS: metricsPath,
        TF_REPRO_TRACE: tracePath,
        TF_REPRO_ENVIRONMENT: environmentPath,
    };
}
//# sourceMappingURL=framework-environment.js.map
// EXTERNAL MODULE: ./build/src/util/cpu-host.js
var cpu_host = __webpack_require__(6119);
// EXTERNAL MODULE: ./build/src/runs/protocol.js
var protocol = __webpack_require__(46);
;// CONCATENATED MODULE: ./build/src/runs/placement.js
// Where processes run side by side: how many slots, and which GPUs each slot's processes see
// (CUDA_VISIBLE_DEVICES), for the engine's training workers and for a user's command alike. A slot
// runs its processes one after another; slots run at once. Pure.
//
// On CPU: one slot per `threads` processors (the threads each process is pinned to). On GPUs: the
// GPUs are cut into groups of `gpusPerRun` (a distributed command's world size; 1 otherwise), and
// each group hosts `processesPerGpu` slots (the engine keeps two workers per GPU busy; a command's
// run takes its GPU whole). Under `parallel: auto`, never more slots than 3/4 of the memory holds
// at `memoryPerProcessBytes` each; a given number is taken as given, and its slots share the
// groups in turn.
const GIB = 1024 ** 3;
/** The device ids we may hand out: the runner's CUDA_VISIBLE_DEVICES entries where it set them, else the GPUs' indices. */
function deviceIds(machine) {
    if (machine.gpus.length === 0)
        return [];
    const visible = machine.visibleDevices?.trim();
    if (visible !== undefined) {
        return visible
            .split(',')
            .map((id) => id.trim())
            .filter((id) => id !== '' && id !== '-1');
    }
    return machine.gpus.map((gpu) => String(gpu.index));
}
/** The GPU groups: consecutive ids, `size` each; one group of all of them where there are fewer than `size`. */
function gpuGroups(ids, size) {
    if (ids.length === 0)
        return [];
    if (ids.length < size)
        return [[...ids]];
    const groups = [];
    for (let at = 0; at + size <= ids.length; at += size)
        groups.push(ids.slice(at, at + size));
    return groups;
}
function placeSlots(request, machine) {
    const gpusPerRun = Math.max(1, request.gpusPerRun ?? 1);
    const ids = deviceIds(machine);
    const groups = gpuGroups(ids, gpusPerRun);
    const notices = [];
    if (ids.length > 0 && ids.length < gpusPerRun) {
        notices.push(`each run needs ${gpusPerRun} GPUs and this runner has ${ids.length}: runs go one at a time, each on all ${ids.length}`);
    }
    let slots;
    if (request.parallel !== 'auto')
        slots = request.parallel;
    else {
        const byProcessors = groups.length > 0 ? Math.min(machine.cpus, groups.length * request.processesPerGpu) : Math.floor(machine.cpus / Math.max(1, request.threads));
        const byMemory = Math.floor((machine.totalMemoryBytes * 0.75) / request.memoryPerProcessBytes);
        slots = Math.max(1, Math.min(byProcessors, byMemory));
        if (byMemory < byProcessors && byProcessors > 1) {
            notices.push(`parallel: auto runs ${slots} side by side, not ${byProcessors}: the memory (${(machine.totalMemoryBytes / GIB).toFixed(1)} GiB) holds ${slots} at ${(request.memoryPerProcessBytes / GIB).toFixed(1)} GiB each`);
        }
    }
    const pinned = groups.length > 0 && (slots > 1 || request.pinSingleSlot);
    // Slot s takes group s mod the groups: with processesPerGpu 2, slots 0 and `groups` share group 0.
    const devices = Array.from({ length: slots }, (_, s) => (pinned ? groups[s % groups.length].join(',') : null));
    return { slots, devices, notices };
}
/** The engine's rule, as placeSlots makes it with one GPU per process: slot s trains on GPU s mod the GPUs; null where none. */
function gpuOfSlot(gpus, slot) {
    return gpus.length > 0 ? gpus[slot % gpus.length] : null;
}
//# sourceMappingURL=placement.js.map
;// CONCATENATED MODULE: ./build/src/runs/schedule.js
// Which training process trains which (run, fold): a pure plan, made before any process starts.
//
// Every (run, fold) is one unit of work, and every unit costs about the same. The units, run by run
// and fold by fold, are cut into `workers` contiguous stretches whose sizes differ by at most one;
// each stretch is one worker slot, which starts its processes one after another. A process never
// trains folds of two runs: where a stretch crosses from one run into the next it becomes two
// processes. So the slots finish together (the longest holds ceil(units / workers) units) and few
// processes start (at most workers + runs - 1). A fold gives the same numbers in any process
// (determinism/seeding.ts), so the plan changes how long a check takes, never its numbers.
//
// Side by side (fail-fast): the runs advance together, so that runs parting at fold 0 are seen
// before most of the work is done. With a worker per run or more, each run gets slots of its own
// and its folds are split contiguously between them. With fewer workers than runs, the folds are
// cut into chunks of SIDE_BY_SIDE_CHUNK and the jobs go fold-major (run 1's first chunk, run 2's
// first chunk, ..., then every run's next chunk), dealt out to the slots in turn: more processes
// start, but with 4 folds or more, every run's fold 0 is done before a quarter of the work.

/** Folds per job when runs go side by side on fewer workers than runs: every run's fold 0 done within a quarter of the work. */
function sideBySideChunk(folds) {
    return Math.max(1, Math.floor(folds / 4));
}
/** `count` items cut into `parts` contiguous pieces whose sizes differ by at most one, larger first. */
function cut(items, parts) {
    const pieces = [];
    let at = 0;
    for (let p = 0; p < parts; p++) {
        const size = Math.floor(items.length / parts) + (p < items.length % parts ? 1 : 0);
        pieces.push(items.slice(at, at + size));
        at += size;
    }
    return pieces;
}
/**
 * @param folds the folds every run trains: a count (folds 0..folds-1) or the fold numbers (onlyFolds).
 */
function planJobs(runs, folds, workers, options = {}) {
    for (const [name, value] of [['runs', runs], ['workers', workers], ...(typeof folds === 'number' ? [['folds', folds]] : [])]) {
        if (!Number.isInteger(value) || value < 1)
            throw new Error(`planJobs: ${name} must be a whole number >= 1, got ${value}`);
    }
    const foldList = typeof folds === 'number' ? Array.from({ length: folds }, (_, fold) => fold) : [...folds].sort((a, b) => a - b);
    if (foldList.length === 0)
        throw new Error('planJobs: folds must list at least one fold');
    if (foldList.some((fold, i) => !Number.isInteger(fold) || fold < 0 || fold === foldList[i - 1]))
        throw new Error(`planJobs: folds must be distinct whole numbers >= 0, got ${foldList.join(', ')}`);
    const slots = options.sideBySide ? sideBySideSlots(runs, foldList, workers) : contiguousSlots(runs, foldList, workers);
    return { slots, jobs: slots.flat() };
}
function contiguousSlots(runs, folds, workers) {
    const units = runs * folds.length;
    const slotCount = Math.min(workers, units);
    const slots = [];
    let unit = 0;
    for (let s = 0; s < slotCount; s++) {
        // The first (units % slotCount) slots take one unit more.
        const size = Math.floor(units / slotCount) + (s < units % slotCount ? 1 : 0);
        const slot = [];
        for (const end = unit + size; unit < end; unit++) {
            const run = Math.floor(unit / folds.length) + 1;
            const fold = folds[unit % folds.length];
            const last = slot[slot.length - 1];
            if (last && last.run === run)
                last.folds.push(fold);
            else
                slot.push({ run, folds: [fold] });
        }
        slots.push(slot);
    }
    return slots;
}
function sideBySideSlots(runs, folds, workers) {
    if (workers >= runs) {
        // Each run its own slots (the first workers % runs runs one more), no more than it has folds.
        const slots = [];
        for (let run = 1; run <= runs; run++) {
            const own = Math.min(folds.length, Math.floor(workers / runs) + (run - 1 < workers % runs ? 1 : 0));
            for (const piece of cut(folds, own))
                slots.push([{ run, folds: piece }]);
        }
        return slots;
    }
    const chunk = sideBySideChunk(folds.length);
    const jobs = [];
    for (let from = 0; from < folds.length; from += chunk) {
        for (let run = 1; run <= runs; run++)
            jobs.push({ run, folds: folds.slice(from, from + chunk) });
    }
    // Every job is about the same size, so dealing them out in turn keeps the slots in step.
    const slots = Array.from({ length: workers }, () => []);
    jobs.forEach((job, i) => slots[i % workers].push(job));
    return slots;
}
/** Training processes per GPU under `parallel: auto`: two keep a GPU busy while the other loads or evaluates. */
const WORKERS_PER_GPU = 2;
/** Memory set aside per training process under `parallel: auto` (a worker peaks below 250 MB). */
const MEMORY_PER_WORKER_BYTES = 400 * 1024 * 1024;
/**
 * The number of processes side by side. A number is taken as given. auto: on CPU one
 * single-threaded process per processor (threads processors per process when threads > 1);
 * with GPUs, WORKERS_PER_GPU per GPU; never more than the memory holds (3/4 of it, at
 * MEMORY_PER_WORKER_BYTES each); at least 1.
 */
function resolveWorkers(parallel, threads, machine) {
    const gpus = Array.from({ length: machine.gpus }, (_, index) => ({ index }));
    const request = { parallel, threads, processesPerGpu: WORKERS_PER_GPU, memoryPerProcessBytes: MEMORY_PER_WORKER_BYTES, pinSingleSlot: true };
    return placeSlots(request, { cpus: machine.cpus, totalMemoryBytes: machine.totalMemoryBytes, gpus }).slots;
}
//# sourceMappingURL=schedule.js.map
// EXTERNAL MODULE: ./build/src/util/child-environment.js
var child_environment = __webpack_require__(9596);
// EXTERNAL MODULE: ./build/src/util/user-files.js
var user_files = __webpack_require__(1025);
// EXTERNAL MODULE: ./build/src/runs/output-tail.js
var output_tail = __webpack_require__(7858);
;// CONCATENATED MODULE: ./build/src/runs/training-processes.js
// Trains every run's folds in fresh processes, with the determinism environment in place before
// anything loads, up to `workers` processes side by side (the plan is schedule.ts's), and gathers
// what each reports into one RunResult per run, its trace of checkpoints included. A failure stops
// new processes from starting; the folds that finished are kept. A stop (fail-fast) also kills the
// processes that are training: their runs end 'stopped', with what they finished.















/** @param gpus the GPUs training will use: those provisioning found when the GPU backend is first choice. */
function machineFacts(gpus) {
    return { cpus: (0,external_node_os_.availableParallelism)(), totalMemoryBytes: (0,external_node_os_.totalmem)(), gpus };
}
/** `parallel` as a number of processes for this machine (schedule.ts's resolveWorkers). */
function workerCount(parallel, settings, gpus = 0) {
    return resolveWorkers(parallel, settings.threads, parallel === 'auto' ? machineFacts(gpus) : { cpus: 1, totalMemoryBytes: 0, gpus: 0 });
}
const EXIT_GRACE_MS = 5000;
/** "fold 3", "folds 3-5", or "folds 1, 4" where only some folds are trained (onlyFolds). */
function foldsLabel(folds) {
    if (folds.length === 1)
        return `fold ${folds[0]}`;
    const consecutive = folds.every((fold, i) => i === 0 || fold === folds[i - 1] + 1);
    return consecutive ? `folds ${folds[0]}-${folds[folds.length - 1]}` : `folds ${folds.join(', ')}`;
}
/** Output kept for a log section: a process says little; this only bounds a runaway one. */
const SECTION_BYTES = 4 * 1024 * 1024;
/** One fresh process for one job. Never rejects: a process that fails is an outcome. */
async function trainJob(settings, job, what, logTarget, placement, events) {
    const { entryScript, ready, gpu, stop } = placement;
    const started = performance.now();
    let log = null;
    const section = [];
    let sectionBytes = 0;
    const tail = new output_tail/* OutputTail */.g();
    let finished = false;
    let stats = null;
    let workerError = null;
    let code = null;
    let signal = null;
    let forked = null;
    let killedByStop = false;
    const onStop = () => {
        killedByStop = true;
        forked?.kill('SIGKILL');
    };
    // timeout-minutes holds for every kind of check: a createModel that never returns, a fold that never ends.
    const minutes = settings.timeoutMinutes ?? 0;
    let timedOut = false;
    const timer = minutes > 0
        ? setTimeout(() => {
            timedOut = true;
            forked?.kill('SIGKILL');
        }, minutes * 60_000)
        : null;
    try {
        if (logTarget)
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(logTarget.path), { recursive: true });
        // A module model runs in the worker and could have put a FIFO or a link at the log's name: never a wait on it, nor a write through it.
        if (logTarget?.header === null)
            log = (await (0,user_files/* createFileAnew */.op)(logTarget.path).catch(() => null))?.createWriteStream() ?? null;
        const env = (0,child_environment/* childEnvironment */.Qc)({
            ...(0,environment/* determinismEnvironment */.fu)(settings.deterministic, settings.threads, settings.variablesOff, (0,environment/* pinnedVariables */.AP)(process.env, (0,cpu_host/* readCpuHost */.R9)())),
            ...(0,environment/* nativeLibraryEnvironment */.CV)(placement.backends.map((candidate) => (candidate.backend === 'tensorflow' ? candidate.native?.libraryPath : undefined)), process.env),
            ...(gpu ? { CUDA_VISIBLE_DEVICES: String(gpu.index) } : {}),
        });
        const { variation } = placement;
        // A varied run's launcher (taskset, a shell that sets the umask) execs node itself, which keeps the IPC channel's descriptor.
        const launcher = variation?.launcher(placement.slot) ?? [];
        const launch = launcher.length > 0 ? { execPath: launcher[0], execArgv: [...launcher.slice(1), process.execPath] } : { execArgv: [] };
        const child = (0,external_node_child_process_.fork)(entryScript, [protocol/* WORKER_ARGUMENT */.$q], {
            env: variation ? variation.environment(env) : env,
            ...launch,
            ...(variation?.cwd ? { cwd: variation.cwd } : {}),
            stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
            // Structured clone, not JSON: a NaN loss must reach the report as NaN, not null.
            serialization: 'advanced',
        });
        forked = child;
        stop?.addEventListener('abort', onStop, { once: true });
        if (stop?.aborted)
            onStop();
        for (const stream of [child.stdout, child.stderr]) {
            stream.on('data', (chunk) => {
                tail.append(chunk);
                log?.write(chunk);
                if (logTarget?.header != null) {
                    section.push(chunk);
                    sectionBytes += chunk.length;
                    while (sectionBytes > SECTION_BYTES && section.length > 1)
                        sectionBytes -= section.shift().length;
                }
            });
        }
        child.on('message', (message) => {
            switch (message.type) {
                case 'started':
                    events.onStarted(message.environment, message.warnings);
                    break;
                case 'epoch':
                    events.onEpoch(message.progress);
                    break;
                case 'fold':
                    events.onFold(message.result, message.steps);
                    break;
                case 'trace':
                    events.onTrace(message.checkpoint);
                    break;
                case 'done':
                    finished = true;
                    stats = message.stats ?? null;
                    // A worker whose backend keeps threads alive must not hold the check up.
                    setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS).unref();
                    break;
                case 'error':
                    workerError = message.message;
                    break;
            }
        });
        const exited = new Promise((resolve, reject) => {
            child.once('error', reject);
            child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
        });
        const inflatedImages = (await ready?.catch(() => null)) ?? null;
        const message = { settings, run: job.run, folds: job.folds, backends: placement.backends, inflatedImages };
        if (!killedByStop)
            child.send(message);
        [code, signal] = await exited;
    }
    catch (error) {
        workerError ??= `could not start a training process (${(0,errors/* errorMessage */.g)(error)})`;
        // A process that never got its job would wait for it forever, and hold this one up.
        forked?.kill('SIGKILL');
    }
    finally {
        stop?.removeEventListener('abort', onStop);
        if (timer)
            clearTimeout(timer);
    }
    await new Promise((resolve) => (log ? log.end(resolve) : resolve()));
    if (logTarget?.header != null) {
        // One append per process, so sections never mix.
        try {
            await (0,user_files/* appendToRegularFile */.wC)(logTarget.path, Buffer.concat([Buffer.from(`${logTarget.header}\n`), ...section]));
        }
        catch {
            // A log that cannot be written does not fail the run.
        }
    }
    const seconds = (performance.now() - started) / 1000;
    if (finished && workerError === null)
        return { ok: true, stopped: false, error: null, seconds, stats };
    if (killedByStop && workerError === null)
        return { ok: false, stopped: true, error: null, seconds, stats: null };
    if (timedOut && !finished)
        return { ok: false, stopped: false, error: `${what} failed: it ran past timeout-minutes (${(0,util_text/* minutesText */.BI)(minutes)}) and was killed`, seconds, stats: null };
    const how = workerError ?? (signal ? `was killed by ${signal}` : `exited with code ${code}`);
    const output = workerError ? '' : tail.lastLines(5);
    return { ok: false, stopped: false, error: `${what} failed: ${how}${output ? `\n${output}` : ''}`, seconds, stats: null };
}
/** The folds each run trains: settings.onlyFolds, or all of them. Throws on a fold that is not one of settings.folds (a bug, not an input). */
function foldsToTrain(settings) {
    if (settings.onlyFolds === undefined)
        return Array.from({ length: settings.folds }, (_, fold) => fold);
    const folds = [...new Set(settings.onlyFolds)].sort((a, b) => a - b);
    const outside = folds.filter((fold) => !Number.isInteger(fold) || fold < 0 || fold >= settings.folds);
    if (folds.length === 0 || outside.length > 0)
        throw new Error(`onlyFolds must name some of folds 0-${settings.folds - 1}, got [${settings.onlyFolds.join(', ')}]`);
    return folds;
}
/**
 * Trains settings.runs × settings.folds (or only settings.onlyFolds of them) over up to `workers`
 * processes. Returns one RunResult per run that started, in run order, folds sorted, the trace in
 * fold order (each fold's checkpoints as recorded). durationSeconds of a run is the wall time of
 * the processes that trained it, added up: what the run takes on its own, whatever ran beside it.
 */
async function trainRuns(settings, options) {
    const folds = foldsToTrain(settings);
    const plan = planJobs(settings.runs, folds, options.workers ?? 1, { sideBySide: options.sideBySide });
    const jobsPerRun = new Map();
    for (const job of plan.jobs)
        jobsPerRun.set(job.run, (jobsPerRun.get(job.run) ?? 0) + 1);
    const states = new Map();
    const traced = (settings.trace ?? 'epochs') !== 'off';
    const { stop } = options;
    let failure = null;
    const endRun = (state) => {
        if (state.ended)
            return;
        state.ended = true;
        state.result.folds.sort((a, b) => a.fold - b.fold);
        // Stable: each fold's checkpoints stay in the order they were recorded.
        state.result.trace?.sort((a, b) => a.fold - b.fold);
        if (state.result.error === null) {
            const trained = new Set(state.result.folds.map((f) => f.fold));
            const untrained = folds.filter((fold) => !trained.has(fold));
            if (untrained.length > 0 && stop?.aborted) {
                state.result.status = 'stopped';
            }
            else if (untrained.length > 0) {
                state.result.status = 'failed';
                state.result.error = `run ${state.result.run} did not train ${untrained.length === 1 ? 'fold' : 'folds'} ${(0,util_text/* listed */.KE)(untrained)}: no process started for them after ${failure ?? 'a failure'}`;
            }
            else {
                state.result.status = 'ok';
            }
        }
        options.hooks?.onRunEnd?.(state.result);
    };
    const runJob = async (job, gpu, slot) => {
        const several = (jobsPerRun.get(job.run) ?? 1) > 1;
        let state = states.get(job.run);
        if (!state) {
            const result = {
                run: job.run,
                // A varied run (`vary`) is compared with the control runs apart, never in the verdict.
                role: options.variation ? 'varied' : 'control',
                status: 'failed',
                error: null,
                startedAt: new Date().toISOString(),
                durationSeconds: 0,
                folds: [],
                environment: null,
                warnings: [],
                ...(traced ? { trace: [] } : {}),
            };
            state = { result, jobsLeft: jobsPerRun.get(job.run) ?? 1, ended: false };
            states.set(job.run, state);
            options.hooks?.onRunStart?.(job.run);
        }
        const { result } = state;
        // Recorded where a GPU is pinned (the report's GPUs column); on CPU the slot changes nothing worth a field.
        if (gpu)
            (result.placement ??= []).push({ slot, folds: [...job.folds], cudaVisibleDevices: String(gpu.index) });
        const what = several ? `run ${job.run} (${foldsLabel(job.folds)})` : `run ${job.run}`;
        const logTarget = options.logDir === null ? null : { path: (0,external_node_path_.join)(options.logDir, `run-${job.run}.log`), header: several ? `===== ${what} =====` : null };
        const placement = { entryScript: options.entryScript, ready: options.ready, backends: options.backends, gpu, stop, variation: options.variation, slot };
        const outcome = await trainJob(settings, job, what, logTarget, placement, {
            onStarted: (environment, warnings) => {
                if (result.environment === null) {
                    result.environment = environment;
                }
                else if (result.environment.backend !== environment.backend || result.environment.backendDetail !== environment.backendDetail) {
                    result.warnings.push(`run ${job.run}: ${foldsLabel(job.folds)} trained on ${environment.backend} (${environment.backendDetail}), other folds on ` +
                        `${result.environment.backend} (${result.environment.backendDetail})`);
                }
                for (const warning of warnings)
                    if (!result.warnings.includes(warning))
                        result.warnings.push(warning);
            },
            onEpoch: (progress) => options.hooks?.onEpoch?.(job.run, progress),
            onFold: (fold, steps) => {
                if (gpu)
                    fold.device = `GPU ${gpu.index} (${gpu.name})`;
                result.fusedStep = (result.fusedStep ?? true) && steps.fused;
                for (const warning of steps.warnings)
                    if (!result.warnings.includes(warning))
                        result.warnings.push(warning);
                result.folds.push(fold);
                options.hooks?.onFold?.(job.run, fold);
            },
            onTrace: (checkpoint) => {
                result.trace?.push(checkpoint);
                options.hooks?.onTrace?.(job.run, checkpoint);
            },
        });
        result.durationSeconds += outcome.seconds;
        options.hooks?.onProcessEnd?.({ run: job.run, folds: job.folds, ok: outcome.ok, wallSeconds: outcome.seconds, stats: outcome.stats });
        if (!outcome.ok && !outcome.stopped) {
            result.status = 'failed';
            result.error ??= outcome.error;
            failure ??= `${what} failed`;
        }
        if (--state.jobsLeft === 0)
            endRun(state);
    };
    await Promise.all(plan.slots.map(async (slot, slotIndex) => {
        // Each slot keeps one GPU, so a process never shares it with another of ours.
        const gpu = gpuOfSlot(options.gpus ?? [], slotIndex);
        for (const job of slot) {
            if (failure !== null || stop?.aborted)
                return;
            await runJob(job, gpu, slotIndex);
        }
    }));
    // Runs cut short by a failure elsewhere, or by the stop, end here with what they finished.
    for (const state of states.values())
        endRun(state);
    return [...states.values()].map((state) => state.result).sort((a, b) => a.run - b.run);
}
//# sourceMappingURL=training-processes.js.map
;// CONCATENATED MODULE: ./build/src/runs/launcher.js
/** Splits shell text into words: quotes and backslashes taken as sh takes them, `;`, `&`, `|` and newlines as words of their own. */
function shellWords(text) {
    const words = [];
    let word = null;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "'") {
            const end = text.indexOf("'", i + 1);
            word = (word ?? '') + text.slice(i + 1, end === -1 ? text.length : end);
            i = end === -1 ? text.length : end;
        }
        else if (c === '"') {
            let value = '';
            for (i++; i < text.length && text[i] !== '"'; i++)
                value += text[i] === '\\' && i + 1 < text.length ? text[++i] : text[i];
            word = (word ?? '') + value;
        }
        else if (c === '\\' && i + 1 < text.length) {
            word = (word ?? '') + text[++i];
        }
        else if (/\s/.test(c) || ';&|()'.includes(c)) {
            if (word !== null)
                words.push(word);
            word = null;
            if (c !== ' ' && c !== '\t')
                words.push(c === '\r' ? '\n' : c);
        }
        else {
            word = (word ?? '') + c;
        }
    }
    if (word !== null)
        words.push(word);
    return words;
}
/** The value of option `names` (`--name value` or `--name=value`) among a launcher's words, up to its script. */
function optionValue(args, names) {
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        for (const name of names) {
            if (arg === name)
                return args[i + 1] ?? null;
            if (arg.startsWith(`${name}=`))
                return arg.slice(name.length + 1);
        }
    }
    return null;
}
/** A whole number from 1, or null ("auto", "gpu", a range like 1:4). */
function count(value, absent) {
    if (value === null)
        return absent;
    return /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : null;
}
/** The launcher's own words: from after its name up to its script (a word ending in .py) or the end of its command (a `;`, `&`, `|` or new line). */
function launcherArgs(words, start) {
    const args = [];
    for (let i = start; i < words.length && !';&|\n()'.includes(words[i]) && !words[i].endsWith('.py'); i++)
        args.push(words[i]);
    return args;
}
/** Where the command line starts torchrun (by any path) or `python -m torch.distributed.run`: the index after the launcher's name. */
function launcherStarts(words) {
    const starts = [];
    words.forEach((word, i) => {
        if (word === 'torchrun' || word.endsWith('/torchrun'))
            starts.push(i + 1);
        else if (word === '-m' && words[i + 1] === 'torch.distributed.run' && /(^|\/)python[0-9.]*$/.test(words[i - 1] ?? ''))
            starts.push(i + 2);
    });
    return starts;
}
function detectLauncher(command) {
    const words = shellWords(command);
    const starts = launcherStarts(words);
    if (starts.length === 0)
        return { launcher: null, worldSize: null, nnodes: null };
    for (const start of starts) {
        const args = launcherArgs(words, start);
        // torchrun takes both spellings of its options.
        const nnodes = count(optionValue(args, ['--nnodes']), 1);
        const perNode = count(optionValue(args, ['--nproc-per-node', '--nproc_per_node']), 1);
        if (nnodes !== null && perNode !== null)
            return { launcher: 'torchrun', worldSize: nnodes * perNode, nnodes };
    }
    return { launcher: 'torchrun', worldSize: null, nnodes: null };
}
/** What the command reported of its process group in $TF_REPRO_ENVIRONMENT (tf_repro.write_environment): {"distributed": {"backend", "world_size"}}. */
function reportedDistributed(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return null;
    }
    const distributed = typeof value === 'object' && value !== null ? value.distributed : undefined;
    if (typeof distributed !== 'object' || distributed === null)
        return null;
    const { backend, world_size: worldSize } = distributed;
    return {
        backend: typeof backend === 'string' && /^[\w.-]{1,40}$/.test(backend) ? backend : null,
        worldSize: typeof worldSize === 'number' && Number.isSafeInteger(worldSize) && worldSize >= 1 ? worldSize : null,
    };
}
/**
 * The run's `distributed` record: the launcher from its command line; the world size as the
 * command's process group reported it, else from the launcher's arguments, else the number of ranks that traced;
 * the backend as reported. Undefined for a run of one process (no launcher, no report, at most one rank traced).
 */
function distributedRun(detected, reported, tracedRanks) {
    if (detected.launcher === null && reported === null && tracedRanks < 2)
        return undefined;
    return {
        launcher: detected.launcher,
        worldSize: reported?.worldSize ?? detected.worldSize ?? (tracedRanks > 0 ? tracedRanks : null),
        backend: reported?.backend ?? null,
    };
}
//# sourceMappingURL=launcher.js.map
;// CONCATENATED MODULE: ./build/src/runs/command-runs.js
// Runs the user's own training command `runs` times, each a fresh shell in `working-directory`
// with its framework's determinism variables and TF_REPRO_SEED, TF_REPRO_RUN and TF_REPRO_METRICS,
// in an environment without the runner's own channels and tokens (util/child-environment.ts
// userCodeEnvironment). Runs go side by side in slots (placement.ts: processors over the threads
// each run is pinned to, or one run per GPU group with its CUDA_VISIBLE_DEVICES), each with its own
// metrics, trace, environment and log files; a command that writes a fixed path (`metrics-file`,
// `artifacts`) runs one at a time. With `folds` given, each run is split into processes that each
// train the folds in TF_REPRO_FOLDS, planned over the slots as the engine's own workload is
// (schedule.ts), checked to have written exactly those folds and merged into one run result.
// Each process gets its own process group, and TF_REPRO_RUN_ID in the environment of every
// process it starts: at its end, its timeout, a cancel or fail-fast's stop, the group is killed and
// so is every process still marked with it (on Linux, also those that left the group with
// `setsid`), so nothing a run started outlives it. Its metrics are read from the metrics file it
// wrote, and the artifacts it wrote are hashed before the next run starts. A run may also write a
// trace to TF_REPRO_TRACE (comparison/trace-file.ts): it is read as it grows, each checkpoint
// handed to `onTrace` while the run goes on, and kept in the run's result. A run of several
// processes (torchrun, two launchers for two nodes) is one run: its processes share the group and
// the id, and each rank writes its own trace beside it (run-N.rank<R>.jsonl), found and read as it
// grows the same way. A failed process stops any process from starting after it; what finished is kept.




















/** Every process a run starts carries this variable, its value unique to the run. */
const RUN_ID_VARIABLE = 'TF_REPRO_RUN_ID';
const TAIL_BYTES = 4000;
const TAIL_LINES = 10;
/** How long to wait for a killed process group to be gone. */
const KILL_WAIT_MS = 2000;
/** How often a growing trace is read while its run goes on. */
const TRACE_POLL_MS = 150;
/** The most read from a trace at once. */
const TRACE_CHUNK_BYTES = 1024 * 1024;
async function stampOf(path) {
    const info = await (0,promises_.stat)(path, { bigint: true }).catch(() => null);
    return info && info.isFile() ? `${info.ino}:${info.size}:${info.mtimeNs}` : null;
}
async function artifactStamps(patterns, cwd) {
    const stamps = new Map();
    if (patterns.length === 0)
        return stamps;
    const paths = await (0,dist/* glob */.TI)([...patterns], { cwd, onlyFiles: true, dot: true, expandDirectories: false });
    for (const path of paths.sort()) {
        const stamp = await stampOf((0,external_node_path_.join)(cwd, path));
        if (stamp !== null)
            stamps.set(path, stamp);
    }
    return stamps;
}
/** The last lines of a log, for a failed run's error. */
async function tail(path) {
    // The command could have put a FIFO in its log's place: never a wait on it.
    const handle = await (0,user_files/* openRegularFile */.ZU)(path).catch(() => null);
    if (!handle)
        return '';
    try {
        const { size } = await handle.stat();
        const length = Math.min(size, TAIL_BYTES);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, size - length);
        return buffer.toString('utf8').trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
    }
    finally {
        await handle.close();
    }
}
/** Kills every process of the group; true when there was one to kill. */
function killGroup(pid) {
    try {
        process.kill(-pid, 'SIGKILL');
        return true;
    }
    catch {
        return false;
    }
}
async function groupGone(pid) {
    const until = Date.now() + KILL_WAIT_MS;
    while (Date.now() < until) {
        try {
            process.kill(-pid, 0);
        }
        catch {
            return;
        }
        await new Promise((r) => setTimeout(r, 20));
    }
}
/** Runs the command once; resolves when its whole process group and every process marked with the run's id are gone. */
async function runOnce(command, options) {
    const runId = options.env[RUN_ID_VARIABLE] ?? '';
    // The logs folder is one the command can reach: an earlier run could have left a FIFO or a link at these names.
    let out = null;
    let err;
    try {
        out = await (0,user_files/* createFileAnew */.op)(options.stdoutPath);
        err = await (0,user_files/* createFileAnew */.op)(options.stderrPath);
    }
    catch (error) {
        await out?.close();
        const path = out ? options.stderrPath : options.stdoutPath;
        return {
            code: null,
            signal: null,
            timedOut: false,
            cancelled: false,
            stopped: false,
            spawnError: `its log ${path} could not be created (${(0,user_files/* ioCause */._C)(error)})`,
        };
    }
    try {
        const spawnOptions = { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', out.fd, err.fd] };
        const child = options.launcher.length > 0
            ? (0,external_node_child_process_.spawn)(options.launcher[0], [...options.launcher.slice(1), '/bin/sh', '-c', command], spawnOptions)
            : (0,external_node_child_process_.spawn)(command, { ...spawnOptions, shell: true });
        const endAll = () => {
            if (child.pid !== undefined)
                killGroup(child.pid);
            killMarked(RUN_ID_VARIABLE, runId);
        };
        let timedOut = false;
        const timer = options.timeoutMs > 0
            ? setTimeout(() => {
                timedOut = true;
                endAll();
            }, options.timeoutMs)
            : null;
        let cancelled = false;
        const cancel = () => {
            cancelled = true;
            endAll();
        };
        // A cancel may have come while the run was being prepared, before this listener.
        if (options.signal?.aborted)
            cancel();
        else
            options.signal?.addEventListener('abort', cancel);
        let stopped = false;
        const stop = () => {
            stopped = true;
            endAll();
        };
        if (options.stop?.aborted)
            stop();
        else
            options.stop?.addEventListener('abort', stop);
        const exit = await new Promise((resolveExit) => {
            child.once('error', (error) => resolveExit({ code: null, signal: null, timedOut: false, cancelled: false, stopped: false, spawnError: error.message }));
            child.once('exit', (code, signal) => resolveExit({ code, signal, timedOut, cancelled, stopped, spawnError: null }));
        });
        if (timer)
            clearTimeout(timer);
        options.signal?.removeEventListener('abort', cancel);
        options.stop?.removeEventListener('abort', stop);
        // Whatever the command left running goes with it: the next run starts with nothing of this one.
        endAll();
        if (child.pid !== undefined)
            await groupGone(child.pid);
        return exit;
    }
    finally {
        await out.close();
        await err.close();
    }
}
/**
 * A run's trace file read as it grows: only the bytes added since the last read, whole lines
 * parsed, each finished checkpoint handed to `onCheckpoint`. The file may not exist yet.
 */
class TraceTail {
    path;
    onCheckpoint;
    reader;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    handle = null;
    offset = 0;
    failure = null;
    timer = null;
    reading = Promise.resolve();
    /** What `onCheckpoint` threw, thrown again once the run is over. */
    callbackError = null;
    constructor(path, name, onCheckpoint, rank = null) {
        this.path = path;
        this.onCheckpoint = onCheckpoint;
        this.reader = new TraceReader(name, rank);
    }
    /** Reads the file every TRACE_POLL_MS until `finish`; only worth it when someone listens. */
    start() {
        if (!this.onCheckpoint)
            return;
        this.timer = setInterval(() => {
            // One read at a time: a slow read is not overtaken by the next tick's.
            this.reading = this.reading.then(() => this.readMore());
        }, TRACE_POLL_MS);
    }
    /**
     * The run is over: reads the rest and closes the last checkpoint. Undefined when the run wrote
     * no trace; a cut-off last line is ignored where `partialLastLine` allows (a run killed mid-write).
     */
    async finish(partialLastLine) {
        if (this.timer)
            clearInterval(this.timer);
        await this.reading;
        await this.readMore();
        try {
            if (this.failure !== null)
                return { ok: false, error: this.failure };
            if (this.handle === null)
                return undefined;
            this.take(this.reader.push(this.decoder.end()));
            this.take(this.reader.end({ allowPartialLastLine: partialLastLine }));
            return this.failure !== null ? { ok: false, error: this.failure } : { ok: true, value: this.reader.checkpoints };
        }
        finally {
            await this.handle?.close();
            this.handle = null;
        }
    }
    async readMore() {
        try {
            await this.readAvailable();
        }
        catch (error) {
            this.failure ??= `${this.reader.name}: the trace file could not be read (${(0,user_files/* ioCause */._C)(error)})`;
        }
    }
    async readAvailable() {
        if (this.failure !== null)
            return;
        if (this.handle === null) {
            // Not written yet: looked for again at the next read. Anything but a regular file is an error at once, never a wait (a FIFO).
            this.handle = await (0,user_files/* openRegularFile */.ZU)(this.path).catch((error) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
            if (this.handle === null)
                return;
        }
        const { size } = await this.handle.stat();
        const oversized = oversizedTraceFile(size, this.reader.name);
        if (oversized) {
            this.failure = oversized.ok ? null : oversized.error;
            return;
        }
        if (size < this.offset) {
            this.failure = `${this.reader.name}: the trace file shrank from ${this.offset} to ${size} bytes while the run wrote it; open it for appending (mode 'a') and never rewrite it`;
            return;
        }
        while (this.offset < size && this.failure === null) {
            const buffer = Buffer.alloc(Math.min(size - this.offset, TRACE_CHUNK_BYTES));
            const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, this.offset);
            if (bytesRead === 0)
                break;
            this.offset += bytesRead;
            this.take(this.reader.push(this.decoder.write(buffer.subarray(0, bytesRead))));
        }
    }
    take(parsed) {
        if (!parsed.ok) {
            this.failure = parsed.error;
            return;
        }
        for (const checkpoint of parsed.value) {
            if (this.callbackError !== null)
                return;
            try {
                this.onCheckpoint?.(checkpoint);
            }
            catch (error) {
                this.callbackError = error;
            }
        }
    }
}
/**
 * A run's traces: its own file and each rank's (run-N.rank<R>.jsonl, or run-N.folds-0-1.rank<R>.jsonl for a part of a split run: traceFileRank), looked for
 * at every poll since the ranks start when their launcher starts them, each read as it grows.
 */
class RunTraces {
    dir;
    base;
    onCheckpoint;
    tails = new Map();
    timer = null;
    looking = Promise.resolve();
    constructor(dir, base, onCheckpoint) {
        this.dir = dir;
        this.base = base;
        this.onCheckpoint = onCheckpoint;
        this.add(null, (0,external_node_path_.join)(dir, `${base}.jsonl`));
    }
    /** Earlier checks' rank files in the same report directory must not count as this run's. */
    static async clear(dir, base) {
        for (const name of await (0,promises_.readdir)(dir).catch(() => [])) {
            if (name === `${base}.jsonl` || traceFileRank(name, base) !== null)
                await (0,promises_.rm)((0,external_node_path_.join)(dir, name), { force: true });
        }
    }
    start() {
        for (const tail of this.tails.values())
            tail.start();
        if (!this.onCheckpoint)
            return;
        this.timer = setInterval(() => {
            this.looking = this.looking.then(() => this.lookForRanks(true));
        }, TRACE_POLL_MS);
    }
    get callbackError() {
        for (const tail of this.tails.values())
            if (tail.callbackError !== null)
                return tail.callbackError;
        return null;
    }
    /** Every file read to its end: the checkpoints of the run's own file, then each rank's in rank order; the first error. */
    async finish(partialLastLine) {
        if (this.timer)
            clearInterval(this.timer);
        await this.looking;
        await this.lookForRanks(false);
        const ranks = [...this.tails.keys()].filter((rank) => rank !== null).length;
        const order = [...this.tails.keys()].sort((a, b) => (a ?? -1) - (b ?? -1));
        let traced;
        for (const rank of order) {
            const parsed = await this.tails.get(rank).finish(partialLastLine);
            if (parsed === undefined || (traced !== undefined && !traced.ok))
                continue;
            traced = !parsed.ok ? parsed : { ok: true, value: [...(traced?.value ?? []), ...parsed.value] };
        }
        return { traced, ranks };
    }
    add(rank, path) {
        const tail = new TraceTail(path, path, this.onCheckpoint, rank);
        this.tails.set(rank, tail);
        return tail;
    }
    async lookForRanks(started) {
        for (const name of await (0,promises_.readdir)(this.dir).catch(() => [])) {
            const rank = traceFileRank(name, this.base);
            if (rank === null || this.tails.has(rank))
                continue;
            const tail = this.add(rank, (0,external_node_path_.join)(this.dir, name));
            if (started)
                tail.start();
        }
    }
}
/** The metrics file a run wrote, read as a regular file of at most METRICS_FILE_LIMIT_BYTES, and parsed. */
async function readMetricsFile(path, name, wholeLinesOnly = false) {
    let file;
    try {
        file = await (0,user_files/* openRegularFile */.ZU)(path);
    }
    catch (error) {
        return { ok: false, error: `${name}: the metrics file cannot be read (${(0,user_files/* ioCause */._C)(error)}); write the metrics to a regular file` };
    }
    try {
        const oversized = oversizedMetricsFile((await file.stat()).size, name);
        if (oversized !== null)
            return oversized;
        const text = (await (0,user_files/* readOpenFile */.Pg)(file, path, METRICS_FILE_LIMIT_BYTES)).toString('utf8');
        return parseMetricsFile(wholeLinesOnly ? wholeLinesOfCutMetrics(text) : text, name);
    }
    catch (error) {
        return { ok: false, error: `${name}: the metrics file cannot be read (${(0,user_files/* ioCause */._C)(error)})` };
    }
    finally {
        await file.close();
    }
}
const NO_VERSIONS = { python: null, frameworks: {} };
/** What a run wrote to $TF_REPRO_ENVIRONMENT: a regular file of a few KiB, else nothing (the fingerprint says only what was reported). */
async function reportedEnvironment(path) {
    try {
        const file = await (0,user_files/* openRegularFile */.ZU)(path);
        try {
            if ((await file.stat()).size > fingerprint/* COMMAND_VERSIONS_LIMIT_BYTES */.mj)
                return null;
            return await file.readFile('utf8');
        }
        finally {
            await file.close();
        }
    }
    catch {
        return null;
    }
}
/** What a run got: the machine, the processors it may use, the framework's determinism variables as given to it, and the versions it reported. */
function commandFingerprint(env, variables, reported) {
    return {
        kind: 'command',
        ...(0,cpu_host/* machineFingerprint */.Wh)(),
        visibleCpus: (0,external_node_os_.availableParallelism)(),
        determinismVariables: Object.fromEntries(variables.map((name) => [name, env[name] ?? null])),
        ...(reported === null ? NO_VERSIONS : (0,fingerprint/* parseCommandVersions */.GE)(reported)),
    };
}
/** The variable that names the folds a process of a split run trains (docs/own-training.md). */
const FOLDS_VARIABLE = 'TF_REPRO_FOLDS';
/** Host memory set aside per command process under `parallel: auto`: a Python process with its framework loaded. */
const MEMORY_PER_COMMAND_BYTES = 1024 ** 3;
/**
 * The folds each part of a split run wrote must be exactly its own, in its metrics and in its trace:
 * otherwise the merged run would hold a fold twice, or lack one. Null when they are.
 */
function foldsMismatch(what, own, metricsFolds, traceFolds) {
    const expected = [...own].sort((a, b) => a - b).join(',');
    const fix = `train only the folds listed in $${FOLDS_VARIABLE} (Python: tf_repro.folds_to_train), or leave 'folds' out to run the command whole`;
    const wrote = [...new Set(metricsFolds)].sort((a, b) => a - b);
    if (wrote.join(',') !== expected || wrote.length !== metricsFolds.length)
        return `${what}: its metrics hold ${wrote.length === 0 ? 'no fold' : foldsLabel(wrote)}, not exactly its ${foldsLabel(own)} (${FOLDS_VARIABLE}=${expected}): ${fix}`;
    if (traceFolds !== null) {
        const traced = [...new Set(traceFolds)].sort((a, b) => a - b);
        if (traced.join(',') !== expected)
            return `${what}: its trace holds ${foldsLabel(traced)}, not exactly its ${foldsLabel(own)} (${FOLDS_VARIABLE}=${expected}): ${fix}`;
    }
    return null;
}
async function runCommands(options) {
    const { command: settings } = options;
    const controlCwd = (0,external_node_path_.resolve)(settings.workingDirectory ?? '.');
    // A varied run (`path`) runs in a copy of the working directory elsewhere.
    const cwd = options.variation?.cwd ?? controlCwd;
    const info = await (0,promises_.stat)(cwd).catch(() => null);
    if (!info || !info.isDirectory()) {
        throw new user_error/* UserError */.y(`'working-directory': ${cwd} ${info ? 'is not a directory' : 'does not exist'}; give the directory the command runs in (relative to the workspace)`);
    }
    const outputDir = (0,external_node_path_.resolve)(options.outputDir);
    const logDir = (0,external_node_path_.join)(outputDir, 'logs');
    const metricsDir = (0,external_node_path_.join)(outputDir, 'metrics');
    const traceDir = (0,external_node_path_.join)(outputDir, 'traces');
    const versionsDir = (0,external_node_path_.join)(outputDir, 'environment');
    for (const dir of [logDir, metricsDir, traceDir, versionsDir])
        await (0,promises_.mkdir)(dir, { recursive: true });
    const variablesOff = options.variablesOff ?? [];
    const inherited = (0,child_environment/* userCodeEnvironment */.Oq)(process.env);
    // A variable switched off is off: the runner's own environment must not set it either.
    for (const name of variablesOff)
        delete inherited[name];
    const determinism = frameworkEnvironment(settings.framework, options.deterministic, options.threads, inherited, variablesOff, (0,cpu_host/* readCpuHost */.R9)());
    // The fingerprint shows every variable of the framework's settings, switched off or not.
    const fingerprinted = Object.keys(frameworkEnvironment(settings.framework, true, options.threads, inherited, [], (0,cpu_host/* readCpuHost */.R9)()));
    const timeoutMs = settings.timeoutMinutes * 60_000;
    const launcher = detectLauncher(settings.command);
    // The slots: side by side where the command's paths are its own run's, else one at a time.
    const placed = placeSlots({
        parallel: options.parallel ?? 1,
        // A distributed command's ranks each take the threads (and GPU) one process would.
        threads: options.threads * (launcher.worldSize ?? 1),
        processesPerGpu: 1,
        gpusPerRun: options.gpusPerRun ?? launcher.worldSize ?? 1,
        memoryPerProcessBytes: MEMORY_PER_COMMAND_BYTES,
        pinSingleSlot: false,
    }, { cpus: (0,external_node_os_.availableParallelism)(), totalMemoryBytes: (0,external_node_os_.totalmem)(), gpus: options.gpus ?? [], visibleDevices: process.env.CUDA_VISIBLE_DEVICES });
    const notices = [...placed.notices];
    let slotCount = placed.slots;
    const fixedPath = settings.metricsFile !== null
        ? `'metrics-file' (${settings.metricsFile})`
        : settings.artifacts.length > 0
            ? `'artifacts' (${settings.artifacts.join(', ')})`
            : null;
    if (fixedPath !== null && slotCount > 1) {
        notices.push(`the runs go one at a time, not ${slotCount} side by side: ${fixedPath} names files every run writes at the same path`);
        slotCount = 1;
    }
    // Split: the engine's own plan of folds over slots (schedule.ts); whole: the runs in turn, each slot taking the next.
    const split = options.folds !== undefined;
    const queues = split
        ? planJobs(options.runs, options.folds ?? 1, slotCount, { sideBySide: options.sideBySide }).slots
        : [Array.from({ length: options.runs }, (_, i) => ({ run: i + 1, folds: [] }))];
    const slotsUsed = split ? queues.length : Math.min(slotCount, options.runs);
    for (const notice of notices)
        options.log?.(notice);
    const states = new Map();
    for (const job of queues.flat()) {
        const state = states.get(job.run) ?? { parts: 0, launched: 0, outcomes: [], started: false };
        state.parts++;
        states.set(job.run, state);
    }
    /** Each process's stdout and stderr logs, listed at the end run by run (processes side by side end in any order). */
    const logEntries = [];
    const artifactCounts = new Map();
    /** Per run (index run - 1), the variables its first process got: split into what every run got alike and each run's own. */
    const eachRunGot = [];
    /** A part failed: no part starts after it (those running end as they would). */
    let failed = false;
    let callbackError = null;
    const results = [];
    const runPart = async (job, slot) => {
        const { run } = job;
        const state = states.get(run);
        const several = state.parts > 1;
        const part = ++state.launched;
        const own = split ? job.folds : null;
        // A split run's parts each get their own files; a whole run keeps the names it always had.
        const name = several ? `run-${run}.${own === null ? `part-${part}` : `folds-${own.join('-')}`}` : `run-${run}`;
        const what = split && several ? `run ${run} (${foldsLabel(job.folds)})` : `run ${run}`;
        if (!state.started) {
            state.started = true;
            options.hooks?.onRunStart?.(run);
        }
        const startedAt = new Date().toISOString();
        const started = performance.now();
        const metricsPath = settings.metricsFile === null ? (0,external_node_path_.join)(metricsDir, `${name}.metrics`) : (0,external_node_path_.resolve)(cwd, settings.metricsFile);
        const metricsName = settings.metricsFile === null ? metricsPath : settings.metricsFile;
        // Our own path must not hold a metrics file of an earlier check in the same report directory.
        if (settings.metricsFile === null)
            await (0,promises_.rm)(metricsPath, { force: true });
        const metricsBefore = await stampOf(metricsPath);
        const tracePath = (0,external_node_path_.join)(traceDir, `${name}.jsonl`);
        await RunTraces.clear(traceDir, name);
        const versionsPath = (0,external_node_path_.join)(versionsDir, `${name}.json`);
        await (0,promises_.rm)(versionsPath, { force: true });
        const artifactsBefore = await artifactStamps(settings.artifacts, cwd);
        const stdoutPath = (0,external_node_path_.join)(logDir, `${name}.stdout.log`);
        const stderrPath = (0,external_node_path_.join)(logDir, `${name}.stderr.log`);
        logEntries.push({ run, name, paths: [stdoutPath, stderrPath] });
        // One slot (parallel 1, a fixed path, one run): CUDA_VISIBLE_DEVICES left as the runner has it, every GPU in view.
        const device = slotsUsed > 1 ? (placed.devices[slot % placed.devices.length] ?? null) : null;
        const extra = {
            ...determinism,
            ...reproVariables(options.seed, run, metricsPath, tracePath, versionsPath),
            ...(own === null ? {} : { [FOLDS_VARIABLE]: own.join(',') }),
            ...(device === null ? {} : { CUDA_VISIBLE_DEVICES: device }),
            ...options.variables,
        };
        if (part === 1)
            eachRunGot[run - 1] = extra;
        // Each process its own id: ending one part of a run must not end the part beside it.
        const runId = several ? `${options.checkId}-${run}-${part}` : `${options.checkId}-${run}`;
        const controlEnv = { ...inherited, ...extra, [RUN_ID_VARIABLE]: runId };
        const env = options.variation ? options.variation.environment(controlEnv) : controlEnv;
        const onTrace = options.onTrace;
        const trace = new RunTraces(traceDir, name, onTrace && ((checkpoint) => onTrace(run, checkpoint)));
        trace.start();
        const prefix = options.variation?.launcher(slot) ?? [];
        const exit = await runOnce(settings.command, { cwd, env, stdoutPath, stderrPath, timeoutMs, signal: options.signal, stop: options.stop, launcher: prefix });
        const reported = await reportedEnvironment(versionsPath);
        const environment = commandFingerprint(env, fingerprinted, reported);
        // A varied run's processes may see fewer CPUs (`cpus`): its fingerprint says how many it had.
        if (options.variation?.visibleCpus != null)
            environment.visibleCpus = options.variation.visibleCpus;
        // A run that did not end by itself may have been cut off in the middle of a line.
        const endedByItself = exit.spawnError === null && exit.code === 0 && !exit.timedOut;
        const { traced, ranks } = await trace.finish(!endedByItself);
        if (trace.callbackError !== null)
            callbackError ??= trace.callbackError;
        const distributed = distributedRun(launcher, reported === null ? null : reportedDistributed(reported), ranks);
        // The artifacts this run wrote: new files, or files whose stamp changed.
        let artifacts = null;
        if (settings.artifacts.length > 0) {
            artifacts = new Map();
            for (const [path, stamp] of await artifactStamps(settings.artifacts, cwd)) {
                if (artifactsBefore.get(path) === stamp)
                    continue;
                artifacts.set(path, await (0,user_files/* sha256OfRegularFile */.Ls)((0,external_node_path_.join)(cwd, path)));
                artifactCounts.set(path, (artifactCounts.get(path) ?? 0) + 1);
            }
        }
        const logsText = options.logsKept ? ` (logs: ${[stdoutPath, stderrPath].map((p) => (0,external_node_path_.relative)(outputDir, p)).join(', ')})` : '';
        const failure = async (how) => {
            const parts = [`${what} failed: ${how}${logsText}`];
            for (const [stream, path] of [
                ['stderr', stderrPath],
                ['stdout', stdoutPath],
            ]) {
                const text = await tail(path);
                if (text)
                    parts.push(`${stream}, last lines:\n${text}`);
            }
            return parts.join('\n');
        };
        const foldsOf = (parsed) => parsed.folds.map((fold) => ({ fold: fold.fold, metrics: fold.metrics, weightsSha256: null, trainSeconds: null }));
        let error = null;
        let stopped = false;
        let folds = [];
        if (exit.spawnError !== null)
            error = await failure(`the command could not start (${exit.spawnError})`);
        else if (exit.cancelled && exit.code !== 0)
            error = await failure(`the check was cancelled (${String(options.signal?.reason)}) and the command killed with every process it started`);
        else if (exit.stopped && exit.code !== 0) {
            // Stopped on purpose: not a failure. Folds it finished and wrote are kept, where it wrote them whole.
            stopped = true;
            const metricsAfter = await stampOf(metricsPath);
            if (metricsAfter !== null && metricsAfter !== metricsBefore) {
                // A stopped run may have been cut mid-line: only its whole lines count.
                const parsed = await readMetricsFile(metricsPath, metricsName, true);
                if (parsed.ok)
                    folds = foldsOf(parsed.value);
            }
        }
        else if (exit.timedOut)
            error = await failure(`it ran past timeout-minutes (${(0,util_text/* minutesText */.BI)(settings.timeoutMinutes)}) and was killed with every process it started`);
        else if (exit.code !== 0)
            error = await failure(exit.signal ? `the command was killed by ${exit.signal}` : `the command exited with code ${exit.code}`);
        else {
            const metricsAfter = await stampOf(metricsPath);
            if (metricsAfter === null) {
                error =
                    settings.metricsFile === null
                        ? `${what} failed: the command wrote no metrics; write them to the path in $TF_REPRO_METRICS, or name the file it writes with 'metrics-file'`
                        : `${what} failed: the command did not write the metrics file ${metricsName} (${metricsPath} does not exist)`;
            }
            else if (metricsAfter === metricsBefore) {
                error = `${what} failed: the metrics file ${metricsName} is the one an earlier run left; this run did not write it`;
            }
            else {
                const parsed = await readMetricsFile(metricsPath, metricsName);
                if (!parsed.ok)
                    error = `${what}: malformed metrics: ${parsed.error}`;
                else if (traced !== undefined && !traced.ok)
                    error = `${what}: malformed trace: ${traced.error}`;
                else {
                    folds = foldsOf(parsed.value);
                    if (own !== null)
                        error = foldsMismatch(what, own, folds.map((f) => f.fold), traced === undefined ? null : traced.value.map((c) => c.fold));
                }
            }
        }
        return {
            startedAt,
            seconds: (performance.now() - started) / 1000,
            error,
            stopped,
            folds: error === null ? folds : [],
            trace: traced?.ok ? traced.value : undefined,
            environment,
            artifacts,
            placement: { slot, folds: own === null ? null : [...own], cudaVisibleDevices: device },
            distributed: distributed ?? null,
        };
    };
    /** A run from what its parts left, once none more will start. */
    const endRun = (run, state) => {
        const outcomes = state.outcomes;
        const first = outcomes[0];
        // A varied run (`vary`) is compared with the control runs apart, never in the verdict.
        const role = options.variation ? 'varied' : 'control';
        const result = {
            run,
            role,
            status: 'ok',
            error: null,
            startedAt: outcomes.map((o) => o.startedAt).sort()[0] ?? first.startedAt,
            durationSeconds: outcomes.reduce((sum, o) => sum + o.seconds, 0),
            // Every fold once, in order; each fold's checkpoints in the order its process recorded them.
            folds: outcomes.flatMap((o) => o.folds).sort((a, b) => a.fold - b.fold),
            environment: first.environment,
            warnings: [],
        };
        const traces = outcomes.filter((o) => o.trace !== undefined);
        if (traces.length > 0)
            result.trace = traces.flatMap((o) => o.trace ?? []).sort((a, b) => a.fold - b.fold);
        if (settings.artifacts.length > 0)
            result.artifacts = Object.fromEntries(outcomes.flatMap((o) => [...(o.artifacts ?? new Map())]));
        result.placement = outcomes.map((o) => o.placement);
        const distributed = outcomes.find((o) => o.distributed !== null)?.distributed;
        if (distributed)
            result.distributed = distributed;
        const error = outcomes.find((o) => o.error !== null)?.error ?? null;
        const missing = state.parts - outcomes.length;
        if (error !== null) {
            result.status = 'failed';
            result.error = error;
        }
        else if (outcomes.some((o) => o.stopped) || (missing > 0 && options.stop?.aborted)) {
            result.status = 'stopped';
        }
        else if (missing > 0) {
            result.status = 'failed';
            result.error = `run ${run} did not train every fold: no process started for ${missing === 1 ? 'one part' : `${missing} parts`} of it after ${options.signal?.aborted ? 'the cancel' : 'a failure'}`;
        }
        if (result.status !== 'failed')
            for (const fold of result.folds)
                options.hooks?.onFold?.(run, fold);
        else
            result.folds = [];
        results.push(result);
        options.hooks?.onRunEnd?.(result);
    };
    const sharedQueue = !split;
    await Promise.all(Array.from({ length: slotsUsed }, async (_, slot) => {
        const queue = queues[sharedQueue ? 0 : slot];
        while (queue.length > 0) {
            if (failed || options.signal?.aborted || options.stop?.aborted)
                return;
            const job = queue.shift();
            const state = states.get(job.run);
            const outcome = await runPart(job, slot);
            state.outcomes.push(outcome);
            if (outcome.error !== null)
                failed = true;
            if (state.outcomes.length === state.parts)
                endRun(job.run, state);
        }
    }));
    if (callbackError !== null)
        throw callbackError;
    // Runs cut short by a failure elsewhere, or by the stop, end here with what they finished.
    for (const [run, state] of states)
        if (state.started && state.outcomes.length < state.parts)
            endRun(run, state);
    results.sort((a, b) => a.run - b.run);
    const logs = logEntries.sort((a, b) => a.run - b.run || a.name.localeCompare(b.name)).flatMap((entry) => entry.paths);
    const warnings = [];
    if (settings.artifacts.length > 0 && artifactCounts.size === 0 && results.some((r) => r.status === 'ok')) {
        warnings.push(`'artifacts' (${settings.artifacts.join(', ')}) matched no file that a run wrote in ${cwd}`);
    }
    return { runs: results, workingDirectory: cwd, ...splitRunVariables(eachRunGot.filter((got) => got !== undefined)), logs, warnings, notices };
}
/**
 * The variables the runs got, split into those every run got alike and each run's own: a report
 * must not show run 1's TF_REPRO_RUN or metrics path as what every run got. TF_REPRO_RUN is a
 * run's own even where only one run started.
 */
function splitRunVariables(eachRunGot) {
    const first = eachRunGot[0] ?? {};
    const own = (name) => name === 'TF_REPRO_RUN' || eachRunGot.some((got) => got[name] !== first[name]);
    const names = [...new Set(eachRunGot.flatMap((got) => Object.keys(got)))];
    const variables = Object.fromEntries(names.filter((name) => !own(name)).map((name) => [name, first[name]]));
    const runVariables = eachRunGot.map((got) => Object.fromEntries(names.filter(own).flatMap((name) => (got[name] === undefined ? [] : [[name, got[name]]]))));
    return { variables, runVariables };
}
//# sourceMappingURL=command-runs.js.map
// EXTERNAL MODULE: ./build/src/paths.js
var paths = __webpack_require__(4793);
// EXTERNAL MODULE: ./build/src/data/dataset.js + 2 modules
var data_dataset = __webpack_require__(4192);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
;// CONCATENATED MODULE: ./build/src/data/npz.js
// The dataset a command gets as an .npz file (docs/own-training.md, "The dataset a command gets"):
// the layout keras.datasets.mnist.load_data() returns, x_train, y_train, x_test and y_test, the
// last fifth of the images being the test part. A stored (uncompressed) zip of .npy files, which
// numpy.load reads, written by fflate with a fixed date so that the same data gives the same bytes.
// Pure.

/** The names of the four arrays, as Keras' load_data() returns them. */
const NPZ_ARRAYS = (/* unused pure expression or super */ null && (['x_train', 'y_train', 'x_test', 'y_test']));
/** An .npy file (format 1.0): the header NumPy writes, padded to 64 bytes, then the data in C order. */
function npyFile(descr, shape, data) {
    const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
    const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${dims}), }`;
    const unpadded = 10 + dict.length + 1;
    const header = dict + ' '.repeat((64 - (unpadded % 64)) % 64) + '\n';
    const bytes = new Uint8Array(10 + header.length + data.byteLength);
    bytes.set([0x93, ...Buffer.from('NUMPY'), 1, 0, header.length & 0xff, header.length >> 8]);
    bytes.set(Buffer.from(header, 'latin1'), 10);
    // Float32Array holds the platform's order; every platform Node runs on here is little-endian.
    bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 10 + header.length);
    return bytes;
}
/** How many of `count` images are the test part: the last fifth. */
function testCount(count) {
    return Math.floor(count / 5);
}
/** The .npz bytes of a dataset: images as they were loaded (uint8 pixels, or a float32 x.npy's values), labels uint8. */
function datasetNpz(dataset) {
    const example = dataset.exampleShape ?? [dataset.rows, dataset.cols];
    const perImage = example.reduce((a, b) => a * b, 1);
    const train = dataset.count - testCount(dataset.count);
    const descr = dataset.images instanceof Float32Array ? '<f4' : '|u1';
    const images = (from, to) => npyFile(descr, [to - from, ...example], dataset.images.subarray(from * perImage, to * perImage));
    const labels = (from, to) => npyFile('|u1', [to - from], dataset.labels.subarray(from, to));
    const stored = { level: 0, mtime: new Date(Date.UTC(1980, 0, 1)) };
    const files = {
        'x_train.npy': [images(0, train), stored],
        'y_train.npy': [labels(0, train), stored],
        'x_test.npy': [images(train, dataset.count), stored],
        'y_test.npy': [labels(train, dataset.count), stored],
    };
    return (0,esm/* zipSync */.L)(files);
}
//# sourceMappingURL=npz.js.map
;// CONCATENATED MODULE: ./build/src/data/command-dataset.js
// The dataset a command gets (docs/own-training.md, "The dataset a command gets"): the `dataset`
// input's directory, else the embedded digits, as the directory it came from
// ($TF_REPRO_DATASET_DIR: IDX files, or x.npy and y.npy) and as an .npz file in Keras' MNIST layout
// ($TF_REPRO_DATASET, npz.ts), written once per check into the check's own output directory.







const DATASET_VARIABLE = 'TF_REPRO_DATASET';
const DATASET_DIR_VARIABLE = 'TF_REPRO_DATASET_DIR';
/** The .npz's name in the check's output directory. */
const COMMAND_DATASET_FILE = 'dataset.npz';
/** A label byte holds any class: the command's own model decides how many it has. */
const ANY_CLASSES = 256;
/** Writes `<outputDir>/dataset.npz` (a new regular file, never through a link) and returns the variables that name it. */
async function writeCommandDataset(dataset, outputDir) {
    const options = { samples: 0, numClasses: ANY_CLASSES };
    const loaded = dataset === null ? await (0,data_dataset/* loadEmbeddedDataset */.Bm)(options) : await (0,data_dataset/* loadIdxDataset */.Ky)(dataset, options);
    if (!loaded.ok)
        throw new user_error/* UserError */.y((0,util_text/* oneLine */.TN)(loaded.error));
    const path = (0,external_node_path_.join)(outputDir, COMMAND_DATASET_FILE);
    const file = await (0,user_files/* createFileAnew */.op)(path);
    try {
        await file.writeFile(datasetNpz(loaded.value));
    }
    finally {
        await file.close();
    }
    return { [DATASET_VARIABLE]: path, [DATASET_DIR_VARIABLE]: dataset === null ? paths/* embeddedDatasetDir */.Go : (0,external_node_path_.resolve)(dataset) };
}
//# sourceMappingURL=command-dataset.js.map
// EXTERNAL MODULE: ./build/src/comparison/cost.js
var cost = __webpack_require__(682);
// EXTERNAL MODULE: ./build/src/comparison/pinning.js
var pinning = __webpack_require__(7850);
// EXTERNAL MODULE: ./build/src/comparison/negative-control.js
var negative_control = __webpack_require__(9588);
// EXTERNAL MODULE: ./build/src/engine/conclude.js + 1 modules
var conclude = __webpack_require__(9471);
// EXTERNAL MODULE: ./build/src/contracts/settings.js
var contracts_settings = __webpack_require__(1292);
// EXTERNAL MODULE: ./build/src/comparison/divergence.js
var divergence = __webpack_require__(7561);
;// CONCATENATED MODULE: ./build/src/engine/trainer.js

/**
 * Trains with the changes; with `failFast`, compares the control runs' digests as they arrive and
 * stops at the first divergence. A run of another role never triggers it: a varied run or the
 * negative control is expected to differ.
 */
async function trainWatched(trainer, changes, purpose, failFast, hooks) {
    const stop = new AbortController();
    const watch = new divergence/* DivergenceWatch */.Ym();
    const onTrace = (run, checkpoint) => {
        hooks?.onTrace?.(run, checkpoint);
        const control = (trainer.roleOf?.(run) ?? 'control') === 'control';
        if (failFast && control && !stop.signal.aborted && watch.add(run, checkpoint) !== null)
            stop.abort('divergence');
    };
    const runs = await trainer.train(changes, { purpose, hooks: { ...hooks, onTrace }, stop: stop.signal, sideBySide: failFast });
    return { runs, stoppedEarly: stop.signal.aborted };
}
//# sourceMappingURL=trainer.js.map
// EXTERNAL MODULE: ./build/src/util/records.js
var records = __webpack_require__(1760);
;// CONCATENATED MODULE: ./build/src/engine/diagnose.js
// `diagnose`: which settings matter on this runner. On the shortest configuration that shows the
// difference (two runs of the fold where the check's runs parted, up to that epoch; a command as it
// is), it trains once with every setting on (the control) and once with none (the unpinned trial), then
// with each setting switched off alone: the runs part (necessary) or still agree (not needed here).
// Then it switches every setting found not needed off together and times the fastest configuration
// that still reproduces. Trials stop at their first divergence, and none starts that would not fit
// in the budget (the longest trial so far is the estimate); what was not tried is listed.
// `diagnose-variables` narrows the settings tried; a command's trials get TF_REPRO_MAX_EPOCHS, the
// epoch where the check's runs parted, which a command may honour; a script that seems to set
// determinism itself (its source calls the framework's switch and every trial still agrees) is
// named, since its trials then measure nothing. A command's GPU-only variables (cuBLAS's, cuDNN's,
// NCCL's) are not tried on a runner without a GPU: switching one off there changes nothing, and
// "not needed" would be a claim about GPUs made on a CPU.















/**
 * The settings diagnose tries: `diagnose-variables`' names where given, else every setting the check
 * applies. An unknown name is the user's error, raised before anything runs.
 */
function diagnoseCandidates(settings, trainer) {
    const all = everyCandidate(settings, trainer);
    const chosen = settings.diagnoseVariables;
    if (!chosen || chosen.length === 0)
        return all;
    const names = all.map((candidate) => candidate.name);
    const unknown = chosen.filter((name) => !names.includes(name));
    if (unknown.length > 0) {
        const kind = trainer.kind === 'command' ? `a command with framework ${settings.command?.framework ?? 'none'}` : "tf-repro's own training";
        throw new user_error/* UserError */.y(`'diagnose-variables': ${(0,util_text/* listed */.KE)(unknown.map((name) => `'${name}'`))} ${unknown.length === 1 ? 'is' : 'are'} not a setting diagnose can switch off for ${kind}; ` +
            (names.length > 0 ? `give a comma list of: ${names.join(', ')}` : 'it has none to switch off: leave diagnose-variables out'));
    }
    return all.filter((candidate) => chosen.includes(candidate.name));
}
/** Every setting the check applies, each with the change that switches it off. */
function everyCandidate(settings, trainer) {
    if (trainer.kind === 'command') {
        const framework = settings.command?.framework ?? 'none';
        // A pinned library default is no determinism switch: unset, it is the same default.
        const variables = Object.keys(frameworkEnvironment(framework, true, settings.threads, (0,child_environment/* userCodeEnvironment */.Oq)(process.env))).filter((name) => !environment/* PINNED_VARIABLES */.D1.includes(name));
        return variables.map((name) => ({ name, kind: 'variable', off: { variablesOff: [name] } }));
    }
    const threads = Math.max(2, (0,external_node_os_.availableParallelism)());
    return [
        ...environment/* DETERMINISM_VARIABLES */.cr.map((name) => ({ name, kind: 'variable', off: { variablesOff: [name] } })),
        { name: 'threads', kind: 'threads', off: { threads: threads === settings.threads ? threads + 1 : threads } },
        ...contracts_settings/* SEEDING_PARTS */.Ry.map((part) => ({ name: part, kind: 'seeding', off: { unseeded: [part] } })),
    ];
}
/** Why this runner cannot show what a command's GPU-only variables do (it has no GPU), or null: it has one, or no candidate is GPU-only. */
async function gpuAbsence(trainer, list, gpus) {
    if (trainer.kind !== 'command' || !list.some((candidate) => Object.hasOwn(GPU_ONLY_VARIABLES, candidate.name)))
        return null;
    const probe = await gpus();
    return probe.gpus.length > 0 ? null : (probe.reason ?? 'nvidia-smi listed no GPU');
}
/** Every candidate off at once. */
function allOff(list) {
    const changes = {};
    for (const candidate of list) {
        if (candidate.off.variablesOff)
            changes.variablesOff = [...(changes.variablesOff ?? []), ...candidate.off.variablesOff];
        if (candidate.off.unseeded)
            changes.unseeded = [...(changes.unseeded ?? []), ...candidate.off.unseeded];
        if (candidate.off.threads !== undefined)
            changes.threads = candidate.off.threads;
    }
    return changes;
}
/** What the script a command runs calls to make itself deterministic: its trials then switch nothing off that matters. */
const SELF_DETERMINISM = ['use_deterministic_algorithms', 'enable_op_determinism'];
/** The most read of a script's source to look for them. */
const SOURCE_LIMIT_BYTES = 4 * 1024 * 1024;
/** The self-determinism calls found in the .py files a command names (relative to its working directory): "train.py calls …". */
async function selfDeterminismCalls(command, workingDirectory) {
    const found = [];
    const scripts = [...new Set(command.split(/\s+/).filter((word) => /^[^-].*\.py$/.test(word)))];
    for (const script of scripts) {
        const source = await (0,user_files/* readRegularFile */.XF)((0,external_node_path_.resolve)(workingDirectory ?? '.', script), SOURCE_LIMIT_BYTES).catch(() => null);
        if (source === null)
            continue;
        const text = source.toString('utf8');
        const calls = SELF_DETERMINISM.filter((name) => text.includes(name));
        if (calls.length > 0)
            found.push(`${script} calls ${calls.join(' and ')}`);
    }
    return found;
}
/**
 * The trials diagnose plans: the control, the unpinned trial, one per setting and the fastest
 * configuration (more only where the settings not needed make the runs part when off together).
 */
function plannedTrials(settings) {
    return 2 + settings + (settings > 0 ? 1 : 0);
}
/** The estimate of diagnose's length: labelled as one, from a time that was measured (the check's runs, or the control trial). */
function estimateLine(trials, secondsPerTrial, measured) {
    const total = trials * secondsPerTrial;
    const totalText = total >= 90 ? `${(total / 60).toFixed(1)} min` : `${total.toFixed(0)} s`;
    return `diagnose: ${trials} trials planned, estimated ${totalText} (an estimate: ${trials} × ${secondsPerTrial.toFixed(1)} s, ${measured})`;
}
async function diagnose(settings, trainer, divergence, options = {}) {
    const started = performance.now();
    const budgetSeconds = settings.diagnoseBudgetMinutes * 60;
    const notes = [];
    // The shortest configuration that shows the difference the check found: its fold, up to its epoch.
    const fold = divergence?.fold ?? 0;
    const epochs = divergence?.stage === 'epoch' && divergence.epoch !== null ? divergence.epoch : divergence?.stage === 'evaluation' ? settings.epochs : 1;
    // A command is run as it is, told where it may stop (TF_REPRO_MAX_EPOCHS) where the runs parted in an epoch.
    const commandEpochs = divergence?.stage === 'epoch' && divergence.epoch !== null && divergence.epoch > 0 ? divergence.epoch : null;
    const trial = trainer.kind === 'training'
        ? { runs: 2, onlyFolds: [fold], epochs, deterministic: true, trace: 'epochs' }
        : { runs: 2, deterministic: true, ...(commandEpochs !== null ? { epochs: commandEpochs } : {}) };
    const images = settings.samples === 0 ? 'every image' : `${(0,util_text/* withCommas */.rX)(settings.samples)} images`;
    const configuration = trainer.kind === 'training'
        ? `2 runs of fold ${fold}, ${(0,util_text/* plural */.LS)(epochs, 'epoch')}, ${images}`
        : commandEpochs !== null
            ? `2 runs of the command, told to stop after epoch ${commandEpochs} (TF_REPRO_MAX_EPOCHS=${commandEpochs}, where the command honours it)`
            : `2 runs of the command, each in full`;
    let longest = 0;
    const spent = () => (performance.now() - started) / 1000;
    const fits = () => spent() + longest <= budgetSeconds && options.signal?.aborted !== true;
    const run = async (what, changes) => {
        options.log?.(`diagnose: ${what}`);
        const trialStarted = performance.now();
        try {
            const { runs } = await trainWatched(trainer, { ...trial, ...changes }, 'diagnosis', true);
            const seconds = (performance.now() - trialStarted) / 1000;
            longest = Math.max(longest, seconds);
            const failed = runs.find((r) => r.status === 'failed');
            const { comparison, divergence: parted } = (0,conclude/* compareWithDivergence */.w)(runs, 0);
            return {
                seconds,
                verdict: comparison.verdict,
                divergence: parted,
                error: failed ? (failed.error ?? 'a run failed').split('\n')[0] : null,
                first: (0,pinning/* firstWithResults */.VG)(runs),
            };
        }
        catch (error) {
            const seconds = (performance.now() - trialStarted) / 1000;
            longest = Math.max(longest, seconds);
            return { seconds, verdict: 'error', divergence: null, error: (0,errors/* errorMessage */.g)(error), first: null };
        }
    };
    const list = diagnoseCandidates(settings, trainer);
    const noGpu = await gpuAbsence(trainer, list, options.gpus ?? probeGpus);
    const trials = plannedTrials(noGpu === null ? list.length : list.filter((c) => !Object.hasOwn(GPU_ONLY_VARIABLES, c.name)).length);
    // A command's trial is two of the check's own runs: their measured time is the estimate, before any trial.
    const measuredRuns = (options.checkRuns ?? []).filter((r) => r.status === 'ok' && r.role === 'control');
    if (trainer.kind === 'command' && measuredRuns.length > 0) {
        const perRun = measuredRuns.reduce((sum, r) => sum + r.durationSeconds, 0) / measuredRuns.length;
        options.log?.(estimateLine(trials, 2 * perRun, `2 runs of ${perRun.toFixed(1)} s each, as the check's runs took${commandEpochs !== null ? '; less where the command honours TF_REPRO_MAX_EPOCHS' : ''}`));
    }
    const control = await run('every setting on (the control)', {});
    // Our own training's trials are shorter than the check's runs: the control trial is the first measure of one.
    if (trainer.kind === 'training' && control.error === null)
        options.log?.(estimateLine(trials, control.seconds, 'as the control trial took'));
    if (control.error)
        notes.push(`with every setting on, a run failed: ${control.error}`);
    else if (control.verdict !== 'reproducible')
        notes.push('with every setting on the runs already part on this configuration: the settings are not sufficient here, so a setting found "not needed" may still matter');
    const unpinned = await run('every setting off (the unpinned trial)', { deterministic: false });
    const diagnosed = [];
    // Agreeing with itself is not enough: a side that agrees on other numbers than the control's needs a setting to pin them.
    const againstControl = (outcome) => control.error === null && control.verdict === 'reproducible' && control.first && outcome.first
        ? (0,pinning/* numbersAgainst */.G6)(control.first, outcome.first, settings.tolerance)
        : null;
    const unpinnedNumbers = unpinned.error === null && unpinned.verdict === 'reproducible' ? againstControl(unpinned) : null;
    const unpinnedAgrees = unpinned.error === null && unpinned.verdict === 'reproducible' && unpinnedNumbers?.same !== false;
    if (unpinnedAgrees)
        notes.push('with every setting off the runs agree on this configuration, on the same numbers as with every setting on: none of the settings is needed here');
    else if (unpinnedNumbers?.same === false)
        notes.push('with every setting off the runs agree with each other, but on other numbers than with every setting on: some setting pins the numbers');
    for (const candidate of list) {
        const entry = { name: candidate.name, kind: candidate.kind, finding: 'not-tried', seconds: null, divergence: null, detail: '' };
        diagnosed.push(entry);
        const gpuOnly = noGpu === null ? undefined : (0,records/* ownValue */.e)(GPU_ONLY_VARIABLES, candidate.name);
        if (gpuOnly !== undefined) {
            entry.detail = `GPU-only (${gpuOnly}) and this runner has no GPU (${noGpu}): switching it off changes nothing here`;
            continue;
        }
        if (unpinnedAgrees) {
            entry.finding = 'not-needed';
            entry.detail = 'the runs agree even with every setting off';
            continue;
        }
        if (!fits()) {
            entry.detail = options.signal?.aborted ? 'the check was cancelled' : `the budget of ${(0,util_text/* plural */.LS)(settings.diagnoseBudgetMinutes, 'minute')} was spent`;
            continue;
        }
        const outcome = await run(`${candidate.name} off`, candidate.off);
        entry.seconds = outcome.seconds;
        if (outcome.error) {
            entry.finding = 'failed';
            entry.detail = outcome.error;
        }
        else if (outcome.verdict === 'reproducible') {
            const numbers = againstControl(outcome);
            if (numbers?.same === false) {
                entry.finding = 'pins-numbers';
                entry.delta = numbers.largest;
            }
            else {
                entry.finding = 'not-needed';
            }
        }
        else {
            entry.finding = 'necessary';
            entry.divergence = outcome.divergence;
        }
    }
    // Trials of a script that pins itself switch off variables it does not need: they measure nothing.
    if (trainer.kind === 'command' && settings.command) {
        const tried = diagnosed.filter((d) => d.finding !== 'not-tried' && d.finding !== 'failed');
        const allAgree = control.error === null && control.verdict === 'reproducible' && (unpinnedAgrees || (tried.length > 0 && tried.every((d) => d.finding === 'not-needed')));
        const calls = await selfDeterminismCalls(settings.command.command, settings.command.workingDirectory);
        // Both signs: agreement alone is none (on a CPU most scripts agree with every variable off), and
        // a script that names the call but still parts without a setting did measure something.
        if (calls.length > 0 && allAgree) {
            const evidence = [...calls, 'with each setting off its runs still agree'];
            const note = `the script seems to set determinism itself (${evidence.join('; ')}): a likely cause, not a finding. ` +
                'Then these trials measure nothing, since the script pins what the settings would; to measure them, let the script leave determinism to the environment';
            notes.push(note);
            options.log?.(`diagnose: ${note}`);
        }
    }
    const notTried = diagnosed.filter((d) => d.finding === 'not-tried');
    const gpuOnlyNames = notTried.filter((d) => Object.hasOwn(GPU_ONLY_VARIABLES, d.name) && noGpu !== null).map((d) => d.name);
    if (gpuOnlyNames.length > 0)
        notes.push(`not tried here, GPU-only and this runner has no GPU (${noGpu}): ${gpuOnlyNames.join(', ')}`);
    const otherNotTried = notTried.filter((d) => !gpuOnlyNames.includes(d.name));
    if (otherNotTried.length > 0)
        notes.push(`not tried (${otherNotTried[0]?.detail}): ${otherNotTried.map((d) => d.name).join(', ')}`);
    // The fastest configuration that still reproduces: every setting not needed here off at once,
    // and if together they make the runs part, one at a time, keeping each that does no harm.
    let fastest = null;
    const notNeeded = list.filter((c) => diagnosed.find((d) => d.name === c.name)?.finding === 'not-needed');
    if (control.error === null && control.verdict === 'reproducible' && notNeeded.length > 0 && fits()) {
        const together = await run(`${notNeeded.map((c) => c.name).join(', ')} off together`, allOff(notNeeded));
        if (together.error === null && together.verdict === 'reproducible') {
            // Measured, not assumed: where switching them off saves nothing, every setting on is the fastest.
            fastest =
                together.seconds < control.seconds
                    ? { off: notNeeded.map((c) => c.name), seconds: together.seconds, reproducible: true, allOnSeconds: control.seconds }
                    : { off: [], seconds: control.seconds, reproducible: true, allOnSeconds: control.seconds };
            if (fastest.off.length === 0)
                notes.push(`switching off every setting not needed here saved no time (${together.seconds.toFixed(1)} s against ${control.seconds.toFixed(1)} s with all on)`);
        }
        else {
            const kept = [];
            let seconds = control.seconds;
            for (const candidate of notNeeded) {
                if (!fits()) {
                    notes.push(`the fastest configuration was not finished: the budget of ${(0,util_text/* plural */.LS)(settings.diagnoseBudgetMinutes, 'minute')} was spent`);
                    break;
                }
                const outcome = await run(`${[...kept, candidate].map((c) => c.name).join(', ')} off`, allOff([...kept, candidate]));
                if (outcome.error === null && outcome.verdict === 'reproducible') {
                    kept.push(candidate);
                    seconds = outcome.seconds;
                }
            }
            notes.push(`the settings not needed one by one make the runs part when all are off together; the fastest configuration keeps the rest`);
            fastest = { off: kept.map((c) => c.name), seconds, reproducible: true, allOnSeconds: control.seconds };
        }
    }
    return {
        configuration,
        // report.json's name for the unpinned trial, kept so that saved reports still read (docs/development.md#glossary).
        baseline: {
            seconds: unpinned.seconds,
            divergence: unpinned.divergence,
            verdict: unpinned.verdict,
            ...(unpinnedNumbers ? { sameNumbers: unpinnedNumbers.same, delta: unpinnedNumbers.largest } : {}),
        },
        settings: diagnosed,
        fastest,
        budgetMinutes: settings.diagnoseBudgetMinutes,
        spentSeconds: spent(),
        notes,
    };
}
//# sourceMappingURL=diagnose.js.map
// EXTERNAL MODULE: ./build/src/comparison/run-roles.js
var run_roles = __webpack_require__(4574);
;// CONCATENATED MODULE: ./build/src/engine/negative-control.js




async function runNegativeControl(settings, trainer, runs, runNumber, log) {
    const seed = (0,negative_control/* negativeControlSeed */.M)(settings.seed);
    log?.(`Negative control: one more run with TF_REPRO_SEED=${seed}, whose numbers must differ.`);
    let run;
    try {
        const [trained] = await trainer.train({ runs: 1, seed }, { purpose: 'negative-control' });
        run = trained ?? failedRun(runNumber, 'the negative control run did not start');
    }
    catch (error) {
        run = failedRun(runNumber, (0,errors/* errorMessage */.g)(error));
    }
    return (0,negative_control/* negativeControlOutcome */.nZ)({ ...run, run: runNumber, role: 'negative-control' }, (0,pinning/* firstWithResults */.VG)((0,run_roles/* controlRuns */.Ww)(runs)), seed);
}
function failedRun(run, error) {
    return {
        run,
        role: 'negative-control',
        status: 'failed',
        error,
        startedAt: new Date().toISOString(),
        durationSeconds: 0,
        folds: [],
        environment: null,
        warnings: [],
    };
}
//# sourceMappingURL=negative-control.js.map
// EXTERNAL MODULE: ./build/src/comparison/variations.js
var variations = __webpack_require__(393);
;// CONCATENATED MODULE: ./build/src/runs/variation.js
// Variations (issue 23), on this runner: what it allows (the facts comparison/variations.ts plans
// from: locales, time zones, umask, CPU affinity, taskset, the file-order shim, whether the working
// directory can be copied), and a varied run's launch: its environment edited (TZ, LC_ALL and
// LANG, the thread variables, the order and one extra variable, PYTHONPATH with the shim), its
// working directory elsewhere (a copy for a command), and a launcher in front of its program
// (`taskset -c` for fewer CPUs, a shell that sets the umask then execs it).








/** A working directory larger than this is not copied for `path`: the copy would cost more than the run. */
const PATH_COPY_LIMITS = { bytes: 512 * 1024 * 1024, files: 20_000 };
function statusField(name) {
    try {
        return new RegExp(`^${name}:\\s*(.*)$`, 'm').exec((0,external_node_fs_.readFileSync)('/proc/self/status', 'utf8'))?.[1]?.trim() ?? null;
    }
    catch {
        return null;
    }
}
/** This process's umask, from /proc (process.umask() without an argument is deprecated). */
function currentUmask() {
    const text = statusField('Umask');
    return text !== null && /^[0-7]+$/.test(text) ? parseInt(text, 8) : null;
}
/** The CPUs this process may run on (sched_getaffinity, as /proc says it). */
function allowedCpus() {
    const text = statusField('Cpus_allowed_list');
    return text === null ? null : (0,variations/* parseCpuList */.Sx)(text);
}
function onPath(program, env = process.env) {
    return (env.PATH ?? '').split(external_node_path_.delimiter).some((dir) => dir !== '' && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, program)));
}
/** `locale -a`; null where it does not run. */
function installedLocales() {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('locale', ['-a'], { timeout: 10_000, maxBuffer: 1024 * 1024 }, (error, stdout) => resolve(error
            ? null
            : stdout
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean)));
    });
}
function zoneinfoInstalled() {
    return (0,external_node_fs_.existsSync)('/usr/share/zoneinfo/Asia/Kathmandu') && (0,external_node_fs_.existsSync)('/usr/share/zoneinfo/America/St_Johns');
}
/** The Python shim's folder where this copy of tf-repro has it; else null. */
function conditionsShim() {
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(paths/* conditionsShimDir */.bz, 'sitecustomize.py')) ? paths/* conditionsShimDir */.bz : null;
}
/** Whether `dir` is small enough to copy for `path`, or why not. */
async function copyableDirectory(dir) {
    let bytes = 0;
    let files = 0;
    const pending = [dir];
    try {
        while (pending.length > 0) {
            const current = pending.pop();
            for (const entry of await (0,promises_.readdir)(current, { withFileTypes: true })) {
                const path = (0,external_node_path_.join)(current, entry.name);
                if (entry.isDirectory())
                    pending.push(path);
                else if (entry.isFile()) {
                    files++;
                    bytes += (await (0,promises_.lstat)(path)).size;
                }
                if (bytes > PATH_COPY_LIMITS.bytes || files > PATH_COPY_LIMITS.files) {
                    return {
                        ok: false,
                        reason: `the working directory ${dir} holds more than ${PATH_COPY_LIMITS.files.toLocaleString('en-US')} files or ${PATH_COPY_LIMITS.bytes / 1024 / 1024} MiB, too much to copy for one run; give the command a smaller 'working-directory'`,
                    };
                }
            }
        }
    }
    catch (error) {
        return { ok: false, reason: `the working directory ${dir} could not be read to copy it (${(0,errors/* errorMessage */.g)(error)})` };
    }
    return { ok: true };
}
/** A new directory whose absolute path differs from `original`'s in name and length. */
async function elsewhere(original) {
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tf-repro-vary-'));
    let dir = (0,external_node_path_.join)(root, `${(0,external_node_path_.basename)(original) || 'root'}-on-another-path`);
    if (dir.length === original.length)
        dir += '-x';
    return { root, dir };
}
const SET_UMASK = (mask) => `umask ${mask.toString(8).padStart(3, '0')} && exec "$0" "$@"`;
/**
 * Prepares a run varied by `plans` (those that can be varied). For a command the working directory
 * `cwd` is copied elsewhere; for training the processes start in a new empty directory.
 */
async function prepareLaunchVariation(plans, kind, cwd) {
    const applications = [];
    const record = {};
    for (const plan of plans) {
        if (!plan.ok)
            continue;
        applications.push(plan.application);
        record[plan.factor] = plan.how;
    }
    let cpus = null;
    let root = null;
    let workingDir = null;
    const set = {};
    let reversed = false;
    let shimDir = null;
    let umask = null;
    for (const application of applications) {
        switch (application.factor) {
            case 'path': {
                const place = await elsewhere(cwd);
                root = place.root;
                workingDir = place.dir;
                if (kind === 'command') {
                    await (0,promises_.cp)(cwd, workingDir, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
                    record.path = `a copy of ${cwd} at ${workingDir} (${cwd.length} → ${workingDir.length} characters)`;
                }
                else {
                    await (0,promises_.mkdir)(workingDir, { recursive: true });
                    record.path = `the training processes in ${workingDir} instead of ${cwd} (${cwd.length} → ${workingDir.length} characters)`;
                }
                break;
            }
            case 'tz':
            case 'locale':
            case 'threads':
                Object.assign(set, application.variables);
                break;
            case 'env':
                Object.assign(set, application.variables);
                reversed = true;
                shimDir = application.shimDir ?? shimDir;
                break;
            case 'file-order':
                Object.assign(set, application.variables);
                shimDir = application.shimDir;
                break;
            case 'umask':
                umask = application.umask;
                break;
            case 'cpus':
                cpus = { fewer: application.cpus, allowed: application.allowed };
                break;
        }
    }
    const affinity = cpus;
    return {
        record,
        // The shell goes last: taskset's affinity is inherited by it and what it execs.
        launcher: (slot) => [
            ...(affinity ? ['taskset', '-c', (0,variations/* cpuListText */.eb)((0,variations/* cpusForSlot */.PV)(affinity.fewer, affinity.allowed, slot))] : []),
            ...(umask !== null ? ['/bin/sh', '-c', SET_UMASK(umask)] : []),
        ],
        cwd: workingDir,
        visibleCpus: affinity ? affinity.fewer.length : null,
        environment: (env) => {
            const edited = { ...env, ...set };
            if (shimDir !== null)
                edited.PYTHONPATH = env.PYTHONPATH ? `${shimDir}${external_node_path_.delimiter}${env.PYTHONPATH}` : shimDir;
            return reversed ? Object.fromEntries(Object.entries(edited).reverse()) : edited;
        },
        dispose: async () => {
            if (root !== null)
                await (0,promises_.rm)(root, { recursive: true, force: true });
        },
    };
}
//# sourceMappingURL=variation.js.map
;// CONCATENATED MODULE: ./build/src/engine/variations.js
// Variations (issue 23): after the control runs, the same check in other conditions. Every factor
// this runner can vary is varied at once in one extra run, compared with a control run (metrics,
// weights, trace); only when it differs do further runs split the factors until the responsible
// ones are named (comparison/variations.ts). The varied runs never touch the control runs: they
// start after them, are never watched by fail-fast, and their verdict is a separate one.










/** Where the control runs run: a command's working directory, or this process's for training. */
function controlDirectory(settings) {
    return (0,external_node_path_.resolve)(settings.command?.workingDirectory ?? '.');
}
/** What this runner allows, and what the control runs got. */
async function variationFacts(settings, kind) {
    const inherited = (0,child_environment/* userCodeEnvironment */.Oq)(process.env);
    const framework = settings.command?.framework ?? null;
    const preset = settings.command
        ? frameworkEnvironment(settings.command.framework, settings.deterministic, settings.threads, inherited, settings.variablesOff ?? [], (0,cpu_host/* readCpuHost */.R9)())
        : (0,environment/* determinismEnvironment */.fu)(settings.deterministic, settings.threads, settings.variablesOff, (0,environment/* pinnedVariables */.AP)(process.env, (0,cpu_host/* readCpuHost */.R9)()));
    const requested = settings.vary ?? [];
    return {
        kind,
        framework,
        controlEnvironment: { ...inherited, ...preset },
        presetThreadVariables: Object.keys(preset).filter((name) => variations/* THREAD_VARIABLES */.ZZ.includes(name)),
        pathCopy: kind === 'command' && requested.includes('path') ? await copyableDirectory(controlDirectory(settings)) : { ok: true },
        zoneinfo: zoneinfoInstalled(),
        locales: requested.includes('locale') ? await installedLocales() : [],
        umask: currentUmask(),
        allowedCpus: allowedCpus(),
        taskset: onPath('taskset'),
        pythonShim: conditionsShim(),
    };
}
/** One varied run, compared with the control run. */
async function tryVariation(settings, trainer, plans, control, runNumber) {
    const factors = plans.map((plan) => plan.factor);
    const launch = await prepareLaunchVariation(plans, trainer.kind, controlDirectory(settings));
    let runs;
    try {
        runs = await trainer.train({ runs: 1 }, { purpose: 'variation', variation: launch });
    }
    catch (error) {
        runs = [];
        const failed = {
            run: runNumber,
            role: 'varied',
            status: 'failed',
            error: (0,errors/* errorMessage */.g)(error),
            startedAt: new Date().toISOString(),
            durationSeconds: 0,
            folds: [],
            environment: null,
            warnings: [],
        };
        runs.push(failed);
    }
    finally {
        await launch.dispose();
    }
    const run = { ...runs[0], run: runNumber, role: 'varied', variation: launch.record };
    if (run.status !== 'ok') {
        return {
            factors,
            outcome: 'failed',
            divergence: null,
            maxAbsDiff: null,
            largest: null,
            run,
            error: (run.error ?? 'the varied run did not finish').split('\n')[0],
        };
    }
    // The varied run against the control run as a pair of controls (compare and the locator look at control runs only).
    const { comparison, divergence } = (0,conclude/* compareWithDivergence */.w)([(0,pinning/* asControl */.c4)(control, control.run), (0,pinning/* asControl */.c4)(run, run.run)], settings.tolerance);
    const { largest, maxAbsDiff } = (0,pinning/* numbersAgainst */.G6)(control, run, settings.tolerance);
    return {
        factors,
        outcome: comparison.verdict === 'reproducible' ? 'same' : 'differs',
        divergence: comparison.verdict === 'reproducible' ? null : divergence,
        maxAbsDiff,
        largest,
        run,
        error: null,
    };
}
/** Runs `settings.vary` against the control runs; the control runs and their verdict are left as they are. */
async function varyRuns(settings, trainer, controlRuns, controlVerdict, options) {
    const started = performance.now();
    const plans = (0,variations/* planFactors */.CV)(settings.vary, await variationFacts(settings, trainer.kind));
    const control = controlRuns.find((run) => run.status === 'ok' && run.folds.length > 0) ?? null;
    const skip = (0,variations/* skipReason */.YG)(control === null && controlVerdict === 'reproducible' ? 'error' : controlVerdict, options.signal?.aborted === true);
    const trials = [];
    const base = { requested: settings.vary, failOnVariation: settings.failOnVariation ?? true, controlRun: control?.run ?? null };
    if (skip !== null || control === null) {
        const factors = plans.map((plan) => plan.ok
            ? { factor: plan.factor, status: 'not-tried', how: plan.how, reason: skip, trial: null }
            : { factor: plan.factor, status: 'not-varied', how: '', reason: plan.reason, trial: null });
        return { ...base, factors, trials, sensitiveTo: [], seconds: 0 };
    }
    const applicable = plans.filter((plan) => plan.ok);
    const firstRun = Math.max(...controlRuns.map((run) => run.run), settings.runs) + 1;
    const test = async (factors) => {
        if (options.signal?.aborted)
            return 'failed';
        options.log?.(`Varied run ${trials.length + 1}: ${factors.join(', ')}.`);
        const trial = await tryVariation(settings, trainer, applicable.filter((plan) => factors.includes(plan.factor)), control, firstRun + trials.length);
        trials.push(trial);
        return trial.outcome;
    };
    const search = await (0,variations/* findSensitiveFactors */.g_)(applicable.map((plan) => plan.factor), test);
    // How each factor was varied, as the first run (every factor at once) recorded it.
    const recorded = trials[0]?.run.variation ?? {};
    const factors = plans.map((plan) => {
        if (!plan.ok)
            return { factor: plan.factor, status: 'not-varied', how: '', reason: plan.reason, trial: null };
        const how = recorded[plan.factor] ?? plan.how;
        const finding = search.findings.get(plan.factor);
        if (options.signal?.aborted && finding === undefined)
            return { factor: plan.factor, status: 'not-tried', how, reason: 'the check was cancelled', trial: null };
        if (finding === undefined)
            return { factor: plan.factor, status: 'not-tried', how, reason: 'no varied run isolated it', trial: null };
        return {
            factor: plan.factor,
            status: finding.status,
            how,
            reason: null,
            trial: finding.trial,
            ...(finding.together ? { together: finding.together } : {}),
        };
    });
    return { ...base, factors, trials, sensitiveTo: (0,variations/* sensitiveFactors */.ZS)(factors), seconds: (performance.now() - started) / 1000 };
}
//# sourceMappingURL=variations.js.map
;// CONCATENATED MODULE: ./build/src/engine/explain.js










/** Fold-epochs trained, from the runs' traces: one per epoch-end checkpoint of each run and fold. */
function epochsTrained(runs) {
    let count = 0;
    for (const run of runs) {
        const seen = new Set();
        for (const checkpoint of run.trace ?? []) {
            if (checkpoint.batch !== null || checkpoint.epoch < 1)
                continue;
            const key = `${checkpoint.fold}:${checkpoint.epoch}`;
            if (!seen.has(key)) {
                seen.add(key);
                count++;
            }
        }
    }
    return count;
}
/** The planned fold-epochs: for training, runs × folds × epochs; for a command, what one complete run traced, times the runs. */
function workDone(settings, trainer, runs, stoppedEarly) {
    const trainedEpochs = epochsTrained(runs);
    if (trainer.kind === 'training') {
        const folds = settings.onlyFolds?.length ?? settings.folds;
        return { trainedEpochs, plannedEpochs: settings.runs * folds * settings.epochs, stoppedEarly };
    }
    const complete = runs.find((run) => run.status === 'ok' && run.trace !== undefined);
    if (!complete)
        return stoppedEarly ? { trainedEpochs, plannedEpochs: trainedEpochs, stoppedEarly } : undefined;
    return { trainedEpochs, plannedEpochs: Math.max(trainedEpochs, epochsTrained([complete]) * settings.runs), stoppedEarly };
}
/**
 * Re-trains the divergence's fold, up to its epoch, in two fresh processes with per-batch digests,
 * stopping at their first difference: the batch and the variables where the runs part.
 */
async function narrow(trainer, divergence) {
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    try {
        const { runs } = await trainWatched(trainer, { runs: 2, onlyFolds: [divergence.fold], epochs: divergence.epoch, trace: 'batches' }, 'narrowing', true);
        const failed = runs.find((run) => run.status === 'failed');
        if (failed)
            return { ...divergence, narrowing: { status: 'failed', detail: (failed.error ?? 'a run failed').split('\n')[0], seconds: elapsed() } };
        const { divergence: found } = (0,conclude/* compareWithDivergence */.w)(runs, 0);
        if (found === null || found.stage === 'evaluation' || found.stage === null) {
            return { ...divergence, narrowing: { status: 'agreed', detail: '', seconds: elapsed() } };
        }
        // The re-train's processes may part earlier than the check's did: the cause struck sooner there.
        const earlier = found.epoch !== divergence.epoch
            ? `its processes parted ${found.stage === 'init' ? 'at initialisation' : `in epoch ${found.epoch}`}, earlier than the check's runs`
            : '';
        return {
            ...divergence,
            stage: found.stage,
            epoch: found.epoch,
            batch: found.batch,
            variables: found.variables,
            ...(found.inputs ? { inputs: found.inputs } : {}),
            narrowing: { status: 'found', detail: earlier, seconds: elapsed() },
        };
    }
    catch (error) {
        return { ...divergence, narrowing: { status: 'failed', detail: (0,errors/* errorMessage */.g)(error), seconds: elapsed() } };
    }
}
async function explainRuns(settings, trainer, options) {
    const warnings = [];
    // The cost table needs every run whole, for the variance and the time per run; and above
    // tolerance 0 weights may differ while the check passes, so a digest is no reason to stop.
    const failFast = settings.failFast && settings.tolerance === 0 && !settings.compareNondeterministic;
    const watched = await trainWatched(trainer, {}, 'check', failFast, options.hooks);
    const { runs } = watched;
    // The watch may fire as the last run ends (a command's trace is read to its end): then nothing was skipped.
    const stoppedEarly = watched.stoppedEarly && (runs.some((run) => run.status === 'stopped') || runs.length < settings.runs);
    const compared = (0,conclude/* compareWithDivergence */.w)(runs, settings.tolerance);
    let { divergence } = compared;
    const aborted = () => options.signal?.aborted === true;
    if (trainer.kind === 'training' && divergence?.stage === 'epoch' && divergence.batch === null && divergence.epoch !== null && !aborted()) {
        options.log?.(`Runs part in fold ${divergence.fold}, epoch ${divergence.epoch}: re-training that fold with per-batch digests to find the batch.`);
        divergence = await narrow(trainer, { ...divergence, epoch: divergence.epoch });
    }
    const explained = { runs, divergence, warnings };
    const work = workDone(settings, trainer, runs, stoppedEarly);
    if (work)
        explained.work = work;
    if (settings.vary && settings.vary.length > 0) {
        // After the control runs, never beside them: fail-fast watched only those, and their verdict stays their own.
        explained.variations = await varyRuns({ ...settings, vary: settings.vary }, trainer, runs, compared.comparison.verdict, {
            signal: options.signal,
            log: options.log,
        });
    }
    if (settings.negativeControl && trainer.kind === 'command' && !aborted()) {
        // After the control runs (fail-fast watched only those) and any varied runs, numbered after them all.
        const number = Math.max(0, ...runs.map((run) => run.run), ...(explained.variations?.trials.map((trial) => trial.run.run) ?? [])) + 1;
        explained.negativeControl = await runNegativeControl(settings, trainer, runs, number, options.log);
        const warning = (0,negative_control/* negativeControlWarning */.h2)(explained.negativeControl);
        if (warning !== null)
            warnings.push(warning);
    }
    if (settings.compareNondeterministic && !aborted()) {
        options.log?.(`Training the same ${(0,util_text/* plural */.LS)(settings.runs, 'run')} without the determinism settings (compare-nondeterministic).`);
        const withoutRuns = await trainer.train({ deterministic: false }, { purpose: 'without' });
        const without = (0,conclude/* compareWithDivergence */.w)(withoutRuns, settings.tolerance);
        // Our own workload trains the free runs with no seed at all; a model file or a command may seed itself.
        const freeRunsWereSeeded = trainer.kind === 'command' || Boolean(settings.model);
        // Each side agreeing with itself is not enough: the same numbers on both is what a runner without the settings would need.
        const withRun = (0,pinning/* firstWithResults */.VG)(runs);
        const withoutRun = (0,pinning/* firstWithResults */.VG)(withoutRuns);
        const numbers = withRun && withoutRun ? (0,pinning/* numbersAgainst */.G6)(withRun, withoutRun, settings.tolerance) : null;
        explained.cost = (0,cost/* costComparison */.XV)((0,cost/* costSide */.$g)(runs, compared.comparison, divergence), (0,cost/* costSide */.$g)(withoutRuns, without.comparison, without.divergence), {
            freeRunsWereSeeded,
            sameNumbers: numbers?.same ?? null,
            numbersDelta: numbers?.largest ?? null,
        });
    }
    if (settings.diagnose && !aborted()) {
        explained.diagnosis = await diagnose(settings, trainer, divergence, { log: options.log, signal: options.signal, checkRuns: runs });
    }
    return explained;
}
//# sourceMappingURL=explain.js.map
;// CONCATENATED MODULE: ./build/src/engine/command-source.js
// Runs produced by the user's own training command, run `runs` times (runs/command-runs.ts), side
// by side where `parallel` allows (one run per GPU that nvidia-smi lists), with the artifacts it
// wrote hashed for comparison.










/** The most epochs a trial needs (diagnose stops at the epoch where the check's runs parted); commands may honour it. */
const MAX_EPOCHS_VARIABLE = 'TF_REPRO_MAX_EPOCHS';
/** A temporary home, gone at the end: the logs and metrics files of a check without a report directory, and every check's dataset.npz. */
async function temporaryDir(prefix, what, orElse = '') {
    const parent = (0,external_node_os_.tmpdir)();
    try {
        return await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, prefix));
    }
    catch (error) {
        throw new user_error/* UserError */.y(`the temporary directory ${parent} (TMPDIR) cannot hold ${what} (${(0,errors/* errorMessage */.g)(error)}): set TMPDIR to a directory that exists and can be written${orElse}`);
    }
}
async function produceCommandRuns(settings, options) {
    const started = performance.now();
    const outputDir = settings.reportDir ?? (await temporaryDir('tf-repro-command-', "the command's logs", ", or give 'report-dir'"));
    // The data the command reads is not part of the report (the artifact a workflow uploads): it goes at the end.
    const datasetDir = await temporaryDir('tf-repro-dataset-', 'the dataset the command reads');
    let checkRuns = null;
    let trials = 0;
    // One run per GPU where nvidia-smi lists some (runs/placement.ts); one at a time needs no look.
    const gpus = settings.parallel === 1 ? [] : (await probeGpus()).gpus;
    try {
        const datasetVariables = await writeCommandDataset(settings.dataset, datasetDir);
        const trainer = {
            kind: 'command',
            train: async (changes, request) => {
                const check = request.purpose === 'check';
                // The runs without the settings and the diagnosis's trials keep their logs apart from the check's own.
                const dir = check ? outputDir : (0,external_node_path_.join)(outputDir, 'trials', `${request.purpose}-${++trials}`);
                const result = await runCommands({
                    command: settings.command,
                    runs: changes.runs ?? settings.runs,
                    seed: changes.seed ?? settings.seed,
                    deterministic: changes.deterministic ?? settings.deterministic,
                    threads: changes.threads ?? settings.threads,
                    outputDir: dir,
                    logsKept: settings.reportDir !== null,
                    checkId: check ? options.checkId : `${options.checkId}-${request.purpose}-${trials}`,
                    hooks: check ? options.hooks : undefined,
                    signal: options.signal,
                    onTrace: request.hooks?.onTrace,
                    stop: request.stop,
                    variablesOff: changes.variablesOff ?? settings.variablesOff,
                    variation: request.variation,
                    // A trial that needs only the first epochs (diagnose) asks for them; a command may honour it.
                    variables: changes.epochs === undefined ? datasetVariables : { ...datasetVariables, [MAX_EPOCHS_VARIABLE]: String(changes.epochs) },
                    parallel: settings.parallel,
                    gpus,
                    ...(settings.command.folds !== undefined ? { folds: settings.command.folds } : {}),
                    sideBySide: request.sideBySide,
                    log: options.log,
                });
                if (check)
                    checkRuns = result;
                return result.runs;
            },
        };
        const explained = await explainRuns(settings, trainer, { hooks: options.hooks, signal: options.signal, log: options.log });
        const result = checkRuns;
        if (result === null)
            throw new Error('produceCommandRuns: the check ran no command');
        // The settings that mean something for a command; folds, epochs, dataset and the rest do not.
        const { runs, seed, deterministic, threads, tolerance, failOnMismatch, reportDir, command, failFast, compareNondeterministic, diagnose, variablesOff } = settings;
        return {
            settings: {
                runs,
                seed,
                deterministic,
                threads,
                tolerance,
                failOnMismatch,
                reportDir,
                command,
                failFast,
                compareNondeterministic,
                diagnose,
                ...(variablesOff?.length ? { variablesOff } : {}),
                ...(settings.dataset !== null ? { dataset: settings.dataset } : {}),
                ...(settings.diagnoseVariables?.length ? { diagnoseVariables: settings.diagnoseVariables } : {}),
                ...(settings.vary?.length ? { vary: settings.vary, failOnVariation: settings.failOnVariation } : {}),
            },
            tolerance,
            source: `command \`${command.command}\` in ${result.workingDirectory}`,
            durationSeconds: (performance.now() - started) / 1000,
            ...explained,
            warnings: [...result.warnings, ...explained.warnings],
            ...(command.artifacts.length > 0 ? { artifacts: (0,artifacts/* compareArtifacts */.Tu)(result.runs.map((run) => run.artifacts ?? null)) } : {}),
            command: {
                command: command.command,
                workingDirectory: result.workingDirectory,
                framework: command.framework,
                variables: result.variables,
                runVariables: result.runVariables,
                logs: settings.reportDir === null ? [] : result.logs.map((path) => (0,external_node_path_.relative)(outputDir, path)),
            },
        };
    }
    finally {
        await (0,promises_.rm)(datasetDir, { recursive: true, force: true });
        if (settings.reportDir === null)
            await (0,promises_.rm)(outputDir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=command-source.js.map
// EXTERNAL MODULE: ./build/src/engine/report-dir.js + 2 modules
var report_dir = __webpack_require__(5044);
// EXTERNAL MODULE: ./build/src/engine/result-files.js + 1 modules
var result_files = __webpack_require__(6970);
// EXTERNAL MODULE: ./build/src/data/idx-files.js
var idx_files = __webpack_require__(2859);
// EXTERNAL MODULE: ./build/src/data/load.js
var load = __webpack_require__(2716);
;// CONCATENATED MODULE: ./build/src/provision/plan.js
// What to install and which backends to try, in order, from the user's choice and what the
// preflight found. Pure: the I/O lives in preflight.ts and install.ts.


/** The native packages are pinned to the TensorFlow.js version the bundle is built with. */
const NATIVE_PACKAGE_VERSION = '4.22.0';
const NATIVE_PACKAGE = {
    gpu: '@tensorflow/tfjs-node-gpu',
    cpu: '@tensorflow/tfjs-node',
};
function planNativeInstall(flavor, toolCache, arch) {
    const installDir = (0,external_node_path_.join)(toolCache, nativeToolName(flavor), NATIVE_PACKAGE_VERSION, arch);
    return installPlanIn(flavor, installDir, (packageName) => [
        'install',
        '--prefix',
        installDir,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `${packageName}@${NATIVE_PACKAGE_VERSION}`,
    ]);
}
/** The tool cache's folder name for a flavour's package: tensorflow-tfjs-node(-gpu). */
function nativeToolName(flavor) {
    return NATIVE_PACKAGE[flavor].replace('@tensorflow/', 'tensorflow-');
}
/** The plan of a flavour's package installed in `installDir`, @actions/tool-cache's way (a marker beside it). */
function installPlanIn(flavor, installDir, npmArgs) {
    const packageName = NATIVE_PACKAGE[flavor];
    return {
        flavor,
        packageName,
        version: NATIVE_PACKAGE_VERSION,
        installDir,
        completeMarker: `${installDir}.complete`,
        packageDir: (0,external_node_path_.join)(installDir, 'node_modules', ...packageName.split('/')),
        npmArgs: npmArgs(packageName),
    };
}
/** The variables tfjs-node's install script and node-pre-gyp read to download from a mirror. */
const MIRROR_VARIABLES = [
    'TFJS_NODE_CDN_STORAGE',
    'TFJS_NODE_BASE_URI',
    'npm_config_TFJS_NODE_CDN_STORAGE',
    'npm_config_TFJS_NODE_BASE_URI',
    'CDN_STORAGE',
    'npm_config_tfjs_binding_binary_host_mirror',
    'HTTPS_PROXY',
    'HTTP_PROXY',
];
/**
 * The order tried: tensorflow-gpu and tensorflow are exactly what they say (their failure is an
 * error); auto on a GPU machine goes GPU → native CPU → wasm → cpu, warning at each step down;
 * auto without a GPU installs nothing and takes native CPU only when it is already cached, or
 * when `libtensorflow` gives a library to build it against (no download).
 */
function decideBackends(choice, found) {
    // A library of the user's brings the CUDA it was built for; TensorFlow says itself if it finds no GPU.
    const missingLibraries = found.libtensorflow ? [] : found.missingLibraries;
    const gpuProblem = found.gpuCount === 0
        ? `no NVIDIA GPU was found (${found.noGpuReason ?? 'nvidia-smi listed none'})`
        : missingLibraries.length > 0
            ? missingLibraryMessage(missingLibraries)
            : null;
    switch (choice) {
        case 'tensorflow-gpu':
            return gpuProblem === null
                ? { ok: true, candidates: [{ backend: 'tensorflow', flavor: 'gpu' }], warnings: [] }
                : { ok: false, error: `backend 'tensorflow-gpu': ${gpuProblem}. Use backend: tensorflow or auto to train on the CPU` };
        case 'tensorflow':
            return { ok: true, candidates: [{ backend: 'tensorflow', flavor: 'cpu' }], warnings: [] };
        case 'wasm':
            return { ok: true, candidates: [{ backend: 'wasm' }], warnings: [] };
        case 'cpu':
            return { ok: true, candidates: [{ backend: 'cpu' }], warnings: [] };
        case 'auto': {
            const tail = [{ backend: 'wasm' }, { backend: 'cpu' }];
            if (found.gpuCount > 0 && gpuProblem === null) {
                return { ok: true, candidates: [{ backend: 'tensorflow', flavor: 'gpu' }, { backend: 'tensorflow', flavor: 'cpu' }, ...tail], warnings: [] };
            }
            if (found.gpuCount > 0) {
                return {
                    ok: true,
                    candidates: [{ backend: 'tensorflow', flavor: 'cpu' }, ...tail],
                    warnings: [`backend auto: not training on the GPU: ${gpuProblem}`],
                };
            }
            const nativeCpu = found.cached.includes('cpu') || found.libtensorflow === true;
            return { ok: true, candidates: nativeCpu ? [{ backend: 'tensorflow', flavor: 'cpu' }, ...tail] : tail, warnings: [] };
        }
    }
}
//# sourceMappingURL=plan.js.map
;// CONCATENATED MODULE: ./build/src/provision/install.js
// Installs a native TensorFlow.js package into the runner's tool cache once; later jobs on the
// same runner load it from there without touching the network. The layout is @actions/tool-cache's
// (<cache>/<tool>/<version>/<arch> and a <arch>.complete marker), but npm installs in place rather
// than into a temporary folder that is then copied: the GPU package is hundreds of MB.





const OUTPUT_TAIL_LINES = 6;
/** npm prints a whole stack for a failed download; the code and host say it in a few words. */
function npmFailureReason(output) {
    const text = output.join('\n');
    const code = /code: '([A-Z_]+)'/.exec(text)?.[1];
    const host = /hostname: '([^']+)'/.exec(text)?.[1];
    if (code && host)
        return `could not reach ${host} (${code})`;
    return output
        .slice(-OUTPUT_TAIL_LINES)
        .map((line) => line.replace(/^npm error\s*/, '').trim())
        .filter(Boolean)
        .join(' | ');
}
function isInstalled(plan) {
    return (0,external_node_fs_.existsSync)(plan.completeMarker) && (0,external_node_fs_.existsSync)(plan.packageDir);
}
function npmCommand(env) {
    return env.TF_REPRO_NPM || (process.platform === 'win32' ? 'npm.cmd' : 'npm');
}
async function ensureNativePackage(plan, log = () => { }, env = process.env) {
    const started = performance.now();
    if (isInstalled(plan))
        return { installed: 'cached', packageDir: plan.packageDir, seconds: 0 };
    // A folder without its marker is a half-finished install (a killed job): never load it.
    if ((0,external_node_fs_.existsSync)(plan.installDir)) {
        log(`${plan.packageName}@${plan.version}: removing a half-finished install in ${plan.installDir}`);
        await (0,promises_.rm)(plan.installDir, { recursive: true, force: true });
    }
    await (0,promises_.rm)(plan.completeMarker, { force: true });
    await (0,promises_.mkdir)(plan.installDir, { recursive: true });
    const mirrors = MIRROR_VARIABLES.filter((name) => env[name]);
    log(`installing ${plan.packageName}@${plan.version} into ${plan.installDir}${mirrors.length ? ` (mirror settings: ${mirrors.join(', ')})` : ''}`);
    const output = [];
    const code = await new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(npmCommand(env), plan.npmArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        const keep = (chunk) => output.push(...chunk
            .toString()
            .split('\n')
            .filter((line) => line.trim() !== ''));
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        child.on('error', (error) => resolve(error.code ?? error.message));
        child.on('close', (exitCode) => resolve(exitCode ?? 'killed'));
    });
    if (code !== 0) {
        await (0,promises_.rm)(plan.installDir, { recursive: true, force: true });
        const why = code === 'ENOENT' ? `npm was not found on PATH (add actions/setup-node before this step)` : `npm exited with ${code}`;
        const tail = npmFailureReason(output);
        throw new user_error/* UserError */.y(`installing ${plan.packageName}@${plan.version} failed: ${why}${tail ? `: ${tail}` : ''}. ` +
            `Its install downloads libtensorflow: give the runner access to storage.googleapis.com, or set TFJS_NODE_CDN_STORAGE to a mirror`);
    }
    if (!(0,external_node_fs_.existsSync)(plan.packageDir))
        throw new user_error/* UserError */.y(`installing ${plan.packageName}@${plan.version}: npm succeeded but ${plan.packageDir} is missing`);
    await (0,promises_.writeFile)(plan.completeMarker, '');
    return { installed: 'now', packageDir: plan.packageDir, seconds: (performance.now() - started) / 1000 };
}
//# sourceMappingURL=install.js.map
// EXTERNAL MODULE: ./build/src/util/node-compat.js
var node_compat = __webpack_require__(9563);
;// CONCATENATED MODULE: ./build/src/provision/libtensorflow-plan.js
// The `libtensorflow` input's decisions: what kind of source it names, where the library and its
// headers are inside it, which headers the binding needs, what version it is, and the tool-cache
// entry a build of it goes to. Pure: the I/O lives in libtensorflow-source.ts and
// libtensorflow-build.ts.



function parseLibtensorflowInput(text) {
    const value = text.trim();
    if (value === '')
        return null;
    if (value === 'python')
        return { kind: 'python' };
    if (value.toLowerCase().endsWith('.whl'))
        return { kind: 'wheel', path: value };
    return { kind: 'directory', path: value };
}
const LIBRARY_LAYOUTS = [
    { name: 'python-package', library: 'libtensorflow_cc.so.2', framework: 'libtensorflow_framework.so.2', includeRoot: 'include' },
    { name: 'c-archive', library: 'lib/libtensorflow.so.2', framework: 'lib/libtensorflow_framework.so.2', includeRoot: 'include' },
];
/** The header every layout must have: the C API the binding is written against. */
const C_API_HEADER = 'tensorflow/c/c_api.h';
const VERSION_HEADER = 'tensorflow/core/public/version.h';
const under = (root, path) => (root === '' ? path : `${root}/${path}`);
/**
 * The first layout whose library, framework library and C API header all exist under one of the
 * roots, tried in order; else the paths that were looked for, for the error message.
 */
function findLibraryLayout(exists, roots) {
    const lookedFor = [];
    for (const root of roots) {
        for (const layout of LIBRARY_LAYOUTS) {
            const needed = [layout.library, layout.framework, `${layout.includeRoot}/${C_API_HEADER}`].map((path) => under(root, path));
            if (needed.every(exists))
                return { found: { ...layout, root } };
            lookedFor.push(needed[0]);
        }
    }
    return { lookedFor };
}
/** A layout's file, relative to the source. */
function layoutPath(layout, path) {
    return under(layout.root, path);
}
/** `#include "…"` targets of a C or C++ file; `<…>` ones are the system's. */
function quotedIncludes(text) {
    return [...text.matchAll(/^\s*#\s*include\s*"([^"]+)"/gm)].map((match) => match[1]);
}
/**
 * The headers the binding's sources need from TensorFlow's include folder, followed through their
 * own includes: a few dozen kB out of the 268 MB a wheel ships. `read` gives a header's text
 * (relative to the include folder) or null where there is none (the binding's own headers).
 */
async function headerClosure(sources, read) {
    const found = new Set();
    const seen = new Set();
    const pending = sources.flatMap(quotedIncludes);
    while (pending.length > 0) {
        const header = pending.pop();
        if (seen.has(header))
            continue;
        seen.add(header);
        const text = await read(header);
        if (text === null)
            continue;
        found.add(header);
        pending.push(...quotedIncludes(text));
    }
    return [...found].sort();
}
/** "2.21.0" from tensorflow/core/public/version.h (with its suffix, "2.16.0-rc1"). */
function versionFromHeader(text) {
    const define = (name) => new RegExp(`^\\s*#define\\s+${name}\\s+(\\S+)`, 'm').exec(text)?.[1];
    const [major, minor, patch] = [define('TF_MAJOR_VERSION'), define('TF_MINOR_VERSION'), define('TF_PATCH_VERSION')];
    if (!major || !minor || !patch || ![major, minor, patch].every((part) => /^\d+$/.test(part)))
        return null;
    const suffix = /^\s*#define\s+TF_VERSION_SUFFIX\s+"([^"]*)"/m.exec(text)?.[1] ?? '';
    return `${major}.${minor}.${patch}${suffix}`;
}
/** A Python distribution's version, from its METADATA ("Version: 2.21.0"). */
function versionFromMetadata(text) {
    return /^Version:\s*(\S+)\s*$/m.exec(text)?.[1] ?? null;
}
/** Whether a distribution's top_level.txt names the tensorflow package (tensorflow, tensorflow-cpu, tf-nightly…, not tensorflow-io). */
function ownsTensorflowPackage(topLevel) {
    return topLevel.split(/\r?\n/).some((line) => line.trim() === 'tensorflow');
}
/** "2.9.1" from libtensorflow.so.2.9.1, the real file of libtensorflow's own archive. */
function versionFromFileNames(names) {
    for (const name of names) {
        const match = /^libtensorflow(?:_cc)?\.so\.(\d+\.\d+\.\d+)$/.exec(name);
        if (match)
            return match[1];
    }
    return null;
}
/**
 * Eight hex digits naming the library's bytes: its two files' sizes and CRC-32s, which a wheel's
 * directory already holds and which installing the wheel keeps, so the wheel and the installed
 * TensorFlow share one cache entry.
 */
function libraryIdentity(library, framework) {
    const text = [library, framework].map((file) => `${file.size}:${(file.crc32 >>> 0).toString(16)}`).join('/');
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
}
/**
 * The tool-cache entry of `flavor`'s package built against a library: one per package version,
 * library version and bytes, machine architecture and Node-API version, in @actions/tool-cache's
 * layout (<cache>/<tool>/<version>/<arch>, done when <arch>.complete exists). npm installs it
 * without its install script, which would download libtensorflow.
 */
function planLibtensorflowBuild(flavor, toolCache, arch, napiVersion, key) {
    const installDir = (0,external_node_path_.join)(toolCache, nativeToolName(flavor), `${NATIVE_PACKAGE_VERSION}-libtensorflow-${safeName(key.version)}-${key.identity}`, `${arch}-napi${napiVersion}`);
    return installPlanIn(flavor, installDir, (packageName) => npmInstallArgs(packageName, installDir));
}
/** npm's arguments to install the package into `prefix`, without its install script (which would download libtensorflow). */
function npmInstallArgs(packageName, prefix) {
    return [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--loglevel=error',
        `${packageName}@${NATIVE_PACKAGE_VERSION}`,
    ];
}
function safeName(text) {
    return text.replace(/[^\w.+-]/g, '_');
}
/** The folder a build happens in before it is renamed into place: beside it, so the rename stays on one file system. */
function buildingDir(installDir, unique) {
    return `${installDir}.building-${unique}`;
}
/** A build folder left by a killed job: `<arch>-napiN.building-<pid>-<random>`. */
function isBuildingDir(name) {
    return /\.building-[\w-]+$/.test(name);
}
/**
 * The compiler's or node-gyp's first complaint, one line: `file.cc:3:10: fatal error: …`, a gyp
 * error, else the output's last lines.
 */
function buildFailureReason(output) {
    const compiler = output.find((line) => /(^|\s|:)(fatal )?error:/.test(line) && !/^npm error/.test(line) && !/^gyp ERR!/.test(line));
    if (compiler)
        return compiler.trim();
    const gyp = output.filter((line) => /^gyp ERR! (stack )?Error:|^gyp ERR! find Python|^gyp ERR! configure error/.test(line));
    if (gyp.length > 0)
        return gyp[0].replace(/^gyp ERR!\s*(stack\s*)?/, '').trim();
    return output
        .slice(-4)
        .map((line) => line.replace(/^(npm error|gyp ERR!)\s*/, '').trim())
        .filter(Boolean)
        .join(' | ');
}
//# sourceMappingURL=libtensorflow-plan.js.map
;// CONCATENATED MODULE: ./build/src/provision/tool-process.js
// Running a build tool (npm, node-gyp under it, the compiler under that) so that nothing it started
// outlives a failure: each runs in a process group of its own, and the whole group is killed when
// it fails, times out or exits with processes of its own still running.



const MAX_LINES = 20_000;
function runTool(command, args, options) {
    return new Promise((resolve) => {
        const output = [];
        let partial = '';
        const keep = (chunk) => {
            const lines = (partial + chunk.toString()).split('\n');
            partial = lines.pop() ?? '';
            output.push(...lines.filter((line) => line.trim() !== ''));
            if (output.length > MAX_LINES)
                output.splice(0, output.length - MAX_LINES);
        };
        const child = (0,external_node_child_process_.spawn)(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const killGroup = () => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // The group is gone already.
            }
        };
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? null
            : setTimeout(() => {
                timedOut = true;
                killGroup();
            }, options.timeoutMs);
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            resolve({ code: error.code ?? error.message, output });
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (partial.trim() !== '')
                output.push(partial);
            // Whatever it left running goes with it, success or not.
            killGroup();
            resolve({ code: timedOut ? 'timeout' : (code ?? signal ?? 'killed'), output });
        });
    });
}
/** The executable `name` would run as from PATH (or `name` itself when it is a path), or null. */
function findOnPath(name, env) {
    const candidates = (0,external_node_path_.isAbsolute)(name) || name.includes('/')
        ? [name]
        : (env.PATH ?? '')
            .split(external_node_path_.delimiter)
            .filter(Boolean)
            .map((dir) => (0,external_node_path_.join)(dir, name));
    for (const candidate of candidates) {
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // Not here.
        }
    }
    return null;
}
//# sourceMappingURL=tool-process.js.map
;// CONCATENATED MODULE: ./build/src/provision/libtensorflow-build.js
// Builds tfjs-node(-gpu)'s binding against a TensorFlow the runner already has, into the tool
// cache, once per runner and library: npm installs the package without its install script (which
// would download libtensorflow), the library and the headers the binding needs are copied in, and
// the package's own build-addon-from-source script compiles it. The build happens in a folder of
// its own and is renamed into place whole, with the marker written last: a killed build is never
// loaded, and two jobs building at once each finish their own and keep the first.










const MANIFEST_FILE = 'tf-repro-native.json';
const INPUT = 'libtensorflow';
const STALE_BUILD_MS = 24 * 3600 * 1000;
const LOAD_CHECK_TIMEOUT_MS = 120_000;
const ONEDNN_ON_LINE = 'oneDNN custom operations are on';
/** The tools node-gyp's build needs, checked before npm spends its time: a missing one is named. */
function missingBuildTools(env) {
    const compiler = env.CXX?.trim().split(/\s+/)[0] || 'g++';
    const missing = [compiler, 'make'].filter((tool) => findOnPath(tool, env) === null);
    const python = env.PYTHON || env.npm_config_python;
    if (python ? findOnPath(python, env) === null : findOnPath('python3', env) === null && findOnPath('python', env) === null)
        missing.push(python || 'python3');
    return missing;
}
/** Node's headers beside the running node (an official build, actions/setup-node), so node-gyp downloads none. */
function nodeHeadersDir(env) {
    if (env.npm_config_nodedir)
        return null;
    const prefix = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(process.execPath));
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(prefix, 'include', 'node', 'node_api.h')) ? prefix : null;
}
function libtensorflow_build_npmCommand(env) {
    return env.TF_REPRO_NPM || 'npm';
}
async function readManifest(installDir) {
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(installDir, MANIFEST_FILE), 'utf8'));
    }
    catch {
        return null;
    }
}
/** Build folders of killed jobs, a day old: nothing still running uses them. */
async function pruneStaleBuilds(parent) {
    for (const name of await (0,promises_.readdir)(parent).catch(() => [])) {
        if (!isBuildingDir(name))
            continue;
        const path = (0,external_node_path_.join)(parent, name);
        const info = await (0,promises_.stat)(path).catch(() => null);
        if (info && Date.now() - info.mtimeMs > STALE_BUILD_MS)
            await (0,promises_.rm)(path, { recursive: true, force: true }).catch(() => { });
    }
}
async function ensureLibtensorflowBuild(plan, source, log = () => { }, env = process.env) {
    if (isInstalled(plan)) {
        const manifest = await readManifest(plan.installDir);
        if (manifest)
            return { obtained: 'cached', seconds: 0, packageDir: plan.packageDir, manifest };
    }
    const started = performance.now();
    const missing = missingBuildTools(env);
    if (missing.length > 0) {
        throw new user_error/* UserError */.y(`${INPUT}: building ${plan.packageName} against ${source.description} needs a C++ compiler (g++), make and python3 on PATH; ` +
            `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Install them (Debian and Ubuntu: apt-get install g++ make python3), or leave ${INPUT} empty`);
    }
    const parent = (0,external_node_path_.dirname)(plan.installDir);
    await (0,promises_.mkdir)(parent, { recursive: true });
    await pruneStaleBuilds(parent);
    const building = buildingDir(plan.installDir, `${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    log(`building ${plan.packageName}@${plan.version} against libtensorflow ${source.key.version} from ${source.description} (once per runner) in ${building}`);
    try {
        const manifest = await buildInto(building, plan, source, env, started);
        await placeBuild(building, plan);
        await (0,promises_.writeFile)(plan.completeMarker, '');
        return { obtained: 'built', seconds: manifest.buildSeconds, packageDir: plan.packageDir, manifest };
    }
    finally {
        await (0,promises_.rm)(building, { recursive: true, force: true });
    }
}
async function buildInto(building, plan, source, env, started) {
    await (0,promises_.mkdir)(building, { recursive: true });
    const installed = await runTool(libtensorflow_build_npmCommand(env), npmInstallArgs(plan.packageName, building), { env });
    if (installed.code !== 0) {
        const why = installed.code === 'ENOENT' ? 'npm was not found on PATH (add actions/setup-node before this step)' : `npm exited with ${installed.code}`;
        throw new user_error/* UserError */.y(`${INPUT}: installing ${plan.packageName}@${plan.version} from the npm registry failed: ${why}: ${npmFailureReason(installed.output)}`);
    }
    const packageDir = (0,external_node_path_.join)(building, 'node_modules', ...plan.packageName.split('/'));
    const libDir = (0,external_node_path_.join)(packageDir, 'deps', 'lib');
    await (0,promises_.mkdir)(libDir, { recursive: true });
    // The binding links -ltensorflow -ltensorflow_framework and finds them at run time beside it
    // ($ORIGIN/../../deps/lib) under their sonames, which are the layouts' file names.
    const libraryName = (0,external_node_path_.basename)(source.layout.library);
    const frameworkName = (0,external_node_path_.basename)(source.layout.framework);
    try {
        await source.copyLibrary('library', (0,external_node_path_.join)(libDir, libraryName));
        await source.copyLibrary('framework', (0,external_node_path_.join)(libDir, frameworkName));
    }
    catch (error) {
        throw new user_error/* UserError */.y(`${INPUT}: copying the library from ${source.description} into the tool cache failed: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    if (libraryName !== 'libtensorflow.so')
        await (0,promises_.symlink)(libraryName, (0,external_node_path_.join)(libDir, 'libtensorflow.so'));
    await (0,promises_.symlink)(frameworkName, (0,external_node_path_.join)(libDir, 'libtensorflow_framework.so'));
    await copyHeaders(packageDir, source);
    const nodedir = nodeHeadersDir(env);
    const buildEnv = { ...env, npm_config_build_from_source: 'true', ...(nodedir ? { npm_config_nodedir: nodedir } : {}) };
    const compiled = await runTool(libtensorflow_build_npmCommand(env), ['run', 'build-addon-from-source'], { cwd: packageDir, env: buildEnv });
    const binding = await findBinding(packageDir);
    if (compiled.code !== 0 || binding === null) {
        throw new user_error/* UserError */.y(`${INPUT}: compiling ${plan.packageName}'s binding against libtensorflow ${source.key.version} failed: ${buildFailureReason(compiled.output)}. ` +
            `It needs a C++ compiler (g++), make, python3 and Node's headers (the include/node folder beside node, or npm_config_nodedir pointing at one)`);
    }
    // Objects and Makefiles; the binding the package loads is in lib/.
    await (0,promises_.rm)((0,external_node_path_.join)(packageDir, 'build'), { recursive: true, force: true });
    const checked = await checkBinding(packageDir, env, source);
    const manifest = {
        packageName: plan.packageName,
        packageVersion: plan.version,
        libtensorflowVersion: checked.version,
        source: source.description,
        oneDnnBuiltIn: checked.oneDnnBuiltIn,
        gpuDevice: checked.gpuDevice,
        builtAt: new Date().toISOString(),
        buildSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
    await (0,promises_.writeFile)((0,external_node_path_.join)(building, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
    return manifest;
}
/** The headers the binding's sources include, followed through TensorFlow's include folder. */
async function copyHeaders(packageDir, source) {
    const bindingDir = (0,external_node_path_.join)(packageDir, 'binding');
    const files = (await (0,promises_.readdir)(bindingDir)).filter((name) => /\.(cc|h)$/.test(name));
    const texts = await Promise.all(files.map((name) => (0,promises_.readFile)((0,external_node_path_.join)(bindingDir, name), 'utf8')));
    const contents = new Map();
    const headers = await headerClosure(texts, async (header) => {
        const text = await source.readHeader(header);
        if (text !== null)
            contents.set(header, text);
        return text;
    });
    for (const header of headers) {
        const destination = (0,external_node_path_.join)(packageDir, 'deps', 'include', header);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
        await (0,promises_.writeFile)(destination, contents.get(header));
    }
}
async function findBinding(packageDir) {
    const lib = (0,external_node_path_.join)(packageDir, 'lib');
    for (const name of await (0,promises_.readdir)(lib).catch(() => [])) {
        const path = (0,external_node_path_.join)(lib, name, 'tfjs_binding.node');
        if (name.startsWith('napi-v') && (0,external_node_fs_.existsSync)(path))
            return path;
    }
    return null;
}
/**
 * Loads the built package in a fresh process, as a training process will: its libtensorflow's
 * version, whether TensorFlow lists a GPU, and whether the library has oneDNN (with
 * TF_ENABLE_ONEDNN_OPTS=1, TensorFlow says so in its log when, and only when, it was built with it).
 */
async function checkBinding(packageDir, env, source) {
    const script = [
        node_compat/* RESTORE_UTIL_SOURCE */.i,
        "const tf = require('./');",
        'const binding = tf.backend().binding;',
        'tf.matMul(tf.ones([8, 8]), tf.ones([8, 8])).dataSync();',
        'console.log(JSON.stringify({ version: binding.TF_Version, gpu: binding.isUsingGpuDevice() }));',
    ].join('\n');
    const run = await runTool(process.execPath, ['-e', script], {
        cwd: packageDir,
        env: { ...env, TF_ENABLE_ONEDNN_OPTS: '1', TF_CPP_MIN_LOG_LEVEL: '0' },
        timeoutMs: LOAD_CHECK_TIMEOUT_MS,
    });
    const answer = run.code === 0 ? run.output.map(parseAnswer).find((value) => value !== null) : null;
    if (!answer) {
        const why = run.output.find((line) => /Error|error while loading|cannot open shared object|undefined symbol/.test(line)) ?? `exited with ${run.code}`;
        throw new user_error/* UserError */.y(`${INPUT}: the binding built against ${source.description} does not load: ${why.trim()}`);
    }
    return { version: answer.version, gpuDevice: answer.gpu, oneDnnBuiltIn: run.output.some((line) => line.includes(ONEDNN_ON_LINE)) };
}
function parseAnswer(line) {
    try {
        const value = JSON.parse(line);
        return typeof value.version === 'string' && typeof value.gpu === 'boolean' ? { version: value.version, gpu: value.gpu } : null;
    }
    catch {
        return null;
    }
}
/**
 * Renames the finished build into place. Another job may have got there first with the same
 * library: its folder is just as complete (only whole builds are renamed), so this one goes.
 * A folder there without a manifest is not one of these builds and is replaced.
 */
async function placeBuild(building, plan) {
    try {
        await (0,promises_.rename)(building, plan.installDir);
        return;
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST')
            throw error;
    }
    if (await readManifest(plan.installDir))
        return;
    await (0,promises_.rm)(plan.installDir, { recursive: true, force: true });
    await (0,promises_.rename)(building, plan.installDir);
}
//# sourceMappingURL=libtensorflow-build.js.map
// EXTERNAL MODULE: ./build/src/provision/zip-archive.js
var zip_archive = __webpack_require__(5209);
;// CONCATENATED MODULE: ./build/src/provision/libtensorflow-source.js
// The `libtensorflow` input, found and checked: python3's TensorFlow, a folder or a wheel, each
// read the same way afterwards (its version, the identity of its bytes, its headers, copies of
// its two libraries). Every problem is one error that names the input and what would be right.









const libtensorflow_source_INPUT = 'libtensorflow';
const WHAT_TO_GIVE = "give python (python3's TensorFlow), a TensorFlow wheel (.whl), or a folder with TensorFlow's C library: site-packages/tensorflow, or libtensorflow's archive extracted (lib/ and include/)";
const PYTHON_TIMEOUT_MS = 60_000;
/** Finds the library the input names; `memoDir` keeps the identities of folders' libraries, keyed by path and stat. */
async function resolveLibtensorflow(text, memoDir, env = process.env) {
    if (process.platform !== 'linux') {
        throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: building the native backend against a TensorFlow is supported on Linux only (this is ${process.platform}); leave ${libtensorflow_source_INPUT} empty`);
    }
    const input = parseLibtensorflowInput(text);
    if (input === null)
        throw new Error('resolveLibtensorflow needs a value');
    switch (input.kind) {
        case 'python': {
            const found = await pythonTensorflow(env);
            return directorySource(input, found.dir, `python3's TensorFlow (${found.python}): ${found.dir}`, memoDir);
        }
        case 'directory': {
            const dir = (0,external_node_path_.resolve)(input.path);
            const info = await (0,promises_.stat)(dir).catch(() => null);
            if (info === null)
                throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: ${dir} does not exist; ${WHAT_TO_GIVE}`);
            if (!info.isDirectory())
                throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: ${dir} is a file, not a folder or a .whl; ${WHAT_TO_GIVE}`);
            return directorySource(input, dir, `the folder ${dir}`, memoDir);
        }
        case 'wheel':
            return wheelSource(input, (0,external_node_path_.resolve)(input.path));
    }
}
/** Where `import tensorflow` would import from, without importing it (5-10 s, and 800 MB of memory). */
async function pythonTensorflow(env) {
    const script = [
        'import importlib.util, json, sys',
        "spec = importlib.util.find_spec('tensorflow')",
        'dirs = list(spec.submodule_search_locations or []) if spec else []',
        "print(json.dumps({'python': sys.executable, 'dir': dirs[0] if dirs else None}))",
    ].join('\n');
    const result = await runTool('python3', ['-c', script], { env, timeoutMs: PYTHON_TIMEOUT_MS });
    if (result.code === 'ENOENT') {
        throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: python: python3 is not on PATH; activate the Python environment that has TensorFlow before this step, or give the folder or wheel instead`);
    }
    const answer = result.code === 0 ? (result.output.map(parseJsonLine).findLast((value) => value !== null && 'python' in value) ?? null) : null;
    if (answer === null) {
        const why = result.code === 'timeout' ? `no answer in ${PYTHON_TIMEOUT_MS / 1000} s` : (result.output.at(-1) ?? `exited with ${result.code}`);
        throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: python: python3 could not be asked where TensorFlow is: ${why}`);
    }
    if (typeof answer.dir !== 'string') {
        throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: python: ${String(answer.python)} has no tensorflow module; install it there (pip install tensorflow), activate the environment that has it before this step, or give the folder or wheel instead`);
    }
    return { python: String(answer.python), dir: answer.dir };
}
function parseJsonLine(text) {
    try {
        const value = JSON.parse(text.trim().split('\n').pop() ?? '');
        return typeof value === 'object' && value !== null ? value : null;
    }
    catch {
        return null;
    }
}
async function directorySource(input, dir, description, memoDir) {
    const choice = findLibraryLayout((path) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, path)), ['', 'tensorflow']);
    if (!('found' in choice)) {
        throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: no TensorFlow C library in ${dir}: looked for ${choice.lookedFor.join(', ')} (each with its libtensorflow_framework and include/tensorflow/c/c_api.h); ${WHAT_TO_GIVE}`);
    }
    const layout = choice.found;
    const path = (relative) => (0,external_node_path_.join)(dir, layoutPath(layout, relative));
    const header = await (0,promises_.readFile)(path(`${layout.includeRoot}/${VERSION_HEADER}`), 'utf8').catch(() => null);
    const libDir = (0,external_node_path_.dirname)(path(layout.library));
    const version = (await installedVersion((0,external_node_path_.join)(dir, layout.root))) ??
        (header === null ? null : versionFromHeader(header)) ??
        versionFromFileNames(await (0,promises_.readdir)(libDir).catch(() => [])) ??
        'unknown';
    const [library, framework] = await Promise.all([fileIdentity(path(layout.library), memoDir), fileIdentity(path(layout.framework), memoDir)]);
    return {
        input,
        description,
        layout,
        key: { version, identity: libraryIdentity(library, framework) },
        runtimeLibraryDirs: layout.name === 'python-package' ? await pipCudaLibraryDirs((0,external_node_path_.dirname)((0,external_node_path_.join)(dir, layout.root))) : [],
        readHeader: (relative) => (0,promises_.readFile)(path(`${layout.includeRoot}/${relative}`), 'utf8').catch(() => null),
        copyLibrary: (which, destination) => (0,promises_.copyFile)(path(which === 'library' ? layout.library : layout.framework), destination),
        close: async () => { },
    };
}
/**
 * site-packages/nvidia/<package>/lib: where tensorflow[and-cuda]'s CUDA wheels put their libraries, which
 * TensorFlow's library finds through its RUNPATH ($ORIGIN/../nvidia/cublas/lib, …).
 */
async function pipCudaLibraryDirs(site) {
    const nvidia = (0,external_node_path_.join)(site, 'nvidia');
    const names = await (0,promises_.readdir)(nvidia).catch(() => []);
    return names
        .sort()
        .map((name) => (0,external_node_path_.join)(nvidia, name, 'lib'))
        .filter((dir) => (0,external_node_fs_.existsSync)(dir));
}
/** The version pip installed the package folder `packageDir` as: the *.dist-info beside it whose top_level.txt names tensorflow. */
async function installedVersion(packageDir) {
    const site = (0,external_node_path_.dirname)(packageDir);
    for (const name of await (0,promises_.readdir)(site).catch(() => [])) {
        if (!name.endsWith('.dist-info'))
            continue;
        const topLevel = await (0,promises_.readFile)((0,external_node_path_.join)(site, name, 'top_level.txt'), 'utf8').catch(() => '');
        if (!ownsTensorflowPackage(topLevel))
            continue;
        const version = versionFromMetadata(await (0,promises_.readFile)((0,external_node_path_.join)(site, name, 'METADATA'), 'utf8').catch(() => ''));
        if (version)
            return version;
    }
    return null;
}
/**
 * Size and CRC-32 of a library file: read whole the first time (about a second for 788 MB),
 * then remembered by its path, size, inode and times.
 */
async function fileIdentity(path, memoDir) {
    const info = await (0,promises_.stat)(path);
    const stamp = `${info.size}:${info.ino}:${info.mtimeMs}:${info.ctimeMs}`;
    const memo = (0,external_node_path_.join)(memoDir, `${(0,external_node_crypto_.createHash)('sha256').update((0,external_node_path_.resolve)(path)).digest('hex').slice(0, 16)}.json`);
    const remembered = parseJsonLine(await (0,promises_.readFile)(memo, 'utf8').catch(() => ''));
    if (remembered?.stamp === stamp && typeof remembered.crc32 === 'number')
        return { size: info.size, crc32: remembered.crc32 };
    let crc = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 }))
        crc = (0,zip_archive/* crc32 */.QR)(chunk, crc);
    // Only a faster next check is lost where the memo cannot be written.
    await (0,promises_.mkdir)(memoDir, { recursive: true })
        .then(() => (0,promises_.writeFile)(memo, JSON.stringify({ path: (0,external_node_path_.resolve)(path), stamp, crc32: crc })))
        .catch(() => { });
    return { size: info.size, crc32: crc };
}
async function wheelSource(input, path) {
    const info = await (0,promises_.stat)(path).catch(() => null);
    if (info === null)
        throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: ${path} does not exist; ${WHAT_TO_GIVE}`);
    if (!info.isFile())
        throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: ${path} is a folder, yet its name ends in .whl; give the wheel file itself, or the folder without .whl at the end`);
    let archive;
    try {
        archive = await zip_archive/* ZipArchive */.SJ.open(path);
    }
    catch (error) {
        throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: ${path} cannot be read as a wheel: ${(0,errors/* errorMessage */.g)(error)}; ${WHAT_TO_GIVE}`);
    }
    try {
        const choice = findLibraryLayout((name) => archive.entries.has(name), ['tensorflow']);
        if (!('found' in choice)) {
            throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: the wheel ${(0,external_node_path_.basename)(path)} has no TensorFlow C library: looked for ${choice.lookedFor.join(', ')} (each with its libtensorflow_framework and include/tensorflow/c/c_api.h). ` +
                `Give a wheel of tensorflow or tensorflow-cpu for Linux (which ship libtensorflow_cc.so.2), or python or a folder instead`);
        }
        const layout = choice.found;
        const name = (relative) => layoutPath(layout, relative);
        const header = await readWheelEntry(archive, name(`${layout.includeRoot}/${VERSION_HEADER}`));
        const entryFile = (relative) => {
            const entry = archive.entries.get(name(relative));
            return { size: entry.size, crc32: entry.crc32 };
        };
        const version = (await wheelVersion(archive)) ?? (header === null ? null : versionFromHeader(header.toString('utf8'))) ?? 'unknown';
        return {
            input,
            description: `the wheel ${path}`,
            layout,
            key: { version, identity: libraryIdentity(entryFile(layout.library), entryFile(layout.framework)) },
            // The CUDA wheels are packages of their own: a wheel file brings none.
            runtimeLibraryDirs: [],
            readHeader: async (relative) => (await readWheelEntry(archive, name(`${layout.includeRoot}/${relative}`)))?.toString('utf8') ?? null,
            copyLibrary: (which, destination) => archive.extract(name(which === 'library' ? layout.library : layout.framework), destination),
            close: () => archive.close(),
        };
    }
    catch (error) {
        await archive.close();
        throw error;
    }
}
/** A small entry of the wheel (zip-archive.ts caps its size); one that cannot be read is an error naming the input. */
async function readWheelEntry(archive, name) {
    try {
        return await archive.read(name);
    }
    catch (error) {
        throw new user_error/* UserError */.y(`${libtensorflow_source_INPUT}: ${(0,errors/* errorMessage */.g)(error)}; ${WHAT_TO_GIVE}`);
    }
}
/** The wheel's own version, from its *.dist-info/METADATA. */
async function wheelVersion(archive) {
    for (const name of archive.entries.keys()) {
        const match = /^([^/]+\.dist-info)\/METADATA$/.exec(name);
        if (!match)
            continue;
        const topLevel = (await readWheelEntry(archive, `${match[1]}/top_level.txt`))?.toString('utf8') ?? 'tensorflow';
        if (!ownsTensorflowPackage(topLevel))
            continue;
        const version = versionFromMetadata((await readWheelEntry(archive, name))?.toString('utf8') ?? '');
        if (version)
            return version;
    }
    return null;
}
//# sourceMappingURL=libtensorflow-source.js.map
;// CONCATENATED MODULE: ./build/src/provision/provision.js
// Before any training process starts: look at the machine, install the native package the
// chosen backend needs into the tool cache (once per runner), and hand the workers the ordered
// list of backends to try. Runs in the parent, once per check.










/** RUNNER_TOOL_CACHE on a runner; a cache folder of the user's elsewhere (the CLI). */
function toolCacheDir(env = process.env) {
    return env.RUNNER_TOOL_CACHE || (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'tf-repro', 'tool-cache');
}
/**
 * The `libtensorflow` input, found and checked (python3 asked, the folder or wheel read), before
 * anything slower runs. The identities of folders' libraries are remembered in the tool cache.
 */
function resolveLibtensorflowInput(text, env = process.env) {
    return resolveLibtensorflow(text, (0,external_node_path_.join)(toolCacheDir(env), 'tf-repro-libtensorflow-identities'), env);
}
/** tfjs-node's own install script downloads this libtensorflow (scripts/deps-constants.js). */
const DOWNLOADED_LIBTENSORFLOW = '2.9.1';
async function provisionBackends(choice, log = () => { }, env = process.env, library = null) {
    const machine = { gpus: [], cudaVersion: null, cudnnVersion: null };
    if (choice === 'wasm' || choice === 'cpu')
        return { candidates: [{ backend: choice }], machine, warnings: [] };
    const toolCache = toolCacheDir(env);
    const arch = (0,external_node_os_.arch)();
    const plans = { gpu: planNativeInstall('gpu', toolCache, arch), cpu: planNativeInstall('cpu', toolCache, arch) };
    const obtainNative = library === null ? (flavor) => downloadedPackage(plans[flavor], log, env) : libtensorflowBuilder(library, toolCache, arch, log, env);
    const gpuProbe = await probeGpus(env);
    machine.gpus = gpuProbe.gpus;
    let missingLibraries = [];
    if (gpuProbe.gpus.length > 0) {
        const libraries = await probeCudaLibraries(env);
        missingLibraries = libraries.missing;
        machine.cudaVersion = libraries.cudaVersion;
        machine.cudnnVersion = libraries.cudnnVersion;
    }
    const cached = ['gpu', 'cpu'].filter((flavor) => isInstalled(plans[flavor]));
    const decision = decideBackends(choice, {
        gpuCount: gpuProbe.gpus.length,
        noGpuReason: gpuProbe.reason,
        missingLibraries,
        cached,
        libtensorflow: library !== null,
    });
    if (!decision.ok)
        throw new user_error/* UserError */.y(decision.error);
    const warnings = [...decision.warnings];
    const candidates = [];
    for (const candidate of decision.candidates) {
        if (candidate.backend !== 'tensorflow') {
            candidates.push(candidate);
            continue;
        }
        try {
            const { packageDir, native } = await obtainNative(candidate.flavor);
            candidates.push({ ...candidate, packageDir, native });
        }
        catch (error) {
            // An explicit tensorflow or tensorflow-gpu is exactly what it says: no fallback.
            if (choice !== 'auto')
                throw error;
            // A build that failed for the GPU's package fails the same for the CPU's: said once.
            const warning = `backend auto: ${(0,errors/* errorMessage */.g)(error)}; falling back`;
            if (!warnings.includes(warning))
                warnings.push(warning);
        }
    }
    return { candidates, machine, warnings };
}
/** The package as tfjs-node's install makes it: with the libtensorflow it downloads. */
async function downloadedPackage(plan, log, env) {
    const outcome = await ensureNativePackage(plan, log, env);
    log(outcome.installed === 'cached' ? `${plan.packageName} found in the tool cache` : `${plan.packageName} installed in ${outcome.seconds.toFixed(0)} s`);
    return {
        packageDir: outcome.packageDir,
        native: {
            obtained: outcome.installed === 'cached' ? 'cached' : 'installed',
            seconds: outcome.seconds,
            dir: plan.installDir,
            libtensorflowSource: `the download by ${plan.packageName}'s install (libtensorflow ${DOWNLOADED_LIBTENSORFLOW})`,
            // Google's Linux x86-64 builds of libtensorflow have oneDNN.
            oneDnnBuiltIn: process.platform === 'linux' && process.arch === 'x64',
        },
    };
}
/**
 * Builds the first native flavor asked for against the library; a second flavor (auto's native CPU
 * after its GPU) loads the same build: the package's JavaScript is the same, and the library is
 * what decides whether it runs on a GPU.
 */
function libtensorflowBuilder(library, toolCache, arch, log, env) {
    let built = null;
    return (flavor) => {
        built ??= (async () => {
            const plan = planLibtensorflowBuild(flavor, toolCache, arch, process.versions.napi ?? 'unknown', library.key);
            const outcome = await ensureLibtensorflowBuild(plan, library, log, env);
            const what = `${plan.packageName} built against libtensorflow ${outcome.manifest.libtensorflowVersion}`;
            log(outcome.obtained === 'cached'
                ? `${what} found in the tool cache: ${plan.installDir}`
                : `${what} from ${library.description} in ${outcome.seconds.toFixed(0)} s: ${plan.installDir}`);
            return {
                packageDir: outcome.packageDir,
                native: {
                    obtained: outcome.obtained,
                    seconds: outcome.seconds,
                    dir: plan.installDir,
                    libtensorflowSource: library.description,
                    oneDnnBuiltIn: outcome.manifest.oneDnnBuiltIn,
                    ...(library.runtimeLibraryDirs.length > 0 ? { libraryPath: library.runtimeLibraryDirs } : {}),
                },
            };
        })();
        return built;
    };
}
//# sourceMappingURL=provision.js.map
// EXTERNAL MODULE: ./build/src/runs/model-preflight.js
var model_preflight = __webpack_require__(4795);
// EXTERNAL MODULE: ./build/src/comparison/shards.js
var shards = __webpack_require__(7470);
// EXTERNAL MODULE: ./build/src/engine/shards.js
var engine_shards = __webpack_require__(2879);
;// CONCATENATED MODULE: ./build/src/engine/training-source.js
// Runs produced by training here: the default workload or the user's model file, every run's
// folds in fresh processes (runs/training-processes.ts), after the dataset and the backend were
// checked once in this process, and the model once in a fresh process (runs/model-preflight.ts).
// The same preparation serves every training a check does: the runs, the narrowing re-train, the
// runs without the settings (compare-nondeterministic) and the diagnosis's trials.










function trainingSettings(settings) {
    const { tolerance: _tolerance, failOnMismatch: _fail, reportDir: _dir, parallel: _parallel, command: _command, failFast: _failFast, compareNondeterministic: _compare, diagnose: _diagnose, diagnoseBudgetMinutes: _budget, diagnoseVariables: _diagnoseVariables, libtensorflow: _libtensorflow, shard: _shard, label: _label, across: _across, failOnCrossRunnerDifference: _failAcross, baseline: _baseline, baselineArtifact: _baselineArtifact, failOnDrift: _failOnDrift, vary: _vary, failOnVariation: _failOnVariation, ...training } = settings;
    return training;
}
async function produceTrainedRuns(settings, options) {
    const started = performance.now();
    // The training processes may start elsewhere; they get the model file by its absolute path.
    if (settings.model)
        settings = { ...settings, model: (0,external_node_path_.resolve)(settings.model) };
    // A shard leg trains its share of the folds, every run of each (comparison/shards.ts).
    if (settings.shard)
        settings = { ...settings, onlyFolds: (0,shards/* shardFolds */.rt)(settings.shard, settings.folds) };
    // A wrong libtensorflow is said before anything slower runs (python3 asked, the folder or wheel read).
    const library = settings.libtensorflow ? await resolveLibtensorflowInput(settings.libtensorflow) : null;
    try {
        return await trainPrepared(settings, options, started, library);
    }
    finally {
        await library?.close();
    }
}
async function trainPrepared(settings, options, started, library) {
    // A bad dataset (or a model that does not fit it) is one clear error here, not the same crash in every training process.
    // For the default model the headers usually suffice (data/idx-files.ts): no 60,000 images loaded here.
    const quick = !settings.model && (await (0,idx_files/* idxDatasetLooksFine */.sP)(settings, load.CLASSES));
    // Inflated once here while the training processes start, then read by each (data/idx-files.ts).
    const inflated = (0,idx_files/* prepareInflatedImages */.NN)(settings);
    const entry = options.entryScript ?? paths/* entryScript */.EL;
    try {
        // A model is user code: it is checked, with the dataset, in a process of its own, never in this one.
        if (!settings.model && !quick)
            await (0,load.loadSettingsDataset)(settings);
        const model = settings.model ? await (0,model_preflight/* preflightModel */.x)({ ...trainingSettings(settings), model: settings.model }, entry) : null;
        // What merge checks of a shard's report: the digests of its settings and of the data as trained.
        const shard = settings.shard ? await (0,engine_shards/* shardHeader */.S)({ ...settings, shard: settings.shard }, await inflated) : null;
        // The native backend is installed (once per runner) and the GPUs found before any process starts.
        const provisioned = await provisionBackends(settings.backend, options.log, process.env, library);
        const first = provisioned.candidates[0];
        const gpus = first?.backend === 'tensorflow' && first.flavor === 'gpu' ? provisioned.machine.gpus : [];
        const base = trainingSettings(settings);
        const logDir = settings.reportDir === null ? null : (0,external_node_path_.join)(settings.reportDir, 'logs');
        const trainer = {
            kind: 'training',
            train: async (changes, run) => {
                // A varied run's processes may start in another directory: the dataset goes by its absolute path.
                const training = { ...base, ...changes, ...(run.variation && base.dataset !== null ? { dataset: (0,external_node_path_.resolve)(base.dataset) } : {}) };
                const runs = await trainRuns(training, {
                    entryScript: entry,
                    // Only the check's own runs write run-N.log; a re-train or a trial would overwrite them.
                    logDir: run.purpose === 'check' ? logDir : null,
                    hooks: run.hooks,
                    workers: workerCount(settings.parallel, training, gpus.length),
                    ready: inflated,
                    backends: provisioned.candidates,
                    gpus,
                    stop: run.stop,
                    sideBySide: run.sideBySide,
                    variation: run.variation,
                });
                for (const result of runs)
                    if (result.environment && provisioned.machine.gpus.length > 0)
                        Object.assign(result.environment, provisioned.machine);
                return runs;
            },
        };
        const explained = await explainRuns(settings, trainer, { hooks: options.hooks, signal: options.signal, log: options.log });
        const data = settings.dataset === null ? 'the embedded MNIST digits' : settings.dataset;
        return {
            settings,
            tolerance: settings.tolerance,
            source: model ? `model ${settings.model} (${model.description}) on ${data}` : `default workload on ${data}`,
            durationSeconds: (performance.now() - started) / 1000,
            ...explained,
            warnings: [...provisioned.warnings, ...(model?.warnings ?? []), ...explained.warnings],
            ...(model ? { suppliedSeeds: model.seeds } : {}),
            ...(shard ? { shard } : {}),
        };
    }
    finally {
        // The copy was for this check's processes alone.
        await (0,idx_files/* removeInflatedImages */.K7)(await inflated);
    }
}
//# sourceMappingURL=training-source.js.map
;// CONCATENATED MODULE: ./build/src/engine/check.js
// The engine behind both the action and the CLI: produce the runs (train them, run the user's
// command, or read result files), then compare and report (conclude.ts). Nothing here knows
// about the runner or the terminal.
//
// Every process a check starts, however deep, carries TF_REPRO_CHECK_ID=<the check's id> in its
// environment (set in this process's own for the check's length, so that every child inherits it).
// When the check ends, however it ends, and at once when it is cancelled, every process still
// marked with it is killed (util/processes.ts); after a cancel, any that starts is killed too.









/** How often processes that start after a cancel are looked for (and killed). */
const REAP_INTERVAL_MS = 100;
/** Runs `body` with this check's id in the environment; no process marked with it outlives the call. */
async function withCheckProcesses(signal, body) {
    const checkId = (0,external_node_crypto_.randomUUID)();
    const before = process.env[CHECK_ID_VARIABLE];
    process.env[CHECK_ID_VARIABLE] = checkId;
    const endAll = () => void killMarked(CHECK_ID_VARIABLE, checkId);
    let reaper = null;
    const onAbort = () => {
        endAll();
        reaper ??= setInterval(endAll, REAP_INTERVAL_MS);
    };
    signal?.addEventListener('abort', onAbort);
    // Even when this process is ended without unwinding (process.exit on a second signal).
    process.on('exit', endAll);
    try {
        return await body(checkId);
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
        if (reaper)
            clearInterval(reaper);
        endAll();
        process.off('exit', endAll);
        if (before === undefined)
            delete process.env[CHECK_ID_VARIABLE];
        else
            process.env[CHECK_ID_VARIABLE] = before;
    }
}
/** A cancelled check's report: verdict `error` whatever the finished runs say, the cancel first among the errors. */
function cancelledReport(report, reason) {
    const finished = report.runs.filter((run) => run.status === 'ok').length;
    const kept = finished === 0 ? 'no run had finished' : `${(0,util_text/* plural */.LS)(finished, 'run')} had finished; ${finished === 1 ? 'its' : 'their'} results are kept`;
    const summary = `Cancelled (${reason}) before the check finished: ${kept}.`;
    return {
        ...report,
        verdict: 'error',
        summary,
        comparison: { ...report.comparison, verdict: 'error', summary },
        errors: [`the check was cancelled (${reason})`, ...report.errors],
    };
}
/** Trains (or runs the command) `runs` times and compares. */
async function runCheck(settings, options = {}) {
    const { signal } = options;
    const started = performance.now();
    // Names diagnose cannot try are the user's error, said before anything runs.
    if (settings.diagnose)
        diagnoseCandidates(settings, { kind: settings.command ? 'command' : 'training' });
    await (0,report_dir/* prepareReportDir */.rD)(settings.reportDir);
    return withCheckProcesses(signal, async (checkId) => {
        let produced = null;
        try {
            if (!signal?.aborted) {
                produced = settings.command
                    ? await produceCommandRuns({ ...settings, command: settings.command }, { checkId, hooks: options.hooks, signal, log: options.log })
                    : await produceTrainedRuns(settings, options);
            }
        }
        catch (error) {
            // A cancel can make the preparation fail (an install killed halfway): the cancel is the news.
            if (!signal?.aborted)
                throw error;
        }
        const report = (0,conclude/* concludeCheck */.O)(produced ?? {
            settings,
            tolerance: settings.tolerance,
            source: 'no run (cancelled before the first)',
            runs: [],
            durationSeconds: (performance.now() - started) / 1000,
            warnings: [],
        });
        // The leg's name, for comparing checks across runners (engine/across.ts).
        if (settings.label)
            report.label = settings.label;
        return signal?.aborted ? cancelledReport(report, String(signal.reason)) : report;
    });
}
/** Compares runs already written to result files (report.json, or the experiment's text format). */
async function compareResultFiles(paths, tolerance) {
    return (0,conclude/* concludeCheck */.O)(await (0,result_files/* produceRunsFromFiles */.OU)(paths, tolerance));
}
//# sourceMappingURL=check.js.map

/***/ }),

/***/ 9471:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ compareWithDivergence),
  O: () => (/* binding */ concludeCheck)
});

// EXTERNAL MODULE: ./build/src/comparison/artifacts.js
var artifacts = __webpack_require__(8972);
// EXTERNAL MODULE: ./build/src/comparison/compare.js
var compare = __webpack_require__(4432);
// EXTERNAL MODULE: ./build/src/comparison/divergence.js
var comparison_divergence = __webpack_require__(7561);
// EXTERNAL MODULE: ./build/src/comparison/replicas.js
var comparison_replicas = __webpack_require__(1442);
// EXTERNAL MODULE: ./build/src/comparison/run-roles.js
var run_roles = __webpack_require__(4574);
// EXTERNAL MODULE: ./build/src/comparison/pinning.js
var pinning = __webpack_require__(7850);
;// CONCATENATED MODULE: ./build/src/comparison/self-test.js




/** A digest no run gives: SHA-256 hex is lower-case hexadecimal, and commands' digests are compared as strings. */
const PERTURBED = '(perturbed by the self-test)';
/** A different number: NaN stays NaN in every run only where it is NaN in each, so NaN becomes 0. */
const otherNumber = (value) => (Number.isNaN(value) ? 0 : value === 0 ? 1 : -value);
/**
 * The run cut to one fold: its results and its checkpoints. The comparison treats every fold
 * alike, so one shows whether it sees a change, at a cost that does not grow with the folds.
 */
function onlyFold(run, fold) {
    const trace = run.trace?.filter((checkpoint) => checkpoint.fold === fold);
    return { ...run, folds: run.folds.filter((result) => result.fold === fold), ...(trace ? { trace } : {}) };
}
/** The run with one change of each kind it has data for: the first metric, final weights and checkpoint. */
function perturbations(run) {
    const made = [];
    const withMetric = run.folds.find((fold) => Object.keys(fold.metrics).length > 0);
    if (withMetric) {
        const [name, value] = Object.entries(withMetric.metrics)[0];
        const folds = run.folds.map((fold) => (fold === withMetric ? { ...fold, metrics: { ...fold.metrics, [name]: otherNumber(value) } } : fold));
        made.push({ what: `${name} of fold ${withMetric.fold}`, run: { ...run, folds } });
    }
    const withWeights = run.folds.find((fold) => fold.weightsSha256 !== null);
    if (withWeights) {
        const folds = run.folds.map((fold) => (fold === withWeights ? { ...fold, weightsSha256: PERTURBED } : fold));
        made.push({ what: `the final weights of fold ${withWeights.fold}`, run: { ...run, folds } });
    }
    const trace = run.trace ?? [];
    const at = trace.findIndex((checkpoint) => Object.keys(checkpoint.digests).length > 0);
    if (at >= 0) {
        const checkpoint = trace[at];
        const name = Object.keys(checkpoint.digests)[0];
        const changed = { ...checkpoint, digests: { ...checkpoint.digests, [name]: PERTURBED } };
        made.push({ what: `a traced checkpoint of fold ${checkpoint.fold}`, run: { ...run, trace: trace.map((c, i) => (i === at ? changed : c)) } });
    }
    return made;
}
/**
 * The changes the comparison did not report as a difference, in words; empty when every one was
 * caught (or no control run finished with anything to change). A non-empty answer is a bug in
 * the comparison: the check's verdict cannot be trusted.
 */
function comparatorMisses(runs) {
    const run = (0,run_roles/* controlRuns */.Ww)(runs).find((candidate) => candidate.status === 'ok' && candidate.folds.length > 0);
    if (!run)
        return [];
    // The first fold with metrics, with final weights, with a traced checkpoint (often one and the same).
    const chosen = [
        run.folds.find((fold) => Object.keys(fold.metrics).length > 0)?.fold,
        run.folds.find((fold) => fold.weightsSha256 !== null)?.fold,
        run.trace?.find((checkpoint) => Object.keys(checkpoint.digests).length > 0)?.fold,
    ];
    const misses = new Set();
    for (const fold of new Set(chosen.filter((index) => index !== undefined))) {
        const original = (0,pinning/* asControl */.c4)(onlyFold(run, fold), 1);
        for (const perturbed of perturbations(original)) {
            const pair = [original, (0,pinning/* asControl */.c4)(perturbed.run, 2)];
            // At tolerance 0 a digest differing anywhere, the trace included, is a difference.
            const divergence = (0,comparison_divergence/* locateDivergence */.nV)(pair, (0,compare/* compareRuns */.qB)(pair, 0));
            if ((0,compare/* compareRuns */.qB)(pair, 0, { divergence }).verdict !== 'not-reproducible')
                misses.add(perturbed.what);
        }
    }
    return [...misses];
}
/** The error a check reports when the self-test missed a change. */
function selfTestError(misses) {
    return (`the comparison's self-test failed: a copy of a run with ${misses.join(', ')} changed was not reported as different, ` +
        'so this verdict cannot be trusted; this is a bug in tf-repro: please report it with report.json');
}
//# sourceMappingURL=self-test.js.map
// EXTERNAL MODULE: ./build/src/comparison/shards.js
var shards = __webpack_require__(7470);
// EXTERNAL MODULE: ./build/src/report/build.js
var build = __webpack_require__(2056);
;// CONCATENATED MODULE: ./build/src/engine/conclude.js








/**
 * The comparison and where the runs first part. The locator needs the comparison (a fold whose
 * results differ although every checkpoint agrees), and the verdict needs the divergence (runs
 * stopped at it, a difference only the trace shows): so compare, locate, and compare again with it.
 */
function compareWithDivergence(runs, tolerance, known) {
    const first = (0,compare/* compareRuns */.qB)(runs, tolerance);
    const divergence = known !== undefined ? known : (0,comparison_divergence/* locateDivergence */.nV)(runs, first);
    return { comparison: divergence === null ? first : (0,compare/* compareRuns */.qB)(runs, tolerance, { divergence }), divergence };
}
function concludeCheck(produced) {
    const { comparison: metrics, divergence } = compareWithDivergence(produced.runs, produced.tolerance, produced.divergence);
    const { comparison: withFiles, warnings } = produced.artifacts ? (0,artifacts/* withArtifacts */.ig)(metrics, produced.artifacts) : { comparison: metrics, warnings: [] };
    // Within each run, across its ranks (replicated data-parallel training).
    const replicas = (0,comparison_replicas/* replicaDisagreement */.fY)(produced.runs);
    const { comparison: withRanks, warnings: replicaWarnings } = (0,comparison_replicas/* withReplicas */.U7)(withFiles, replicas);
    // The comparator's self-test (always on, no training): a verdict it cannot back is an error.
    const misses = comparatorMisses(produced.runs);
    const selfTest = misses.length > 0 ? selfTestError(misses) : null;
    const comparison = selfTest === null ? withRanks : { ...withRanks, verdict: 'error', summary: `Error: ${selfTest}.` };
    // The verdict is the control runs'; runs of other roles are compared with them apart.
    const otherRoles = (0,run_roles/* compareOtherRoles */.$O)(produced.runs);
    const report = (0,build/* buildReport */.F)({
        settings: produced.settings,
        source: produced.source,
        runs: produced.runs,
        comparison,
        durationSeconds: produced.durationSeconds,
        warnings: [...produced.warnings, ...warnings, ...replicaWarnings, ...otherRoles.warnings],
        errors: [...(produced.errors ?? []), ...(selfTest === null ? [] : [selfTest])],
    });
    if (produced.suppliedSeeds)
        report.suppliedSeeds = produced.suppliedSeeds;
    if (produced.command)
        report.command = produced.command;
    if (produced.artifacts)
        report.artifacts = produced.artifacts;
    report.divergence = divergence;
    if (replicas !== undefined)
        report.replicas = replicas;
    if (produced.work)
        report.work = produced.work;
    if (produced.cost)
        report.cost = produced.cost;
    if (produced.diagnosis)
        report.diagnosis = produced.diagnosis;
    if (produced.variations)
        report.variations = produced.variations;
    if (produced.negativeControl)
        report.negativeControl = produced.negativeControl;
    if (produced.shard) {
        report.shard = produced.shard;
        report.summary = (0,shards/* shardSummary */.LF)(report.summary, produced.shard, produced.settings.folds ?? produced.shard.folds.length);
    }
    if (produced.merged)
        report.merged = produced.merged;
    return report;
}
//# sourceMappingURL=conclude.js.map

/***/ }),

/***/ 5044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nR: () => (/* binding */ JunitFileError),
  rD: () => (/* binding */ prepareReportDir),
  Y1: () => (/* binding */ saveJunit),
  a5: () => (/* binding */ saveReport)
});

// UNUSED EXPORTS: LOCK_FILE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/src/util/user-error.js
var user_error = __webpack_require__(2292);
// EXTERNAL MODULE: ./build/src/report/files.js
var files = __webpack_require__(6508);
// EXTERNAL MODULE: ./build/src/report/fold-view.js
var fold_view = __webpack_require__(9407);
// EXTERNAL MODULE: ./build/src/report/findings.js
var findings = __webpack_require__(5636);
// EXTERNAL MODULE: ./build/src/report/drift.js
var report_drift = __webpack_require__(2315);
// EXTERNAL MODULE: ./build/src/report/variations.js
var variations = __webpack_require__(8116);
;// CONCATENATED MODULE: ./build/src/report/junit.js




/** A failure's message attribute: a line, as reporters show it in a list. */
const MESSAGE_CHARS = 1_000;
/** A failure's body: the values, enough for any fold of a real check. */
const BODY_CHARS = 20_000;
/** XML 1.0 allows neither most control characters nor lone surrogates: user text may hold both. */
function xmlText(text) {
    return (text
        // eslint-disable-next-line no-control-regex -- control characters are what it replaces
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;'));
}
const attribute = (text) => xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
const cut = (text, chars) => (text.length <= chars ? text : `${text.slice(0, chars - 1)}…`);
function testCaseXml(test) {
    const time = test.time === undefined ? '' : ` time="${test.time.toFixed(3)}"`;
    const open = `    <testcase name="${attribute(test.name)}" classname="${attribute(test.classname)}"${time}`;
    const outcome = test.outcome;
    if (!outcome)
        return `${open}/>`;
    if (outcome.kind === 'skipped')
        return `${open}>\n      <skipped>${xmlText(cut(outcome.message, MESSAGE_CHARS))}</skipped>\n    </testcase>`;
    const type = outcome.type ? ` type="${attribute(outcome.type)}"` : '';
    const body = outcome.body ? xmlText(cut(outcome.body, BODY_CHARS)) : '';
    return `${open}>\n      <${outcome.kind} message="${attribute(cut(outcome.message, MESSAGE_CHARS))}"${type}>${body}</${outcome.kind}>\n    </testcase>`;
}
/** The per-fold testcases of a check: one per compared fold, and the folds fail-fast left unfinished as skipped. */
function foldCases(report, classname) {
    const views = new Map((0,fold_view/* foldViews */.M3)(report).map((view) => [view.fold, view]));
    const cases = report.comparison.folds.map((fold) => {
        const seconds = report.runs.map((run) => run.folds.find((result) => result.fold === fold.fold)?.trainSeconds ?? null);
        const time = seconds.every((value) => value !== null) ? seconds.reduce((sum, value) => sum + value, 0) : undefined;
        if (fold.matches)
            return { name: `fold ${fold.fold}`, classname, time };
        const view = views.get(fold.fold);
        const lines = (view?.rows ?? [])
            .filter((row) => row.mark === 'mismatch')
            .map((row) => row.metric === null
            ? `weights: ${row.value} (${row.agreement})`
            : `${row.metric}: ${row.value}, largest difference ${row.maxAbsDiff} (${row.agreement})`);
        const runs = report.runs.map((run) => run.run);
        const perRun = (view?.perRun ?? [])
            .map((values, index) => values.length === 0 ? null : `${report.comparison.metricNames[index]} by run: ${values.map((value, at) => `run ${runs[at]} ${value}`).join(', ')}`)
            .filter((line) => line !== null);
        const divergence = report.divergence && report.divergence.fold === fold.fold ? (0,findings/* divergenceSentence */.U6)(report.divergence) : null;
        const message = divergence ?? `Fold ${fold.fold} differs across runs: ${lines[0] ?? 'its results differ'}.`;
        return {
            name: `fold ${fold.fold}`,
            classname,
            time,
            outcome: { kind: 'failure', type: 'not-reproducible', message, body: [...lines, ...perRun].join('\n') },
        };
    });
    // Folds the check planned but did not compare: fail-fast stopped the runs first.
    const planned = report.shard?.folds ?? (report.command ? [] : Array.from({ length: Number(report.settings.folds ?? 0) }, (_, fold) => fold));
    const compared = new Set(report.comparison.folds.map((fold) => fold.fold));
    const why = (0,findings/* workSentence */.PT)(report.work) ?? 'Not compared: not every run finished this fold.';
    for (const fold of planned)
        if (!compared.has(fold))
            cases.push({ name: `fold ${fold}`, classname, outcome: { kind: 'skipped', message: why } });
    return cases;
}
/** `across`: per fold, do the legs agree; per leg, is it reproducible within its runner. */
function acrossCases(report, classname) {
    const across = report.across;
    const label = (leg) => across.legs[leg - 1]?.label ?? `leg ${leg}`;
    const legCases = across.legs.map((leg) => ({
        name: `${leg.label}: reproducible within its runner`,
        classname,
        time: leg.durationSeconds,
        outcome: leg.verdict === 'reproducible' ? undefined : { kind: leg.verdict === 'error' ? 'error' : 'failure', type: leg.verdict, message: leg.summary },
    }));
    const foldCases = across.folds.map((fold) => {
        const groups = fold.groups.map((group) => group.map(label).join(', '));
        const missing = fold.missing.length > 0 ? [`no result from ${fold.missing.map(label).join(', ')}`] : [];
        return {
            name: `fold ${fold.fold} across runners`,
            classname,
            outcome: fold.identical
                ? undefined
                : {
                    kind: 'failure',
                    type: 'differs-across-runners',
                    message: `Fold ${fold.fold} differs across runners: ${groups.map((group) => `[${group}]`).join(' vs ')}${missing.length > 0 ? `; ${missing[0]}` : ''}.`,
                    body: [
                        ...groups.map((group, index) => `group ${index + 1}: ${group}`),
                        ...missing,
                        ...(across.differingFields.length > 0 ? [`environments differ in: ${across.differingFields.join(', ')}`] : []),
                    ].join('\n'),
                },
        };
    });
    return [...legCases, ...foldCases];
}
/** `vary`: a testcase per factor, failing where varying it changed the numbers (under fail-on-variation). */
function variationCases(variations, classname) {
    return variations.factors.map((outcome) => {
        const name = `the same numbers when ${outcome.factor} varies`;
        if (outcome.status === 'not-varied' || outcome.status === 'not-tried') {
            return {
                name,
                classname,
                outcome: {
                    kind: 'skipped',
                    message: `${outcome.factor} ${outcome.status === 'not-varied' ? 'not varied' : 'not tried'}: ${outcome.reason ?? outcome.how}`,
                },
            };
        }
        if (outcome.status !== 'differs')
            return { name, classname };
        const trial = outcome.trial === null ? null : (variations.trials[outcome.trial] ?? null);
        const together = outcome.together?.length ? ` (together with ${outcome.together.join(', ')})` : '';
        const where = trial?.divergence ? `: ${(0,findings/* divergenceSentence */.U6)(trial.divergence)}` : '.';
        return {
            name,
            classname,
            outcome: {
                kind: variations.failOnVariation ? 'failure' : 'skipped',
                type: 'condition-sensitive',
                message: `The numbers change when ${outcome.factor} changes${together} (${outcome.how})${where}`,
                body: trial?.maxAbsDiff == null ? '' : `largest difference from control run ${variations.controlRun ?? ''}: ${trial.maxAbsDiff}`,
            },
        };
    });
}
/** The drift against a baseline: a failure only where it fails the step (fail-on-drift). */
function driftCase(drift, failOnDrift, classname) {
    const name = 'drift against the baseline';
    if (drift.status === 'unavailable')
        return { name, classname, outcome: { kind: 'skipped', message: `No baseline compared: ${drift.reason ?? 'none could be read'}` } };
    if (drift.status === 'changed' && failOnDrift)
        return { name, classname, outcome: { kind: 'failure', type: 'drift', message: (0,report_drift/* driftSentence */.L9)(drift) } };
    return { name, classname };
}
/** The check could not run, or not to its end: its errors, the first as the message. */
function errorCase(classname, errors, fallback) {
    return {
        name: 'the check ran',
        classname,
        outcome: { kind: 'error', type: 'error', message: errors[0]?.split('\n')[0] ?? fallback, body: errors.join('\n') },
    };
}
/** One suite of testcases as a whole document, with its counts. */
function junitDocument(name, cases, properties, run) {
    const count = (kind) => cases.filter((test) => test.outcome?.kind === kind).length;
    const time = run ? ` time="${run.seconds.toFixed(3)}"` : '';
    const timestamp = run ? ` timestamp="${attribute(run.timestamp)}"` : '';
    const totals = `tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}"`;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="tf-repro" ${totals}${time}>`,
        `  <testsuite name="${attribute(name)}" ${totals} skipped="${count('skipped')}"${time}${timestamp}>`,
        ...(properties.length === 0
            ? []
            : [
                '    <properties>',
                ...properties.map(([key, value]) => `      <property name="${attribute(key)}" value="${attribute(cut(value, MESSAGE_CHARS))}"/>`),
                '    </properties>',
            ]),
        ...cases.map(testCaseXml),
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}
/** The report as a JUnit XML document. */
function renderJunit(report) {
    const name = report.across ? 'tf-repro across' : report.label ? `tf-repro: ${report.label}` : 'tf-repro';
    const classname = `tf-repro.${report.label ?? (report.command ? 'command' : 'check')}`;
    const cases = [
        ...(report.across ? acrossCases(report, classname) : foldCases(report, classname)),
        ...(report.variations ? variationCases(report.variations, classname) : []),
        ...(report.drift ? [driftCase(report.drift, report.settings.failOnDrift === true, classname)] : []),
        ...(report.verdict === 'error' ? [errorCase(classname, report.errors, report.summary)] : []),
    ];
    const properties = [
        ['verdict', (0,variations/* reportStepVerdict */.KZ)(report)],
        ['summary', report.summary],
        ['tool', `${report.tool.name} ${report.tool.version}`],
        ...(report.runs.length > 0 && !report.across ? [['runs', String(report.runs.length)]] : []),
        ['tolerance', String(report.comparison.tolerance)],
    ];
    return junitDocument(name, cases, properties, { seconds: report.durationSeconds, timestamp: report.createdAt });
}
/** A check that stopped before it had a report (a bad input): one testcase with the error. */
function renderJunitError(message) {
    return junitDocument('tf-repro', [errorCase('tf-repro.check', [message], message)], []);
}
//# sourceMappingURL=junit.js.map
;// CONCATENATED MODULE: ./build/src/util/directories.js
// Making a directory that the check will write to, and saying in words why it cannot be. One
// level at a time rather than Node's `mkdir(…, { recursive: true })`, which never returns for a
// path under /proc.



function reasonFor(error, path) {
    switch (error.code) {
        case 'ENOTDIR':
            return `${path} is a file, not a directory`;
        case 'EACCES':
        case 'EPERM':
            return `permission denied at ${path}`;
        case 'EROFS':
            return `${path} is on a read-only file system`;
        case 'ENOSPC':
            return 'no space left on the device';
        case 'ENOENT':
            return `no directory can be made in ${(0,external_node_path_.dirname)(path)}`;
        default:
            return error instanceof Error ? error.message : String(error);
    }
}
/** Creates `path` and its parents as needed and checks a file can be written in it; null when all is well, else why not. */
async function makeWritableDirectory(path) {
    const absolute = (0,external_node_path_.resolve)(path);
    const missing = [];
    for (let at = absolute;; at = (0,external_node_path_.dirname)(at)) {
        try {
            if ((await (0,promises_.stat)(at)).isDirectory())
                break;
            return reasonFor({ code: 'ENOTDIR' }, at);
        }
        catch (error) {
            // ENOTDIR: a file further up, which the next step names.
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                return reasonFor(error, at);
        }
        missing.unshift(at);
        if ((0,external_node_path_.dirname)(at) === at)
            break;
    }
    for (const dir of missing) {
        try {
            await (0,promises_.mkdir)(dir);
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                return reasonFor(error, dir);
        }
    }
    // A fresh name, created exclusively: never a write into a FIFO or through a link that a command left there.
    const probe = (0,external_node_path_.join)(absolute, `.tf-repro-write-test-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    try {
        await (0,promises_.writeFile)(probe, '', { flag: 'wx' });
        await (0,promises_.rm)(probe);
    }
    catch (error) {
        return reasonFor(error, absolute);
    }
    return null;
}
//# sourceMappingURL=directories.js.map
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(7499);
// EXTERNAL MODULE: ./build/src/util/user-files.js
var user_files = __webpack_require__(1025);
;// CONCATENATED MODULE: ./build/src/engine/report-dir.js
// The report directory: made and checked before a check starts, so that no check runs for a report
// it cannot write, and written at the end with an error that says where and why. While a check
// runs, the directory holds a lock file naming its process, so that a second check given the same
// directory stops at once with an error rather than mixing its logs and report with the first's
// (the last writer used to win silently). The lock is removed when the process exits; one left by
// a check that was killed (SIGKILL) is taken over when its process is gone. Nothing else in the
// directory's layout changes: report-path, the baseline lookup and across's globs rely on it.











/** The lock file's name: hidden, and matched by no glob of report.json. */
const LOCK_FILE = '.tf-repro.lock';
/** The lock files this process holds, by path, with their inode (removed at exit only while still ours). */
const held = new Map();
function releaseAll() {
    for (const [path, ino] of held) {
        try {
            if ((0,external_node_fs_.lstatSync)(path, { bigint: true }).ino === ino)
                (0,external_node_fs_.unlinkSync)(path);
        }
        catch {
            // Gone already.
        }
    }
    held.clear();
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Who holds a lock file: null when it is not a lock tf-repro wrote whole (then nobody does). */
async function ownerOf(path) {
    try {
        const owner = JSON.parse((await (0,user_files/* readRegularFile */.XF)(path, 4096)).toString('utf8'));
        return Number.isSafeInteger(owner.pid) && typeof owner.host === 'string' && typeof owner.since === 'string' ? owner : null;
    }
    catch {
        return null;
    }
}
/**
 * Takes the directory's lock for this process, or throws UserError naming the check that holds it.
 * The lock's content is written under a temporary name and linked into place, which fails where a
 * lock exists: a lock is never seen half written.
 */
async function lockReportDir(dir) {
    const path = (0,external_node_path_.join)(dir, LOCK_FILE);
    if (held.has(path))
        return;
    const me = { pid: process.pid, host: (0,external_node_os_.hostname)(), since: new Date().toISOString() };
    const temporary = (0,external_node_path_.join)(dir, `${LOCK_FILE}.${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    try {
        const file = await (0,promises_.open)(temporary, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o644);
        try {
            await file.writeFile(`${JSON.stringify(me)}\n`);
        }
        finally {
            await file.close();
        }
        for (let attempt = 0;; attempt++) {
            try {
                await (0,promises_.link)(temporary, path);
                if (held.size === 0)
                    process.once('exit', releaseAll);
                held.set(path, (await (0,promises_.lstat)(path, { bigint: true })).ino);
                return;
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            const owner = await ownerOf(path);
            // Our own pid in a lock we do not hold: a killed process's, whose pid was given to us since.
            const stale = owner === null || (owner.host === me.host && (owner.pid === me.pid || !isAlive(owner.pid)));
            if (stale && attempt === 0) {
                await (0,promises_.rm)(path, { force: true });
                continue;
            }
            const who = owner === null ? 'another check' : `another check (process ${owner.pid} on ${(0,util_text/* excerpt */.Kb)(owner.host)}, since ${(0,util_text/* excerpt */.Kb)(owner.since)})`;
            throw new user_error/* UserError */.y(`'report-dir': ${dir} is in use by ${who}; give each check a report-dir of its own, or wait for that one to end (remove ${path} if no check is running)`);
        }
    }
    finally {
        await (0,promises_.rm)(temporary, { force: true });
    }
}
/** Creates the directory (and its parents), checks that a file can be written in it, and takes its lock for this process. */
async function prepareReportDir(dir) {
    if (dir === null)
        return;
    const problem = await makeWritableDirectory(dir);
    if (problem !== null)
        throw new user_error/* UserError */.y(`'report-dir': ${dir} cannot be used (${problem}); give a directory that can be created and written`);
    try {
        await lockReportDir((0,external_node_path_.resolve)(dir));
    }
    catch (error) {
        if (error instanceof user_error/* UserError */.y)
            throw error;
        throw new user_error/* UserError */.y(`'report-dir': ${dir} cannot be used (${(0,user_files/* ioCause */._C)(error)}); give a directory that can be created and written`);
    }
}
/**
 * writeReportFiles, with a failure (a full disk, the directory removed meanwhile) as one clear
 * error; the earlier report there, if any, is left whole. Returns report.json's path.
 */
async function saveReport(report, dir) {
    try {
        return await (0,files/* writeReportFiles */.t4)(report, dir);
    }
    catch (error) {
        throw new user_error/* UserError */.y(`'report-dir': the report could not be written in ${dir} (${(0,user_files/* ioCause */._C)(error)}); the files an earlier check wrote there are left as they were`);
    }
}
/**
 * Writes the verdict as JUnit XML to `path` (the junit-file input, --junit), replacing what was
 * there only once it is written whole. `report` null: the check stopped before it had one, and
 * `error` says why. Returns the absolute path.
 */
/** The JUnit file itself could not be written: there is then no writing the error into it either. */
class JunitFileError extends user_error/* UserError */.y {
}
async function saveJunit(path, report, error = '') {
    const target = (0,external_node_path_.resolve)(path);
    try {
        // A FIFO or link there is replaced, never written through; a directory there is an error (writeFilesReplacing).
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,user_files/* writeFilesReplacing */.i7)(new Map([[target, report === null ? renderJunitError(error) : renderJunit(report)]]));
        return target;
    }
    catch (failure) {
        throw new JunitFileError(`'junit-file': the JUnit report could not be written to ${path} (${(0,user_files/* ioCause */._C)(failure)}); give a file path in a directory that can be written`);
    }
}
//# sourceMappingURL=report-dir.js.map

/***/ }),

/***/ 2706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ expandReportPatterns)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3382);
/* harmony import */ var _util_user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2292);
// The report.json files a list of globs and paths names, for `across` and `merge`: one reader, so
// that both take the same patterns the same way.



/**
 * The files `patterns` name, in order, each once (by its resolved path). A pattern without glob
 * characters is a path, kept as it is (a missing file is then the reader's error, naming it); a
 * glob's matches are sorted, absolute for an absolute pattern and relative to `cwd` otherwise, as
 * the user wrote it. A glob that matches nothing is one UserError, `noMatch`'s.
 */
async function expandReportPatterns(patterns, cwd, noMatch) {
    const files = new Map();
    for (const pattern of patterns) {
        const matched = (0,tinyglobby__WEBPACK_IMPORTED_MODULE_1__/* .isDynamicPattern */ .ey)(pattern)
            ? (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_1__/* .glob */ .TI)(pattern, { cwd, onlyFiles: true, dot: true, expandDirectories: false, absolute: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(pattern) })).sort()
            : [pattern];
        if (matched.length === 0)
            throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(noMatch(pattern));
        for (const file of matched) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, file);
            if (!files.has(path))
                files.set(path, file);
        }
    }
    return [...files.values()];
}
//# sourceMappingURL=report-patterns.js.map

/***/ }),

/***/ 6970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OU: () => (/* binding */ produceRunsFromFiles),
  Up: () => (/* binding */ readBaselineReport),
  $h: () => (/* binding */ readReportFile),
  Xb: () => (/* binding */ readReportRuns),
  ky: () => (/* binding */ runsOf)
});

// UNUSED EXPORTS: REPORT_FILE_LIMIT_BYTES

// EXTERNAL MODULE: ./build/src/util/parsed.js
var parsed = __webpack_require__(8905);
// EXTERNAL MODULE: ./build/src/util/user-error.js
var user_error = __webpack_require__(2292);
// EXTERNAL MODULE: ./build/src/comparison/experiment-format.js
var experiment_format = __webpack_require__(8654);
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(7499);
// EXTERNAL MODULE: ./build/src/report/report-json.js
var report_json = __webpack_require__(6923);
// EXTERNAL MODULE: ./build/src/contracts/report.js
var contracts_report = __webpack_require__(4127);
;// CONCATENATED MODULE: ./build/src/report/report-schema.js
// The schema policy for report.json (docs/report.md, "Schema versions"): this tf-repro writes
// REPORT_SCHEMA_VERSION and reads it and the versions before it listed here, each brought up to the
// current one on reading (its absent fields filled), so that `baseline: main` and `across` keep
// working against reports written before an upgrade. A version older than those, or newer than
// this tf-repro, is refused with one message that says which. Pure.



const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * Each earlier version this tf-repro still reads, with how a report of it becomes one of the next
 * version. Keep the previous version's entry when bumping: reports on the default branch and in
 * other legs were written by the tf-repro before.
 */
const UPGRADES = new Map([
    // 1 → 2: run roles. Every run of a version 1 report is a repeat of the check: a control run.
    [
        1,
        (report) => ({
            ...report,
            runs: Array.isArray(report.runs)
                ? report.runs.map((run) => (isObject(run) && !Object.hasOwn(run, 'role') ? { ...run, role: 'control' } : run))
                : report.runs,
        }),
    ],
    // 2 → 3: a variance or difference nobody measured is null, not 0. Version 2 wrote 0 where fewer
    // than two runs had a value; those are made null, and the report says so.
    [2, upgradeSpreads],
]);
/** Fewer than two runs gave a value: a spread version 2 wrote as 0, not measured. */
const measuredBy = (values) => Array.isArray(values) && values.filter((value) => value !== null).length >= 2;
/** Version 2's per-fold spreads made null where not measured; the overall ones where no fold measured one; a command's run 1 variables taken out of "every run got". */
function upgradeSpreads(report) {
    const comparison = isObject(report.comparison) ? report.comparison : null;
    if (comparison === null || !Array.isArray(comparison.folds))
        return { ...report, notMeasured: null };
    let anyMeasured = false;
    const folds = comparison.folds.map((fold) => {
        if (!isObject(fold) || !isObject(fold.metrics))
            return fold;
        const metrics = Object.fromEntries(Object.entries(fold.metrics).map(([name, metric]) => {
            if (!isObject(metric))
                return [name, metric];
            if (measuredBy(metric.values)) {
                anyMeasured = true;
                return [name, metric];
            }
            return [name, { ...metric, variance: null, maxAbsDiff: null }];
        }));
        return { ...fold, metrics };
    });
    const reason = anyMeasured ? null : 'no fold was finished by two runs (a report of schema version 2, which wrote 0 here)';
    const spreads = anyMeasured ? {} : { variance: null, maxAbsDiff: null };
    const command = isObject(report.command) && isObject(report.command.variables) ? { command: withoutRunOwn(report.command) } : {};
    return { ...report, ...spreads, ...command, notMeasured: reason, comparison: { ...comparison, ...spreads, notMeasured: reason, folds } };
}
/** Version 2 listed run 1's TF_REPRO_RUN and paths as what every run got: they are run 1's own, and left out. */
function withoutRunOwn(command) {
    const variables = command.variables;
    const kept = Object.entries(variables).filter(([name, value]) => name !== 'TF_REPRO_RUN' && !(typeof value === 'string' && /\brun-1\./.test(value)));
    return { ...command, variables: Object.fromEntries(kept) };
}
/** The versions read, oldest first: the earlier ones UPGRADES brings up, and the current. */
const READ_SCHEMA_VERSIONS = [...[...UPGRADES.keys()].sort((a, b) => a - b), contracts_report/* REPORT_SCHEMA_VERSION */.W];
/** "versions 1 and 2", "version 2". */
function versionsText() {
    const versions = READ_SCHEMA_VERSIONS;
    return versions.length === 1 ? `version ${versions[0]}` : `versions ${versions.slice(0, -1).join(', ')} and ${versions.at(-1)}`;
}
/**
 * A parsed report.json as a report of the current schema version: one of an earlier version that
 * is still read, upgraded step by step; else what is wrong with its version, naming the tf-repro
 * that wrote it where the report says.
 */
function currentSchema(report) {
    const version = report.schemaVersion;
    const tool = isObject(report.tool) && typeof report.tool.version === 'string' ? ` (tf-repro ${(0,util_text/* excerpt */.Kb)(report.tool.version, 20)})` : '';
    if (version === contracts_report/* REPORT_SCHEMA_VERSION */.W)
        return (0,parsed.ok)(report);
    if (typeof version !== 'number' || !Number.isSafeInteger(version))
        return (0,parsed/* fail */.f)(`no schemaVersion this tf-repro reads (${versionsText()})`);
    if (version > contracts_report/* REPORT_SCHEMA_VERSION */.W) {
        return (0,parsed/* fail */.f)(`a report of schema version ${version}${tool}, newer than this tf-repro reads (${versionsText()}): read it with the tf-repro that wrote it, or a newer one`);
    }
    if (!UPGRADES.has(version)) {
        return (0,parsed/* fail */.f)(`a report of schema version ${version}${tool}, older than this tf-repro reads (${versionsText()}): run the check again to write a report this tf-repro reads`);
    }
    let upgraded = report;
    for (let from = version; from < contracts_report/* REPORT_SCHEMA_VERSION */.W; from++) {
        const upgrade = UPGRADES.get(from);
        if (!upgrade)
            return (0,parsed/* fail */.f)(`a report of schema version ${version}${tool}: this tf-repro has no way from version ${from} to ${from + 1}`);
        upgraded = upgrade(upgraded);
    }
    return (0,parsed.ok)({ ...upgraded, schemaVersion: contracts_report/* REPORT_SCHEMA_VERSION */.W });
}
//# sourceMappingURL=report-schema.js.map
// EXTERNAL MODULE: ./build/src/report/saved-report.js
var saved_report = __webpack_require__(1646);
// EXTERNAL MODULE: ./build/src/util/errors.js
var errors = __webpack_require__(6143);
// EXTERNAL MODULE: ./build/src/util/user-files.js
var user_files = __webpack_require__(1025);
;// CONCATENATED MODULE: ./build/src/engine/result-files.js









const result_files_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOr = (value, otherwise) => (typeof value === 'string' ? value : otherwise);
/**
 * One fold of a run in report.json, its metrics decoded ("NaN", "Infinity" and "-Infinity" are
 * numbers that JSON cannot spell). `where` names the run for an error.
 */
function foldOf(value, where) {
    if (!result_files_isObject(value) || !Number.isSafeInteger(value.fold) || value.fold < 0 || !result_files_isObject(value.metrics)) {
        throw new user_error/* UserError */.y(`${where}: a fold is not {"fold": <index>, "metrics": {…}}; compare reads the report.json that tf-repro wrote, unedited`);
    }
    const fold = value.fold;
    const metrics = Object.entries(value.metrics).map(([name, raw]) => {
        const number = (0,report_json/* decodeNumber */.w)(raw);
        if (number !== null)
            return [name, number];
        const old = raw === null ? ' (a tf-repro older than this one wrote NaN and Infinity as null: compare its results.txt instead)' : '';
        throw new user_error/* UserError */.y(`${where}: metric "${(0,util_text/* excerpt */.Kb)(name)}" of fold ${fold} is ${(0,util_text/* excerpt */.Kb)(JSON.stringify(raw) ?? String(raw))}, not a number${old}`);
    });
    const device = value.device;
    return {
        fold,
        // Object.fromEntries makes every name an own property, `__proto__` included.
        metrics: Object.fromEntries(metrics),
        weightsSha256: stringOr(value.weightsSha256, null),
        trainSeconds: (0,report_json/* decodeNumber */.w)(value.trainSeconds),
        ...(typeof device === 'string' || device === null ? { device } : {}),
    };
}
const RUN_STATUSES = ['ok', 'failed', 'stopped'];
const VERDICTS = ['reproducible', 'not-reproducible', 'error'];
/** Each fold of a run once: a second copy would be compared in place of (or beside) the first. */
function foldsOnce(folds, where) {
    const seen = new Set();
    for (const { fold } of folds) {
        if (seen.has(fold))
            throw new user_error/* UserError */.y(`${where}: fold ${fold} is listed twice; a run has each fold once: compare and merge read the report.json that tf-repro wrote, unedited`);
        seen.add(fold);
    }
    return folds;
}
/** The runs of a report.json, checked: what the comparison reads must be what it expects. */
function runsOf(runs, path) {
    const listedAt = new Map();
    return runs.map((value, index) => {
        const where = `${path}: run ${index + 1}`;
        if (!result_files_isObject(value) || !Array.isArray(value.folds) || !RUN_STATUSES.includes(value.status)) {
            throw new user_error/* UserError */.y(`${where} is not a run with a status and a list of folds; compare reads the report.json that tf-repro wrote, unedited`);
        }
        // Runs are renumbered in the order listed; a run number written twice is a copy, not another run.
        if (Number.isSafeInteger(value.run)) {
            const earlier = listedAt.get(value.run);
            if (earlier !== undefined) {
                throw new user_error/* UserError */.y(`${path}: run ${value.run} is listed twice (entries ${earlier + 1} and ${index + 1} of runs); compare and merge read the report.json that tf-repro wrote, unedited`);
            }
            listedAt.set(value.run, index);
        }
        return {
            run: index + 1,
            role: (0,saved_report/* savedRole */.C0)(value.role, path, `runs[${index}].role`),
            status: value.status,
            error: stringOr(value.error, null),
            startedAt: stringOr(value.startedAt, ''),
            durationSeconds: (0,report_json/* decodeNumber */.w)(value.durationSeconds) ?? 0,
            folds: foldsOnce(value.folds.map((fold) => foldOf(fold, where)), where),
            environment: result_files_isObject(value.environment) ? value.environment : null,
            warnings: Array.isArray(value.warnings) ? value.warnings.filter((warning) => typeof warning === 'string') : [],
            ...(result_files_isObject(value.artifacts)
                ? { artifacts: Object.fromEntries(Object.entries(value.artifacts).filter((entry) => typeof entry[1] === 'string')) }
                : {}),
            ...(value.trace === undefined ? {} : { trace: (0,saved_report/* savedTrace */.vV)(value.trace, path, `runs[${index}].trace`) }),
        };
    });
}
/**
 * The largest report or result file read (merge, across, compare, explain, a baseline): a check's
 * report.json with the traces of 1,000 runs has a few MiB; past this it is not one tf-repro wrote.
 */
const REPORT_FILE_LIMIT_BYTES = 64 * 1024 * 1024;
/** A file the user named, as text; one clear error naming it (as `what`) where it cannot be read: a FIFO, a device or a directory is not waited on. */
async function readNamedFile(path, what) {
    try {
        return (await (0,user_files/* readRegularFile */.XF)(path, REPORT_FILE_LIMIT_BYTES)).toString('utf8');
    }
    catch (error) {
        throw new user_error/* UserError */.y(`cannot read ${what} '${path}': ${(0,user_files/* ioCause */._C)(error)}`);
    }
}
/**
 * report.json's text as its object, checked to be a tf-repro report of a schema version this
 * tf-repro reads and brought up to the one it writes (report/report-schema.ts).
 */
function parseReportJson(text, path) {
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        throw new user_error/* UserError */.y(`${path}: not valid JSON (${(0,util_text/* oneLine */.TN)((0,errors/* errorMessage */.g)(error))})`);
    }
    const current = result_files_isObject(report) ? currentSchema(report) : (0,parsed/* fail */.f)('expected an object');
    if (current.ok && Array.isArray(current.value.runs))
        return current.value;
    if (!current.ok && result_files_isObject(report) && typeof report.schemaVersion === 'number')
        throw new user_error/* UserError */.y(`${path}: ${current.error}`);
    throw new user_error/* UserError */.y(`${path}: not a tf-repro report (expected schemaVersion ${READ_SCHEMA_VERSIONS.slice(0, -1).join(', ')} or ${READ_SCHEMA_VERSIONS.at(-1)} and a runs list)`);
}
/** A report.json that tf-repro wrote, as its object (what tf-repro explain reads), read and checked as compare reads one. */
async function readReportFile(path) {
    const text = await readNamedFile(path, 'report');
    if (!text.trimStart().startsWith('{')) {
        throw new user_error/* UserError */.y(`${path}: not a tf-repro report (a report.json starts with '{'; a check writes one with report-dir)`);
    }
    return parseReportJson(text, path);
}
/** A report.json that tf-repro wrote, as its object and its runs, each read and checked as compare reads them (`across` reads legs so). */
async function readReportRuns(path) {
    const report = await readReportFile(path);
    return { report, runs: runsOf(report.runs, path) };
}
/**
 * A report.json as the baseline of a drift (comparison/drift.ts): its runs, read and checked as
 * compare reads them, its settings, and when and by which tf-repro it was written. Errors name
 * the file as `shownAs` (the artifact it came in, rather than a temporary folder).
 */
async function readBaselineReport(path, shownAs = path) {
    const text = await readNamedFile(path, 'baseline');
    const report = parseReportJson(text, shownAs);
    const tool = result_files_isObject(report.tool) ? report.tool : {};
    return {
        settings: result_files_isObject(report.settings) ? report.settings : {},
        runs: runsOf(report.runs, shownAs),
        createdAt: stringOr(report.createdAt, null),
        toolVersion: stringOr(tool.version, null),
        verdict: VERDICTS.includes(report.verdict) ? report.verdict : null,
    };
}
async function readResultFile(path) {
    const text = await readNamedFile(path, 'result file');
    if (text.trimStart().startsWith('{')) {
        const report = parseReportJson(text, path);
        return { runs: runsOf(report.runs, path), seconds: (0,report_json/* decodeNumber */.w)(report.durationSeconds) ?? 0 };
    }
    const parsed = (0,experiment_format/* parseExperimentText */.kz)(text, path);
    if (!parsed.ok)
        throw new user_error/* UserError */.y(parsed.error);
    return { runs: (0,experiment_format/* experimentRunsToRunResults */.kR)(parsed.value, path), seconds: (0,experiment_format/* experimentTotalSeconds */.FM)(parsed.value.runs.map((run) => run.timestamp)) };
}
async function produceRunsFromFiles(paths, tolerance) {
    const files = await Promise.all(paths.map(readResultFile));
    return {
        settings: { tolerance },
        tolerance,
        source: paths.join(', '),
        runs: files.flatMap((file) => file.runs).map((run, index) => ({ ...run, run: index + 1 })),
        durationSeconds: files.reduce((sum, file) => sum + file.seconds, 0),
        warnings: [],
    };
}
//# sourceMappingURL=result-files.js.map

/***/ }),

/***/ 2879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ shardHeader),
/* harmony export */   m: () => (/* binding */ mergeShardReports)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _util_user_error_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2292);
/* harmony import */ var _comparison_shards_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7470);
/* harmony import */ var _data_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2716);
/* harmony import */ var _report_report_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6923);
/* harmony import */ var _report_saved_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1646);
/* harmony import */ var _util_user_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1025);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8009);
/* harmony import */ var _conclude_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9471);
/* harmony import */ var _report_dir_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5044);
/* harmony import */ var _result_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6970);
/* harmony import */ var _report_patterns_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2706);
// Shards (issue #13, part 1), the I/O side: a shard leg's header (the digests of its settings and
// of its dataset, computed once in the check's own process), and the merge: the legs' report.json
// files found, read back, checked and joined (comparison/shards.ts), then concluded as one check.












/**
 * The header of shard `settings.shard`'s partial report. The dataset is loaded here once, as the
 * training processes will take it (the first `samples` images), to digest its content; the model
 * file (already checked by its preflight) is digested by its bytes.
 */
async function shardHeader(settings, inflated) {
    const dataset = await (0,_data_load_js__WEBPACK_IMPORTED_MODULE_2__.loadSettingsDataset)(settings, inflated);
    let model = null;
    if (settings.model) {
        try {
            model = await (0,_util_user_files_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256OfRegularFile */ .Ls)(settings.model);
        }
        catch (error) {
            throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .y(`cannot read 'model' ${settings.model} to digest it for the shard's report: ${(0,_util_user_files_js__WEBPACK_IMPORTED_MODULE_5__/* .ioCause */ ._C)(error)}`);
        }
    }
    return {
        index: settings.shard.index,
        count: settings.shard.count,
        folds: (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .shardFolds */ .rt)(settings.shard, settings.folds),
        settingsDigest: (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsDigest */ .KI)(settings, model),
        datasetDigest: (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .datasetDigest */ .Vx)(dataset),
        toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_11__/* .TOOL_VERSION */ .w,
        modelSha256: model,
    };
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const texts = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
/** One report.json given to merge, read back and checked as tf-repro compare and explain read one. */
async function readShardReport(file, cwd) {
    const json = await (0,_result_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readReportFile */ .$h)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, file));
    const explained = (0,_report_saved_report_js__WEBPACK_IMPORTED_MODULE_4__/* .savedReport */ .Gt)(json, file);
    return {
        file,
        header: (0,_report_saved_report_js__WEBPACK_IMPORTED_MODULE_4__/* .savedShardHeader */ .Nw)(json, file),
        merged: json.merged !== undefined,
        settings: isObject(json.settings) ? json.settings : {},
        runs: (0,_result_files_js__WEBPACK_IMPORTED_MODULE_8__/* .runsOf */ .ky)(json.runs, file),
        ...('divergence' in explained ? { divergence: explained.divergence } : {}),
        ...(explained.work ? { work: explained.work } : {}),
        durationSeconds: (0,_report_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeNumber */ .w)(json.durationSeconds) ?? 0,
        warnings: texts(json.warnings),
        errors: texts(json.errors),
    };
}
/** Settings that described one leg and not the merged check. */
const LEG_ONLY = ['shard', 'onlyFolds', 'source', 'reportDir'];
/**
 * The shard legs' partial reports that `patterns` name, merged into the report one runner would
 * have written had it trained every fold: the same comparison, verdict and summary, plus `merged`.
 */
async function mergeShardReports(patterns, options) {
    await (0,_report_dir_js__WEBPACK_IMPORTED_MODULE_7__/* .prepareReportDir */ .rD)(options.reportDir);
    const files = await (0,_report_patterns_js__WEBPACK_IMPORTED_MODULE_9__/* .expandReportPatterns */ .W)(patterns, options.cwd, (pattern) => `${options.input}: no file matches '${pattern}' in ${options.cwd}: download every shard leg's report first (actions/download-artifact), or give the report.json files' paths`);
    const reports = await Promise.all(files.map((file) => readShardReport(file, options.cwd)));
    const checked = (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .checkShardSet */ .tl)(reports);
    if (!checked.ok)
        throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .y(checked.error);
    const legs = checked.value;
    const first = legs[0];
    const joined = (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .joinShards */ .eS)(legs);
    const settings = Object.fromEntries(Object.entries(first.settings).filter(([name]) => !LEG_ONLY.includes(name)));
    settings.reportDir = options.reportDir;
    const tolerance = typeof settings.tolerance === 'number' ? settings.tolerance : 0;
    const located = (0,_conclude_js__WEBPACK_IMPORTED_MODULE_6__/* .compareWithDivergence */ .w)(joined.runs, tolerance).divergence;
    return (0,_conclude_js__WEBPACK_IMPORTED_MODULE_6__/* .concludeCheck */ .O)({
        settings,
        tolerance,
        source: typeof first.settings.source === 'string' ? first.settings.source : legs.map((leg) => leg.file).join(', '),
        runs: joined.runs,
        durationSeconds: joined.durationSeconds,
        warnings: joined.warnings,
        errors: joined.errors,
        divergence: (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .keepNarrowing */ .H$)(located, joined.divergences),
        ...(joined.work ? { work: joined.work } : {}),
        merged: { shards: legs.length, files: legs.map((leg) => leg.file) },
    });
}
//# sourceMappingURL=shards.js.map

/***/ }),

/***/ 8602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ MERGE_TAKES),
/* harmony export */   Wj: () => (/* binding */ onlyFor)
/* harmony export */ });
/* unused harmony exports CHECK_KINDS, INPUT_KINDS, FEATURE_CONFLICTS */
const CHECK_KINDS = ['default', 'model', 'command'];
const ALL = CHECK_KINDS;
const TRAINED = ['default', 'model'];
/**
 * The kinds each input means something for (docs/inputs.md shows it). An input for one kind only,
 * given with another, is refused (onlyFor); a setting of the training (`folds`, `epochs`…) given
 * with a command is not, since its default is always there. `merge` and `across` train nothing:
 * they apply to every kind, as the reports they read may come from any.
 */
const INPUT_KINDS = {
    runs: ALL,
    folds: ALL,
    epochs: TRAINED,
    'batch-size': TRAINED,
    'validation-split': TRAINED,
    seed: ALL,
    samples: TRAINED,
    deterministic: ALL,
    backend: TRAINED,
    threads: TRAINED,
    libtensorflow: TRAINED,
    parallel: ALL,
    dataset: ALL,
    tolerance: ALL,
    'fail-on-mismatch': ALL,
    'report-dir': ALL,
    'fail-fast': ALL,
    'compare-nondeterministic': ALL,
    diagnose: ALL,
    'diagnose-budget-minutes': ALL,
    'diagnose-variables': ALL,
    model: ['model'],
    command: ['command'],
    'working-directory': ['command'],
    framework: ['command'],
    'metrics-file': ['command'],
    'timeout-minutes': ALL,
    artifacts: ['command'],
    'negative-control': ['command'],
    'max-model-parameters': ['model'],
    shard: TRAINED,
    merge: ALL,
    label: ALL,
    across: ALL,
    'fail-on-cross-runner-difference': ALL,
    baseline: ALL,
    'baseline-artifact': ALL,
    'fail-on-drift': ALL,
    'junit-file': ALL,
    vary: ALL,
    'fail-on-variation': ALL,
};
/** Inputs that apply to exactly one kind, besides the input that makes that kind. */
function onlyFor(kind) {
    return Object.keys(INPUT_KINDS).filter((name) => name !== kind && INPUT_KINDS[name].length === 1 && INPUT_KINDS[name][0] === kind);
}
const FEATURE_CONFLICTS = [
    { feature: 'model', notWith: ['command'] },
    // Comparing reports trains nothing.
    { feature: 'across', notWith: ['command', 'model', 'diagnose', 'compare-nondeterministic', 'vary'] },
    // A shard's verdict covers its folds; these compare whole checks, and a command trains every fold itself.
    { feature: 'shard', notWith: ['command', 'compare-nondeterministic', 'diagnose', 'vary'] },
];
/** The inputs a merge job takes beside `merge`: the merged check's settings are the legs' own. */
const MERGE_TAKES = [
    'merge',
    'report-dir',
    'fail-on-mismatch',
    'label',
    'baseline',
    'baseline-artifact',
    'fail-on-drift',
    'junit-file',
];
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 3337:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ defaultLabel)
/* harmony export */ });
/* unused harmony export matrixValues */
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9166);
// The default `label`, a leg's name in `across`'s tables, made from what the runner tells about
// itself (RUNNER_OS, RUNNER_ARCH, RUNNER_NAME, and ImageOS/ImageVersion on GitHub's hosted
// images) and the job's matrix values (the action's hidden `matrix` input, `${{ toJSON(matrix) }}`,
// which an action's input default may read; no environment variable carries it). Pure.
/** What the default label is made of; each may be absent. */

const present = (value) => value !== undefined && value.trim() !== '';
/** The matrix's values in its order, each a word ('ubuntu-22.04') or compact JSON (a list); empty outside a matrix or when unreadable. */
function matrixValues(matrixJson) {
    if (!present(matrixJson))
        return [];
    let matrix;
    try {
        matrix = JSON.parse(matrixJson);
    }
    catch {
        return [];
    }
    if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix))
        return [];
    return Object.values(matrix).map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
}
/**
 * "ubuntu-22.04, gpu" from the matrix values when the job has a matrix (they are what tells its
 * legs apart); else the runner: "ubuntu24 20250120.1 X64" on a hosted image, "gpu-box-1 (Linux
 * X64)" on a self-hosted one; off a runner, the machine: "laptop (linux x64)".
 */
function defaultLabel(sources) {
    return labelOf(sources).slice(0, _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LABEL_LENGTH */ .rn);
}
function labelOf({ env, matrixJson, hostname, platform }) {
    const values = matrixValues(matrixJson);
    if (values.length > 0)
        return values.join(', ');
    const { RUNNER_OS: os, RUNNER_ARCH: arch, RUNNER_NAME: name, ImageOS: image, ImageVersion: version } = env;
    if (present(image))
        return [image, version, arch].filter(present).join(' ');
    const machine = [os, arch].filter(present).join(' ');
    if (present(name))
        return machine === '' ? name : `${name} (${machine})`;
    if (machine !== '')
        return machine;
    return [hostname, platform ? `(${platform})` : undefined].filter(present).join(' ') || 'this machine';
}
//# sourceMappingURL=label.js.map

/***/ }),

/***/ 9705:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseDecimal),
/* harmony export */   o: () => (/* binding */ parseWholeNumber)
/* harmony export */ });
// Number spellings we accept in inputs and flags: plain decimals and exponents, nothing else.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
function parseDecimal(text) {
    return DECIMAL.test(text.trim()) ? Number(text.trim()) : null;
}
function parseWholeNumber(text) {
    const value = /^[+]?\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
    return Number.isSafeInteger(value) ? value : null;
}
//# sourceMappingURL=numbers.js.map

/***/ }),

/***/ 2138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ SETTING_DEFAULTS),
/* harmony export */   h$: () => (/* binding */ cliFlagLabel),
/* harmony export */   jX: () => (/* binding */ actionInputLabel),
/* harmony export */   l: () => (/* binding */ BASELINE_FROM_MAIN),
/* harmony export */   yV: () => (/* binding */ IMPLIED_DEFAULTS)
/* harmony export */ });
// The settings by name, with their defaults: the action's inputs and the CLI's flags share them
// (a test holds action.yml to this table).
const SETTING_DEFAULTS = {
    runs: '2',
    // Empty: 10 (IMPLIED_DEFAULTS). Empty, not 10, so that a command check tells `folds` given (its runs split by fold) from not.
    folds: '',
    epochs: '10',
    'batch-size': '100',
    'validation-split': '0.2',
    seed: '0',
    samples: '0',
    deterministic: 'true',
    backend: 'auto',
    threads: '1',
    // The native backend built against a TensorFlow the runner has (provision/libtensorflow-source.ts).
    libtensorflow: '',
    // Empty: auto, except a command with `framework: none`, which pins no threads: 1.
    parallel: '',
    dataset: '',
    tolerance: '0',
    'fail-on-mismatch': 'true',
    'report-dir': '',
    // Explaining the verdict (issue #11): stop at the first divergence, the cost table, the diagnosis.
    'fail-fast': 'true',
    'compare-nondeterministic': 'false',
    diagnose: 'false',
    'diagnose-budget-minutes': '10',
    // The settings diagnose tries, a comma list of their names (engine/diagnose.ts checks them); empty: all.
    'diagnose-variables': '',
    // Bring your own training (own-training.ts): a model file, or a command and what only it takes.
    model: '',
    command: '',
    'working-directory': '',
    framework: 'tensorflow',
    'metrics-file': '',
    'timeout-minutes': '0',
    artifacts: '',
    // One extra run with another seed, whose numbers must differ from the control runs' (issue 22, part 9).
    'negative-control': 'false',
    // A model file past this many parameters is refused before it is built (model/model-config.ts).
    'max-model-parameters': '50000000',
    // Shards (issue #13, part 1; inputs/shard.ts): this leg's share of the folds, i/n; or, in a later
    // job, the legs' partial reports to merge (globs, one per line). The CLI has `tf-repro merge FILES`.
    shard: '',
    merge: '',
    // Across runners (issue #13, part 2): the leg's name; complete checks compared across runners.
    label: '',
    across: '',
    'fail-on-cross-runner-difference': 'false',
    // Drift against a baseline (issue #13, part 3): a report.json or 'main' (the default branch's
    // newest successful run of this workflow, its artifact 'baseline-artifact'), and whether a drift fails.
    baseline: '',
    'baseline-artifact': 'tf-repro-report',
    'fail-on-drift': 'false',
    // The verdict as JUnit XML for test reporters (report/junit.ts); empty: none.
    'junit-file': '',
    // Variations (issue 23; inputs/vary.ts): factors to vary in extra runs, or 'all'; whether a factor
    // that changes the numbers fails the step ('': true when 'vary' is given).
    vary: '',
    'fail-on-variation': '',
};
/** `baseline: main`: the baseline is found with the GitHub API rather than read from a file. */
const BASELINE_FROM_MAIN = 'main';
/** What an input left empty means where that is not the empty string (its default above is empty so that "not given" can be told apart). */
const IMPLIED_DEFAULTS = { folds: '10', parallel: 'auto' };
const actionInputLabel = (name) => `input '${name}'`;
const cliFlagLabel = (name) => `--${name}`;
//# sourceMappingURL=setting-names.js.map

/***/ }),

/***/ 51:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a_: () => (/* binding */ ACROSS_SETTINGS),
/* harmony export */   gv: () => (/* binding */ SHARD_DIGEST_SETTINGS),
/* harmony export */   n9: () => (/* binding */ DRIFT_TRAINING_SETTINGS),
/* harmony export */   yt: () => (/* binding */ DRIFT_COMMAND_SETTINGS)
/* harmony export */ });
/* unused harmony exports COMMAND_SETTING_ROLES, SETTING_ROLES, settingsFor, commandSettingsFor */
const row = (input, shardDigest, across, drift) => ({ input, shardDigest, across, drift });
/** The command's own fields (`command` is an object): what a command check's uses read inside it. */
const COMMAND_SETTING_ROLES = {
    command: row('command', false, true, 'command'),
    workingDirectory: row('working-directory', false, false, false),
    framework: row('framework', false, true, 'command'),
    metricsFile: row('metrics-file', false, false, false),
    timeoutMinutes: row('timeout-minutes', false, false, false),
    artifacts: row('artifacts', false, false, false),
    // How a command's runs are cut into processes (TF_REPRO_FOLDS), never their numbers.
    folds: row('folds', false, false, false),
};
/**
 * Every CheckSettings field, in the order the uses list them (the shard digest hashes its fields'
 * values in this order: reordering rows changes every digest). A shard's digest takes what changes
 * the numbers or the verdict of a leg's folds, not the dataset's path (its content is the dataset
 * digest) nor the model's (its content is digested beside). `across` leaves out what differs by
 * runner. Drift leaves out runs, tolerance and the like: they change how results are compared, not
 * the results. Nothing changes that changes only how a check runs (parallel, report-dir,
 * libtensorflow's source, the comment's inputs).
 */
const SETTING_ROLES = {
    runs: row('runs', true, false, false),
    folds: row('folds', true, true, 'training'),
    epochs: row('epochs', true, true, 'training'),
    batchSize: row('batch-size', true, true, 'training'),
    validationSplit: row('validation-split', true, true, 'training'),
    seed: row('seed', true, true, 'any'),
    samples: row('samples', true, true, 'training'),
    deterministic: row('deterministic', true, true, 'any'),
    backend: row('backend', true, false, 'as-ran'),
    threads: row('threads', true, false, 'any'),
    // A command gets the dataset too (TF_REPRO_DATASET): another one changes its numbers as well.
    dataset: row('dataset', false, true, 'any'),
    model: row('model', false, true, 'training'),
    // Set by diagnose and the narrowing re-train, whose reports are not merged, compared across or drifted.
    unseeded: row(null, false, false, false),
    trace: row(null, false, false, false),
    onlyFolds: row(null, false, false, false),
    variablesOff: row(null, false, false, false),
    tolerance: row('tolerance', true, false, false),
    failOnMismatch: row('fail-on-mismatch', false, false, false),
    reportDir: row('report-dir', false, false, false),
    parallel: row('parallel', false, false, false),
    // Its own fields' roles are COMMAND_SETTING_ROLES'.
    command: row('command', false, false, false),
    libtensorflow: row('libtensorflow', false, false, false),
    // What fail-fast skips changes what a leg compares.
    failFast: row('fail-fast', true, false, false),
    compareNondeterministic: row('compare-nondeterministic', false, false, false),
    diagnose: row('diagnose', false, false, false),
    diagnoseBudgetMinutes: row('diagnose-budget-minutes', false, false, false),
    diagnoseVariables: row('diagnose-variables', false, false, false),
    shard: row('shard', false, false, false),
    label: row('label', false, false, false),
    across: row('across', false, false, false),
    failOnCrossRunnerDifference: row('fail-on-cross-runner-difference', false, false, false),
    baseline: row('baseline', false, false, false),
    baselineArtifact: row('baseline-artifact', false, false, false),
    failOnDrift: row('fail-on-drift', false, false, false),
    junitFile: row('junit-file', false, false, false),
    // Limits: they stop a check, never change its numbers.
    timeoutMinutes: row('timeout-minutes', false, false, false),
    maxModelParameters: row('max-model-parameters', false, false, false),
    // Variations add runs beside the control runs and never change their numbers; each leg varies its own runner.
    vary: row('vary', false, false, false),
    failOnVariation: row('fail-on-variation', false, false, false),
    // The negative control adds a run beside the control runs and never changes their numbers.
    negativeControl: row('negative-control', false, false, false),
};
const topLevel = (field, role) => ({
    input: role.input ?? field,
    field,
    read: (settings) => (Object.hasOwn(settings, field) ? settings[field] : undefined),
});
const inCommand = (field, role) => ({
    input: role.input ?? field,
    field: `command.${field}`,
    read: (settings) => {
        const command = Object.hasOwn(settings, 'command') ? settings.command : undefined;
        return typeof command === 'object' && command !== null && Object.hasOwn(command, field) ? command[field] : undefined;
    },
});
/** The top-level settings whose row says `enters`, in the table's order. */
function settingsFor(enters) {
    return Object.entries(SETTING_ROLES)
        .filter(([, role]) => enters(role))
        .map(([field, role]) => topLevel(field, role));
}
/** The command's own settings whose row says `enters`, in the table's order. */
function commandSettingsFor(enters) {
    return Object.entries(COMMAND_SETTING_ROLES)
        .filter(([, role]) => enters(role))
        .map(([field, role]) => inCommand(field, role));
}
/** The fields a shard's settings digest hashes, in order (comparison/shards.ts). */
const SHARD_DIGEST_SETTINGS = settingsFor((role) => role.shardDigest);
/** What legs must agree on for `across` to compare them: top-level settings, then the command's. */
const ACROSS_SETTINGS = [...settingsFor((role) => role.across), ...commandSettingsFor((role) => role.across)];
/** What a drift names where it differs, for a training check (the backend apart: 'as-ran'). */
const DRIFT_TRAINING_SETTINGS = settingsFor((role) => role.drift === 'any' || role.drift === 'training');
/** For a command check: the command's own first, then what tf-repro gives it (the seed, the variables, the threads). */
const DRIFT_COMMAND_SETTINGS = [
    ...commandSettingsFor((role) => role.drift === 'command'),
    ...settingsFor((role) => role.drift === 'any' || role.drift === 'command'),
];
//# sourceMappingURL=setting-roles.js.map

/***/ }),

/***/ 9166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rn: () => (/* binding */ MAX_LABEL_LENGTH),
  P$: () => (/* binding */ parseSettings)
});

// UNUSED EXPORTS: COUNT_BOUNDS

// EXTERNAL MODULE: ./build/src/inputs/applicability.js
var applicability = __webpack_require__(8602);
// EXTERNAL MODULE: ./build/src/inputs/numbers.js
var numbers = __webpack_require__(9705);
// EXTERNAL MODULE: ./build/src/inputs/setting-names.js
var setting_names = __webpack_require__(2138);
// EXTERNAL MODULE: ./build/src/contracts/settings.js
var contracts_settings = __webpack_require__(1292);
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(7499);
;// CONCATENATED MODULE: ./build/src/inputs/own-training.js
// The inputs that bring the user's own training: `model` (a model file tf-repro trains) or
// `command` (a training command tf-repro runs), and the inputs that only a command takes. Part of
// settings.ts's up-front validation: each problem is one line naming the input.





/** Inputs that mean something only with `command`, with the value that means "not given". */
const COMMAND_ONLY = (0,applicability/* onlyFor */.Wj)('command').map((name) => [name, setting_names/* SETTING_DEFAULTS */.Eg[name]]);
/** A week: past any job's limit, and within what a timer can wait (about 24.8 days). */
const MAX_TIMEOUT_MINUTES = 10_080;
const MODEL_EXTENSIONS = ['.json', '.keras', '.js', '.mjs'];
/** Globs given one per line or separated by commas. */
function splitGlobs(text) {
    return text
        .split(/[\n,]/)
        .map((pattern) => pattern.trim())
        .filter((pattern) => pattern !== '');
}
/** `text(name)` gives an input's trimmed value or its default, as in parseSettings. */
function parseOwnTraining(text, label) {
    const errors = [];
    const model = text('model') === '' ? null : text('model');
    const commandText = text('command');
    const frameworkText = text('framework');
    if (!contracts_settings/* FRAMEWORK_CHOICES */.ei.includes(frameworkText)) {
        errors.push(`${label('framework')} must be one of ${contracts_settings/* FRAMEWORK_CHOICES */.ei.join(', ')}, got '${frameworkText}'`);
    }
    const timeoutText = text('timeout-minutes');
    const timeout = (0,numbers/* parseDecimal */.$)(timeoutText);
    const timeoutFits = timeout !== null && timeout >= 0 && timeout <= MAX_TIMEOUT_MINUTES;
    if (!timeoutFits) {
        errors.push(`${label('timeout-minutes')} must be a number of minutes from 0 to ${(0,util_text/* withCommas */.rX)(MAX_TIMEOUT_MINUTES)} (0 means no limit), got '${timeoutText}'`);
    }
    if (model !== null && !MODEL_EXTENSIONS.some((extension) => model.toLowerCase().endsWith(extension))) {
        errors.push(`${label('model')} must be a .json file (Keras model.to_json(), TensorFlow.js model.json), a Keras .keras archive or an ES module (.js, .mjs), got '${model}'`);
    }
    if (commandText === '') {
        for (const [name, unset] of COMMAND_ONLY) {
            if (text(name) !== unset)
                errors.push(`${label(name)} applies only with ${label('command')}: give the training command too, or leave ${label(name)} out`);
        }
        return { model, command: null, timeoutMinutes: timeoutFits ? timeout : 0, errors };
    }
    if (model !== null) {
        errors.push(`${label('model')} and ${label('command')} cannot be used together: 'model' is a model file that tf-repro trains, 'command' runs your own training; give one of them`);
    }
    const artifacts = splitGlobs(text('artifacts'));
    const command = {
        command: commandText,
        workingDirectory: text('working-directory') === '' ? null : text('working-directory'),
        framework: contracts_settings/* FRAMEWORK_CHOICES */.ei.includes(frameworkText) ? frameworkText : 'tensorflow',
        metricsFile: text('metrics-file') === '' ? null : text('metrics-file'),
        timeoutMinutes: timeoutFits ? timeout : 0,
        artifacts,
    };
    return { model, command, timeoutMinutes: command.timeoutMinutes, errors };
}
//# sourceMappingURL=own-training.js.map
// EXTERNAL MODULE: ./build/src/inputs/shard.js
var inputs_shard = __webpack_require__(1063);
;// CONCATENATED MODULE: ./build/src/inputs/vary.js
// The `vary` input (issue 23): which conditions to change in extra runs, as a list of factors or
// `all`, validated once; and `fail-on-variation`, whose default follows `vary`. Pure.

const VARY_ALL = 'all';
/**
 * `vary`: factors separated by commas, spaces or lines, or `all`. `fail-on-variation`: true,
 * false, or '' for its default (true when something is varied).
 */
function parseVary(varyText, failText, varyLabel, failLabel) {
    const errors = [];
    const words = varyText
        .split(/[\s,]+/)
        .map((word) => word.trim())
        .filter((word) => word !== '');
    const allowed = `${VARY_ALL} or a list of ${contracts_settings/* VARY_FACTORS */.YS.join(', ')}`;
    let factors;
    if (words.includes(VARY_ALL)) {
        if (words.length > 1)
            errors.push(`${varyLabel} is '${VARY_ALL}' or a list of factors, not both: got '${words.join(', ')}'`);
        factors = [...contracts_settings/* VARY_FACTORS */.YS];
    }
    else {
        const unknown = words.filter((word) => !contracts_settings/* VARY_FACTORS */.YS.includes(word));
        if (unknown.length > 0)
            errors.push(`${varyLabel} must be ${allowed}; '${unknown.join("', '")}' ${unknown.length === 1 ? 'is' : 'are'} not one`);
        factors = contracts_settings/* VARY_FACTORS */.YS.filter((factor) => words.includes(factor));
    }
    let failOnVariation = factors.length > 0;
    const fail = failText.trim();
    if (['true', 'True', 'TRUE'].includes(fail))
        failOnVariation = true;
    else if (['false', 'False', 'FALSE'].includes(fail))
        failOnVariation = false;
    else if (fail !== '')
        errors.push(`${failLabel} must be true or false, got '${fail}' (default: true when ${varyLabel} is given)`);
    return { factors, failOnVariation, errors };
}
//# sourceMappingURL=vary.js.map
// EXTERNAL MODULE: ./build/src/util/parsed.js
var parsed = __webpack_require__(8905);
;// CONCATENATED MODULE: ./build/src/inputs/settings.js
// Validates every setting once, up front, from the strings the action's inputs or the CLI's
// flags give. Each bad value gets one line that names the input and says what would be right.









const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
/**
 * The smallest and largest value of each count. The largest are far past any real check; they
 * are there so that a slip of the keyboard (`runs: 1000000000`) is an error, not a crash.
 */
const COUNT_BOUNDS = {
    runs: [2, 1000],
    folds: [2, 10_000],
    epochs: [1, 100_000],
    'batch-size': [1, 1_000_000],
    // The largest seed NumPy takes (a command gets it in TF_REPRO_SEED).
    seed: [0, 2 ** 32 - 1],
    samples: [0, 100_000_000],
    threads: [1, 256],
    parallel: [1, 256],
    'diagnose-budget-minutes': [1, 1440],
    // Ten billion float32 parameters are 40 GB: past any runner's memory.
    'max-model-parameters': [1, 10_000_000_000],
};
/** A label longer than this is a slip (a whole matrix pasted): it names a column of a table. */
const MAX_LABEL_LENGTH = 200;
/**
 * Across runners (issue #13, part 2): `label`, `across` and `fail-on-cross-runner-difference`,
 * into `settings`. Returns the errors.
 */
function parseAcrossRunners(text, label, settings) {
    const errors = [];
    const leg = text('label');
    if (leg.length > MAX_LABEL_LENGTH)
        errors.push(`${label('label')} must be at most ${MAX_LABEL_LENGTH} characters, got ${leg.length}: a short name of this leg, such as \${{ matrix.os }}`);
    // One line: it heads a table's row.
    else if (leg !== '')
        settings.label = leg.replace(/\s+/g, ' ');
    // Absent means false, as the other optional settings are absent at their defaults.
    const failText = text('fail-on-cross-runner-difference');
    if (TRUE_WORDS.includes(failText))
        settings.failOnCrossRunnerDifference = true;
    else if (!FALSE_WORDS.includes(failText))
        errors.push(`${label('fail-on-cross-runner-difference')} must be true or false, got '${failText}'`);
    const patterns = text('across')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    if (patterns.length === 0)
        return errors;
    settings.across = patterns;
    // Comparing reports trains nothing: an input that asks for training is a mistake to say, not to ignore.
    const trains = [
        settings.command ? label('command') : null,
        settings.model ? label('model') : null,
        settings.diagnose ? label('diagnose') : null,
        settings.compareNondeterministic ? label('compare-nondeterministic') : null,
        settings.vary ? label('vary') : null,
    ].filter((name) => name !== null);
    if (trains.length > 0) {
        errors.push(`${label('across')} compares the reports of checks that already ran and trains nothing, so ${trains.join(' and ')} ${trains.length === 1 ? 'does' : 'do'} not apply: run those in the legs, and leave ${trains.length === 1 ? 'it' : 'them'} out of the step with ${label('across')}`);
    }
    return errors;
}
function parseSettings(raw, label) {
    const errors = [];
    const text = (name) => {
        const value = raw[name]?.trim();
        return value === undefined || value === '' ? (setting_names/* IMPLIED_DEFAULTS */.yV[name] ?? setting_names/* SETTING_DEFAULTS */.Eg[name]) : value;
    };
    const inBounds = (name, number) => number !== null && number >= COUNT_BOUNDS[name][0] && number <= COUNT_BOUNDS[name][1];
    const bounds = (name) => `from ${(0,util_text/* withCommas */.rX)(COUNT_BOUNDS[name][0])} to ${(0,util_text/* withCommas */.rX)(COUNT_BOUNDS[name][1])}`;
    const wholeNumber = (name, meaning = '') => {
        const value = text(name);
        const number = (0,numbers/* parseWholeNumber */.o)(value);
        if (!inBounds(name, number)) {
            errors.push(`${label(name)} must be a whole number ${bounds(name)}${meaning}, got '${value}'`);
            return Number(setting_names/* IMPLIED_DEFAULTS */.yV[name] ?? setting_names/* SETTING_DEFAULTS */.Eg[name]);
        }
        return number;
    };
    const decimal = (name, min, maxExclusive, range) => {
        const value = text(name);
        const number = (0,numbers/* parseDecimal */.$)(value);
        if (number === null || !(number >= min && number < maxExclusive)) {
            errors.push(`${label(name)} must be a number ${range}, got '${value}'`);
            return Number(setting_names/* SETTING_DEFAULTS */.Eg[name]);
        }
        return number;
    };
    const boolean = (name) => {
        const value = text(name);
        if (TRUE_WORDS.includes(value))
            return true;
        if (FALSE_WORDS.includes(value))
            return false;
        errors.push(`${label(name)} must be true or false, got '${value}'`);
        return setting_names/* SETTING_DEFAULTS */.Eg[name] === 'true';
    };
    const parallel = () => {
        const value = text('parallel');
        if (value === 'auto')
            return 'auto';
        const number = (0,numbers/* parseWholeNumber */.o)(value);
        if (!inBounds('parallel', number)) {
            errors.push(`${label('parallel')} must be auto or a whole number ${bounds('parallel')}, got '${value}'`);
            return 'auto';
        }
        return number;
    };
    const backendText = text('backend');
    if (!contracts_settings/* BACKEND_CHOICES */.EV.includes(backendText)) {
        errors.push(`${label('backend')} must be one of ${contracts_settings/* BACKEND_CHOICES */.EV.join(', ')}, got '${backendText}'`);
    }
    const settings = {
        runs: wholeNumber('runs', ' (a comparison needs two runs)'),
        folds: wholeNumber('folds'),
        epochs: wholeNumber('epochs'),
        batchSize: wholeNumber('batch-size'),
        validationSplit: decimal('validation-split', 0, 1, 'from 0 up to (not including) 1, like 0.2'),
        seed: wholeNumber('seed', ' (2^32 − 1 is the largest seed NumPy takes)'),
        samples: wholeNumber('samples', ' (0 means every image)'),
        deterministic: boolean('deterministic'),
        backend: contracts_settings/* BACKEND_CHOICES */.EV.includes(backendText) ? backendText : 'auto',
        threads: wholeNumber('threads'),
        dataset: text('dataset') === '' ? null : text('dataset'),
        tolerance: decimal('tolerance', 0, Infinity, 'of at least 0 (0 means bitwise equal)'),
        failOnMismatch: boolean('fail-on-mismatch'),
        reportDir: text('report-dir') === '' ? null : text('report-dir'),
        parallel: parallel(),
        failFast: boolean('fail-fast'),
        compareNondeterministic: boolean('compare-nondeterministic'),
        diagnose: boolean('diagnose'),
        diagnoseBudgetMinutes: wholeNumber('diagnose-budget-minutes'),
    };
    // The names are checked against the check's own settings before it runs (engine/diagnose.ts diagnoseCandidates).
    const diagnoseVariables = text('diagnose-variables')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '');
    if (diagnoseVariables.length > 0) {
        if (!settings.diagnose)
            errors.push(`${label('diagnose-variables')} applies only with ${label('diagnose')}: turn diagnose on, or leave it out`);
        settings.diagnoseVariables = diagnoseVariables;
    }
    const own = parseOwnTraining(text, label);
    errors.push(...own.errors);
    if (own.model !== null)
        settings.model = own.model;
    if (own.command !== null) {
        settings.command = own.command;
        const given = (name) => (raw[name]?.trim() ?? '') !== '';
        // The command's folds are split over its runs side by side only where `folds` says how many there are.
        if (given('folds'))
            own.command.folds = settings.folds;
        // `framework: none` pins no thread count: the runs go one at a time unless `parallel` says otherwise.
        if (own.command.framework === 'none' && !given('parallel'))
            settings.parallel = 1;
    }
    if (own.timeoutMinutes > 0)
        settings.timeoutMinutes = own.timeoutMinutes;
    // own-training.ts refuses it without a command.
    if (own.command !== null && boolean('negative-control'))
        settings.negativeControl = true;
    const maxParameters = wholeNumber('max-model-parameters');
    if (own.model !== null)
        settings.maxModelParameters = maxParameters;
    else {
        for (const name of (0,applicability/* onlyFor */.Wj)('model')) {
            if (text(name) !== setting_names/* SETTING_DEFAULTS */.Eg[name])
                errors.push(`${label(name)} applies only with ${label('model')}: give the model file too, or leave ${label(name)} out`);
        }
    }
    const libtensorflow = text('libtensorflow');
    if (libtensorflow !== '') {
        if (own.command !== null) {
            errors.push(`${label('libtensorflow')} does not apply with ${label('command')}: the command trains with its own framework; leave ${label('libtensorflow')} out`);
        }
        else if (settings.backend === 'wasm' || settings.backend === 'cpu') {
            errors.push(`${label('libtensorflow')} builds the native backend, which ${label('backend')} ${settings.backend} does not use: use backend tensorflow, tensorflow-gpu or auto, or leave ${label('libtensorflow')} out`);
        }
        else {
            settings.libtensorflow = libtensorflow;
        }
    }
    // Shards (issue #13, part 1).
    // Variations (issue 23): before the shard and across rules, which refuse them.
    const vary = parseVary(text('vary'), raw['fail-on-variation'] ?? '', label('vary'), label('fail-on-variation'));
    errors.push(...vary.errors);
    if (vary.factors.length > 0)
        Object.assign(settings, { vary: vary.factors, failOnVariation: vary.failOnVariation });
    const shard = (0,inputs_shard/* parseShard */.uK)(text('shard'), settings.folds, label);
    if (shard.error !== null)
        errors.push(shard.error);
    if (shard.shard !== null)
        settings.shard = shard.shard;
    errors.push(...(0,inputs_shard/* shardConflicts */.K9)(settings, label));
    errors.push(...parseAcrossRunners(text, label, settings));
    // Drift against a baseline (issue #13, part 3): validated always, kept only with a baseline.
    const artifact = text('baseline-artifact');
    if (/[":<>|*?\\/\r\n]/.test(artifact)) {
        errors.push(`${label('baseline-artifact')} must be an artifact's name, which has none of " : < > | * ? \\ / or line breaks; got '${(0,util_text/* excerpt */.Kb)(artifact)}'`);
    }
    const failOnDrift = boolean('fail-on-drift');
    if (text('baseline') !== '')
        Object.assign(settings, { baseline: text('baseline'), baselineArtifact: artifact, failOnDrift });
    if (text('junit-file') !== '')
        settings.junitFile = text('junit-file');
    if (errors.length === 0 && settings.samples !== 0 && settings.samples < settings.folds) {
        errors.push(`${label('samples')} is ${settings.samples}, fewer than ${label('folds')} (${settings.folds}): every fold needs images; use at least ${settings.folds}, or 0 for all`);
    }
    return errors.length === 0 ? (0,parsed.ok)(settings) : (0,parsed/* fail */.f)(errors.join('\n'));
}
//# sourceMappingURL=settings.js.map

/***/ }),

/***/ 1063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ parseMerge),
/* harmony export */   K9: () => (/* binding */ shardConflicts),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* harmony import */ var _applicability_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8602);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9705);
/* harmony import */ var _setting_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2138);
// The shard inputs (issue #13, part 1): `shard` (i/n: this leg trains shard i of n of the folds)
// and `merge` (the legs' partial reports, merged by a later job). Part of settings.ts's up-front
// validation: each problem is one line naming the input. Pure.



/** `shard` as given ('' for the whole check), checked against `folds`; null: the whole check. */
function parseShard(text, folds, label) {
    if (text === '')
        return { shard: null, error: null };
    const match = /^(\S+)\s*\/\s*(\S+)$/.exec(text);
    const index = match ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWholeNumber */ .o)(match[1]) : null;
    const count = match ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWholeNumber */ .o)(match[2]) : null;
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
function shardConflicts(settings, label) {
    if (!settings.shard)
        return [];
    const errors = [];
    if (settings.command) {
        errors.push(`${label('shard')} does not apply with ${label('command')}: a command trains every fold itself; run it in one job, or shard tf-repro's own training (the default model or ${label('model')})`);
    }
    if (settings.compareNondeterministic) {
        errors.push(`${label('compare-nondeterministic')} does not apply with ${label('shard')}: the cost table compares whole checks with and without the settings; run it in a job of its own, without ${label('shard')}`);
    }
    if (settings.diagnose) {
        errors.push(`${label('diagnose')} does not apply with ${label('shard')}: it finds which settings one runner needs, from trials of its own; run it in a job of its own, without ${label('shard')}`);
    }
    if (settings.vary) {
        errors.push(`${label('vary')} does not apply with ${label('shard')} (not yet): a varied run is compared with a whole control run, which a shard leg does not train; vary in a job of its own, without ${label('shard')}`);
    }
    return errors;
}
/**
 * `merge` as its globs (empty: no merge), and an error for every other setting given a value
 * other than its default: the merged check's settings are the legs' own.
 */
function parseMerge(raw, label) {
    const patterns = splitLines(raw.merge ?? '');
    if (patterns.length === 0)
        return { patterns, errors: [] };
    const given = Object.keys(_setting_names_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTING_DEFAULTS */ .Eg).filter((name) => {
        const value = raw[name]?.trim();
        return !_applicability_js__WEBPACK_IMPORTED_MODULE_0__/* .MERGE_TAKES */ .CI.includes(name) && value !== undefined && value !== '' && value !== _setting_names_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTING_DEFAULTS */ .Eg[name];
    });
    const errors = given.map((name) => name === 'shard'
        ? `${label('shard')} and ${label('merge')} do not go together: a shard leg trains its folds, the merge job (after every leg, with needs:) merges their reports`
        : `${label(name)} does not apply with ${label('merge')}: the merged check has the settings its shards were trained with; leave ${label(name)} out`);
    return { patterns, errors };
}
/** Globs one per line (a comma may be part of a path, so it separates nothing here). */
function splitLines(text) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
//# sourceMappingURL=shard.js.map

/***/ }),

/***/ 5209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QR: () => (/* binding */ crc32),
/* harmony export */   SJ: () => (/* binding */ ZipArchive)
/* harmony export */ });
/* unused harmony exports SMALL_ENTRY_BYTES, findCentralDirectory, parseZip64End, parseCentralDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7499);
// Reading single entries of a zip file (a Python wheel) without unpacking the rest: the central
// directory says where each entry is, so the 15,000 files of a TensorFlow wheel are skipped, not
// read, and a library of 788 MB streams through Node's own inflate into its file with constant
// memory. (fflate's `unzip` holds the whole archive and its output in memory; its streaming
// `Unzip` must read every entry in order. `unzip` and python3 are not on every runner.)






const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const UNSET32 = 0xffffffff;
const UNSET16 = 0xffff;
/**
 * What a small entry read whole (METADATA, top_level.txt, a C header) may inflate to: TensorFlow's
 * largest header has under 200 KB. A wheel whose METADATA inflates to gigabytes is refused at this
 * size, not held in memory.
 */
const SMALL_ENTRY_BYTES = 4 * 1024 * 1024;
/** The end record (22 bytes) plus the longest comment it may carry. */
const LONGEST_END = 22 + 0xffff;
/** Where the central directory is, from the file's last bytes (`tail`, which starts at `tailOffset`). */
function findCentralDirectory(tail, tailOffset) {
    for (let at = tail.length - 22; at >= 0; at--) {
        if (tail.readUInt32LE(at) !== END_OF_DIRECTORY)
            continue;
        if (at + 22 + tail.readUInt16LE(at + 20) !== tail.length)
            continue;
        const entries = tail.readUInt16LE(at + 10);
        const size = tail.readUInt32LE(at + 12);
        const offset = tail.readUInt32LE(at + 16);
        if ((entries === UNSET16 || size === UNSET32 || offset === UNSET32) && at >= 20 && tail.readUInt32LE(at - 20) === ZIP64_LOCATOR) {
            return { zip64At: Number(tail.readBigUInt64LE(at - 20 + 8)) };
        }
        if (tailOffset + at < offset + size)
            return null;
        return { offset, size, entries };
    }
    return null;
}
/** The ZIP64 end record's directory location. */
function parseZip64End(record) {
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_END_OF_DIRECTORY)
        return null;
    return { entries: Number(record.readBigUInt64LE(32)), size: Number(record.readBigUInt64LE(40)), offset: Number(record.readBigUInt64LE(48)) };
}
/** The entries of a central directory. Pure. */
function parseCentralDirectory(directory) {
    const entries = [];
    let at = 0;
    while (at + 46 <= directory.length && directory.readUInt32LE(at) === DIRECTORY_ENTRY) {
        const nameLength = directory.readUInt16LE(at + 28);
        const extraLength = directory.readUInt16LE(at + 30);
        const commentLength = directory.readUInt16LE(at + 32);
        const entry = {
            name: directory.toString('utf8', at + 46, at + 46 + nameLength),
            method: directory.readUInt16LE(at + 10),
            crc32: directory.readUInt32LE(at + 16),
            compressedSize: directory.readUInt32LE(at + 20),
            size: directory.readUInt32LE(at + 24),
            localHeaderOffset: directory.readUInt32LE(at + 42),
        };
        // ZIP64: each field that overflowed 32 bits is in the extra field, in this order.
        const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
        for (let x = 0; x + 4 <= extra.length; x += 4 + extra.readUInt16LE(x + 2)) {
            if (extra.readUInt16LE(x) !== ZIP64_EXTRA)
                continue;
            let field = x + 4;
            const next = () => {
                const value = Number(extra.readBigUInt64LE(field));
                field += 8;
                return value;
            };
            if (entry.size === UNSET32)
                entry.size = next();
            if (entry.compressedSize === UNSET32)
                entry.compressedSize = next();
            if (entry.localHeaderOffset === UNSET32)
                entry.localHeaderOffset = next();
        }
        entries.push(entry);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}
class ZipArchive {
    path;
    file;
    entries;
    constructor(path, file, entries) {
        this.path = path;
        this.file = file;
        this.entries = entries;
    }
    /** Reads the central directory; throws an Error saying why when the file is not a zip. */
    static async open(path) {
        const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
        try {
            const { size } = await file.stat();
            const tailLength = Math.min(size, LONGEST_END);
            const tail = await readAt(file, size - tailLength, tailLength);
            let where = findCentralDirectory(tail, size - tailLength);
            if (where !== null && 'zip64At' in where)
                where = parseZip64End(await readAt(file, where.zip64At, 56));
            if (where === null || where.offset + where.size > size)
                throw new Error('not a zip archive (no central directory at its end)');
            const entries = parseCentralDirectory(await readAt(file, where.offset, where.size));
            return new ZipArchive(path, file, new Map(entries.map((entry) => [entry.name, entry])));
        }
        catch (error) {
            await file.close();
            throw error;
        }
    }
    async close() {
        await this.file.close();
    }
    /** An entry's bytes, for small entries (headers): one larger than `limit` bytes is an Error, before or as it inflates. */
    async read(name, limit = SMALL_ENTRY_BYTES) {
        const entry = this.entries.get(name);
        if (!entry)
            return null;
        this.checkSize(entry, limit);
        const chunks = [];
        await this.stream(entry, (chunk) => void chunks.push(chunk));
        return Buffer.concat(chunks);
    }
    /** Streams an entry into a new file, checking its size and CRC-32 on the way; one larger than `limit` bytes is an Error. */
    async extract(name, destination, limit = Infinity) {
        const entry = this.entries.get(name);
        if (!entry)
            throw new Error(`${name} is not in ${this.path}`);
        this.checkSize(entry, limit);
        const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(destination, { flags: 'wx', mode: 0o755 });
        await this.stream(entry, (chunk) => new Promise((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve()))));
        await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
    }
    checkSize(entry, limit) {
        if (entry.size > limit)
            throw new Error(`${entry.name} in ${this.path} is ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .withCommas */ .rX)(entry.size)} bytes unpacked, more than the ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .withCommas */ .rX)(limit)} such a file may have: the archive is damaged, or a zip bomb`);
    }
    async stream(entry, sink) {
        if (entry.method !== 0 && entry.method !== 8)
            throw new Error(`${entry.name} in ${this.path} uses compression method ${entry.method}, which is not read here`);
        const local = await readAt(this.file, entry.localHeaderOffset, 30);
        if (local.readUInt32LE(0) !== LOCAL_HEADER)
            throw new Error(`${entry.name} in ${this.path}: no local header where the directory says`);
        const dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
        let crc = 0;
        let size = 0;
        const path = this.path;
        const check = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Writable({
            write(chunk, _encoding, done) {
                crc = crc32(chunk, crc);
                size += chunk.length;
                // Stopped as soon as it inflates past what its directory entry says: a zip bomb fills neither memory nor disk.
                if (size > entry.size)
                    return done(new Error(`${entry.name} in ${path} inflates to more than the ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .withCommas */ .rX)(entry.size)} bytes its directory entry says: the archive is damaged, or a zip bomb`));
                Promise.resolve(sink(chunk)).then(() => done(), done);
            },
        });
        if (entry.compressedSize > 0) {
            const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(this.path, { start: dataStart, end: dataStart + entry.compressedSize - 1, highWaterMark: 1 << 20 });
            await (entry.method === 8 ? (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(raw, node_zlib__WEBPACK_IMPORTED_MODULE_4__.createInflateRaw(), check) : (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(raw, check));
        }
        if (size !== entry.size || crc >>> 0 !== entry.crc32)
            throw new Error(`${entry.name} in ${this.path} is damaged (size or CRC-32 differs from its directory entry)`);
    }
}
/** CRC-32 as zip computes it: Node's zlib has it from 20.15 and 22.2. */
function crc32(data, previous = 0) {
    if (typeof node_zlib__WEBPACK_IMPORTED_MODULE_4__.crc32 !== 'function')
        throw new Error(`Node ${process.version} has no zlib.crc32: use Node 20.15 or later`);
    return node_zlib__WEBPACK_IMPORTED_MODULE_4__.crc32(data, previous);
}
async function readAt(file, position, length) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
}
//# sourceMappingURL=zip-archive.js.map

/***/ }),

/***/ 8633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ acrossHeadline),
/* harmony export */   En: () => (/* binding */ acrossGrid),
/* harmony export */   J6: () => (/* binding */ acrossOf),
/* harmony export */   Js: () => (/* binding */ legBackend),
/* harmony export */   YT: () => (/* binding */ gridLegend),
/* harmony export */   gq: () => (/* binding */ acrossNumbers),
/* harmony export */   hV: () => (/* binding */ valuesWhereLegsDiffer),
/* harmony export */   pj: () => (/* binding */ withinWords),
/* harmony export */   wc: () => (/* binding */ foldsLikeFirst)
/* harmony export */ });
/* unused harmony exports groupLetter, NO_RESULT, DIFFERS_WITHIN */
/* harmony import */ var _fold_view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9407);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7499);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5845);
/* harmony import */ var _comparison_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8431);




/** The report's across section; the renderers call this only for an across report. */
function acrossOf(report) {
    if (!report.across)
        throw new Error('not an across report');
    return report.across;
}
/** 'A' for the first group of a fold, …, 'Z', then 'AA', 'AB': legs with the same letter agree. */
function groupLetter(index) {
    const letter = String.fromCharCode(65 + (index % 26));
    return index < 26 ? letter : `${groupLetter(Math.floor(index / 26) - 1)}${letter}`;
}
/** A cell of the grid for a leg without a result in that fold. */
const NO_RESULT = '—';
/** Beside a leg's letter where its own runs differ in that fold. */
const DIFFERS_WITHIN = '*';
/** The legs × folds grid: per fold (in order), per leg (in order), its group's letter, NO_RESULT, and DIFFERS_WITHIN. */
function acrossGrid(across) {
    return across.folds.map((fold) => {
        const cells = across.legs.map(() => NO_RESULT);
        fold.groups.forEach((group, g) => group.forEach((leg) => (cells[leg - 1] = groupLetter(g))));
        for (const leg of fold.differsWithin)
            cells[leg - 1] = `${cells[leg - 1]}${DIFFERS_WITHIN}`;
        return { fold: fold.fold, cells, identical: fold.identical };
    });
}
/** What the grid's letters mean, in one sentence. */
function gridLegend(across) {
    const agree = across.tolerance > 0 ? `metrics within ${across.tolerance} of each other` : 'the same weights and metrics, bitwise';
    return (`In each fold, legs with the same letter gave ${agree}; ${NO_RESULT}: no result; ` +
        `${DIFFERS_WITHIN}: the leg's own runs differ there (its first run is compared).`);
}
const WITHIN_WORDS = { reproducible: 'reproducible', 'not-reproducible': 'not reproducible', error: 'error' };
/** A leg's own verdict in words. */
const withinWords = (verdict) => WITHIN_WORDS[verdict];
/** How many folds a leg agrees with leg 1 in: "2 of 2". */
function foldsLikeFirst(across, leg) {
    const like = across.folds.filter((fold) => fold.groups.some((group) => group.includes(1) && group.includes(leg))).length;
    return `${like} of ${across.folds.length}`;
}
/** The backend a leg trained on, with its version: "wasm 4.22.0"; for a command, "command". */
function legBackend(leg) {
    const env = (0,_comparison_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .trainingFingerprint */ .JG)(leg.environment);
    return env ? `${env.backend} ${env.backendVersion}` : 'command';
}
/** The headline's two verdicts, in words, each with its mark. */
function acrossHeadline(report) {
    const across = acrossOf(report);
    const within = report.verdict === 'reproducible'
        ? '✅ Reproducible within each runner'
        : report.verdict === 'error'
            ? '⚠️ Error in a leg'
            : '❌ Not reproducible within every runner';
    // A difference across is a failure only where the workflow asked for that; else a notice.
    const differs = across.failOnCrossRunnerDifference ? '❌ differs across runners' : '⚠️ differs across runners';
    return { within, across: across.identical ? '✅ identical across runners' : differs };
}
/** The numbers of an across report, as label and value. */
function acrossNumbers(report, time, scientific) {
    const across = acrossOf(report);
    const identical = across.folds.filter((fold) => fold.identical).length;
    return [
        ['legs', `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(across.legs.length, 'leg')}, ${across.legs.filter((leg) => leg.verdict === 'reproducible').length} reproducible within itself`],
        ['folds identical on every leg', `${identical} of ${across.folds.length}`],
        ['variance across legs (mean over folds and metrics)', report.variance === null ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .notMeasuredWords */ .DQ)(report.notMeasured) : scientific(report.variance)],
        ['largest difference across legs', report.maxAbsDiff === null ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .notMeasuredWords */ .DQ)(null) : scientific(report.maxAbsDiff)],
        ["the legs' time, added up", time(report.durationSeconds)],
    ];
}
/**
 * Each leg's value of each metric in the folds where legs differ, among the first `shown` folds:
 * per metric, the folds and per fold a value per leg (fold-view.ts's formatting). Empty where
 * legs agree.
 */
function valuesWhereLegsDiffer(report, shown) {
    const views = (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_3__/* .foldViews */ .M3)(report).slice(0, shown);
    return report.comparison.metricNames.flatMap((metric, m) => {
        const folds = (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_3__/* .foldsWhereRunsDiffer */ ._q)(views, m).map((view) => ({ fold: view.fold, values: view.perRun?.[m] ?? [] }));
        return folds.length === 0 ? [] : [{ metric, folds }];
    });
}
//# sourceMappingURL=across-view.js.map

/***/ }),

/***/ 931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ incompleteReason),
/* harmony export */   F_: () => (/* binding */ checkDifferences),
/* harmony export */   UT: () => (/* binding */ buildAcrossReport),
/* harmony export */   sr: () => (/* binding */ stepVerdict)
/* harmony export */ });
/* unused harmony exports legList, legLabels, legGroups */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _comparison_compare_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4432);
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1760);
/* harmony import */ var _comparison_run_roles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4574);
/* harmony import */ var _comparison_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8431);
/* harmony import */ var _agreement_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6804);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2056);
/* harmony import */ var _inputs_setting_roles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7499);
/* harmony import */ var _inputs_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9166);
// Complete checks of several runners (matrix legs) compared, in two verdicts: reproducible within
// each runner (each leg's own verdict) and identical across them (per fold, which legs agree, by
// weights digest and metrics at the legs' tolerance, grouped as agreement.ts groups runs). Each leg
// is one run of the comparison, the first of its runs that finished the fold, so the comparison is
// compare.ts's own. The legs' environment fingerprints are lined up field by field, the fields
// that differ marked: that is where a cross-runner difference comes from. Pure.










/**
 * What legs must agree on to be compared, by input name: the tf-repro version, then the settings
 * whose SETTING_ROLES row enters `across`. A model file's path is made absolute, and workspaces
 * lie in different places on different runners: its file name counts.
 */
const DECIDING = [
    ['tf-repro version', (leg) => leg.toolVersion],
    ..._inputs_setting_roles_js__WEBPACK_IMPORTED_MODULE_3__/* .ACROSS_SETTINGS */ .a_.map(({ input, field, read }) => [
        input,
        (leg) => {
            const value = read(leg.settings);
            return field === 'model' && typeof value === 'string' ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(value) : value;
        },
    ]),
];
const settingText = (value) => value === undefined || value === null ? 'none' : typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
/**
 * How `leg` differs from `first` in what decides the numbers: "epochs 1 in a/report.json, 2 in
 * b/report.json". Empty: the same check. The backend, threads and the like are the runner's, not
 * the check's: they are what across compares.
 */
function checkDifferences(first, leg) {
    return DECIDING.flatMap(([name, read]) => {
        const [a, b] = [settingText(read(first)), settingText(read(leg))];
        return a === b ? [] : [`${name} ${a} in ${first.file}, ${b} in ${leg.file}`];
    });
}
/** Why a leg's report is not a complete check that across can compare; null where it is one. */
function incompleteReason(leg) {
    const merge = 'merge the shards first and give across the merged report';
    if (leg.isAcross)
        return "is an across report itself: give across the legs' own report.json files";
    if (leg.shard !== null)
        return `is a partial report (shard ${leg.shard}) of a sharded check: ${merge}`;
    const { folds, command, onlyFolds } = leg.settings;
    if (typeof folds !== 'number' && !command) {
        return 'is not the report of a check (it has no settings such as folds: tf-repro compare writes such reports); give the report.json that a check (the action, tf-repro run) wrote in its report-dir';
    }
    if (Array.isArray(onlyFolds))
        return `trained only folds ${onlyFolds.join(', ')}: a partial report; ${merge}`;
    if (typeof folds === 'number' && !command) {
        const controls = (0,_comparison_run_roles_js__WEBPACK_IMPORTED_MODULE_5__/* .controlRuns */ .Ww)(leg.runs);
        const found = new Set(controls.flatMap((run) => run.folds.map((fold) => fold.fold)));
        const cutShort = controls.some((run) => run.status !== 'ok');
        const absent = Array.from({ length: folds }, (_, f) => f).filter((f) => !found.has(f));
        if (!cutShort && absent.length > 0) {
            const listed = absent.length <= 10 ? absent.join(', ') : `${absent.slice(0, 10).join(', ')} and ${absent.length - 10} more`;
            return `holds ${found.size} of its ${folds} folds (no result for fold${absent.length === 1 ? '' : 's'} ${listed}) although no run failed or was stopped: a partial report (one shard of a sharded check?); ${merge}`;
        }
    }
    return null;
}
/** "leg 2", "legs 1, 2", "legs 1–4, 6". */
function legList(legs) {
    return (0,_agreement_js__WEBPACK_IMPORTED_MODULE_6__/* .runList */ .kK)(legs).replace(/^run(s?) /, 'leg$1 ');
}
/**
 * Each leg's name: its label, or the name of the folder its report lies in (actions/download-artifact
 * puts each artifact in a folder of its name), at most MAX_LABEL_LENGTH characters; a name that two
 * legs share gets " (2)", " (3)".
 */
function legLabels(legs) {
    // A label read from a leg's report is user text of any length: cut as the label input is.
    const names = legs.map((leg) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_7__/* .cut */ .Jj)(leg.label ?? ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(leg.file)) || leg.file), _inputs_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_LABEL_LENGTH */ .rn));
    const seen = new Map();
    return names.map((name) => {
        const count = (seen.get(name) ?? 0) + 1;
        seen.set(name, count);
        return count === 1 ? name : `${name} (${count})`;
    });
}
/** A leg as one run: per fold, the first of its control runs that has it. */
function legAsRun(leg, number) {
    const folds = new Map();
    for (const run of (0,_comparison_run_roles_js__WEBPACK_IMPORTED_MODULE_5__/* .controlRuns */ .Ww)(leg.runs))
        for (const fold of run.folds)
            if (!folds.has(fold.fold))
                folds.set(fold.fold, fold);
    return {
        run: number,
        role: 'control',
        status: 'ok',
        error: null,
        startedAt: leg.runs[0]?.startedAt ?? '',
        durationSeconds: leg.durationSeconds,
        folds: [...folds.values()].sort((a, b) => a.fold - b.fold),
        environment: leg.environment,
        warnings: [],
    };
}
/**
 * Which legs agree in one fold: every metric in the same group of groupRunsByValue and, at
 * tolerance 0 where every leg has a digest, the same weights. A leg without a value of some
 * metric is missing.
 */
function legGroups(fold, metricNames, digests, legs, tolerance) {
    const missing = new Set();
    const keys = new Map(legs.map((leg) => [leg, []]));
    const addPartition = (partition) => {
        for (const leg of partition.missing)
            missing.add(leg);
        partition.groups.forEach((group, g) => group.forEach((leg) => keys.get(leg)?.push(String(g))));
    };
    for (const name of metricNames) {
        const metric = (0,_util_records_js__WEBPACK_IMPORTED_MODULE_8__/* .ownValue */ .e)(fold.metrics, name);
        addPartition((0,_agreement_js__WEBPACK_IMPORTED_MODULE_6__/* .groupRunsByValue */ .KW)(metric?.values ?? legs.map(() => null), legs, tolerance));
    }
    if (tolerance === 0 && digests.every((digest) => digest !== null))
        addPartition((0,_agreement_js__WEBPACK_IMPORTED_MODULE_6__/* .groupRunsByText */ .E7)(digests, legs));
    const groups = new Map();
    for (const leg of legs) {
        if (missing.has(leg))
            continue;
        const key = (keys.get(leg) ?? []).join('|');
        groups.set(key, [...(groups.get(key) ?? []), leg]);
    }
    // Map order is first-leg order, since the legs are visited in order.
    return { groups: [...groups.values()], missing: [...missing].sort((a, b) => a - b) };
}
/** The folds where a leg's own runs differ, by the comparison that gave its verdict. */
function foldsDifferingWithin(leg) {
    const participating = (0,_comparison_run_roles_js__WEBPACK_IMPORTED_MODULE_5__/* .controlRuns */ .Ww)(leg.runs).filter((run) => run.folds.length > 0);
    return participating.length < 2 ? new Set() : new Set((0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_9__/* .compareRuns */ .qB)(participating, leg.tolerance).mismatchedFolds);
}
/** The settings the legs share, as the across report shows them: without those of one runner. */
function sharedSettings(settings, tolerance, options, source) {
    const { 
    // Each leg may run a different number of times: the legs' table says how many.
    runs: _runs, backend: _backend, threads: _threads, parallel: _parallel, libtensorflow: _libtensorflow, reportDir: _reportDir, label: _label, failOnMismatch: _fail, source: _source, ...shared } = settings;
    return { ...shared, tolerance, failOnCrossRunnerDifference: options.failOnCrossRunnerDifference, source };
}
const VERDICT_ORDER = { reproducible: 0, 'not-reproducible': 1, error: 2 };
/** "Reproducible within each of the 3 runners", or which legs are not. */
function withinSentence(legs) {
    const named = (verdict) => legs.filter((leg) => leg.verdict === verdict);
    const list = (some) => some.map((leg) => `${leg.leg} ${leg.label}`).join(', ');
    const failed = named('error');
    const differ = named('not-reproducible');
    if (failed.length === 0 && differ.length === 0)
        return `Reproducible within each of the ${legs.length} runners`;
    const parts = [
        ...(differ.length > 0
            ? [`not reproducible within ${differ.length} of the ${legs.length} runners (${differ.length === 1 ? 'leg' : 'legs'} ${list(differ)})`]
            : []),
        ...(failed.length > 0 ? [`${failed.length} of the ${legs.length} legs ended in an error (${failed.length === 1 ? 'leg' : 'legs'} ${list(failed)})`] : []),
    ];
    const sentence = parts.join('; ');
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
/** The summary names this many groups of legs, then counts the rest. */
const MAX_GROUPS_NAMED = 4;
/** How the legs split in the first fold where they differ: "legs 1, 2 | leg 3", missing legs named. */
function splitText(fold) {
    const missing = fold.missing.length > 0 ? [`no result in ${legList(fold.missing)}`] : [];
    if (fold.groups.length > 2 && fold.groups.every((group) => group.length === 1))
        return ['each leg differs', ...missing].join(' | ');
    const named = fold.groups.slice(0, MAX_GROUPS_NAMED).map(legList);
    const more = fold.groups.length - named.length;
    return [...named, ...(more > 0 ? [`${more} more groups`] : []), ...missing].join(' | ');
}
function acrossSentence(across, within) {
    if (across.folds.length === 0)
        return 'across runners, no fold has a result to compare.';
    if (across.identical) {
        return `${within ? 'and' : 'but'} identical across them: every fold's ${across.tolerance > 0 ? `metrics agree within ${across.tolerance}` : 'weights and metrics are the same'} on every leg.`;
    }
    const differing = across.folds.filter((fold) => !fold.identical);
    const first = differing[0];
    const where = `${differing.length} of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(across.folds.length, 'fold')} ${differing.length === 1 ? 'differs' : 'differ'} across runners ` +
        `(fold ${first.fold}: ${splitText(first)})`;
    const cause = across.differingFields.length > 0
        ? `; the fingerprints differ in ${across.differingFields.join(', ')}`
        : '; the fingerprints show no difference, so the cause is something they do not record (CPU flags, a system library, the driver)';
    return `${within ? 'but' : 'and'} not identical across them: ${where}${cause}.`;
}
/**
 * The across report: one run per leg (`runs`), compared by compare.ts (`comparison`, `variance`,
 * `maxAbsDiff`: across legs); `verdict`, the worst of the legs' own verdicts (reproducible within
 * each runner or not); `across`, both verdicts, per fold which legs agree, the fingerprints.
 * `legs` are in the order found, at least two, of one check (engine/across.ts checks both).
 */
function buildAcrossReport(legs, options) {
    const labels = legLabels(legs);
    const numbers = legs.map((_, i) => i + 1);
    const tolerances = [...new Set(legs.map((leg) => leg.tolerance))];
    const tolerance = Math.max(...tolerances);
    const runs = legs.map((leg, i) => legAsRun(leg, i + 1));
    const comparison = (0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_9__/* .compareRuns */ .qB)(runs, tolerance);
    const within = legs.map(foldsDifferingWithin);
    const byIndex = runs.map((run) => (0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_9__/* .foldsByIndex */ .u3)(run.folds));
    const folds = comparison.folds.map((fold) => {
        const digests = byIndex.map((folds) => folds.get(fold.fold)?.weightsSha256 ?? null);
        const { groups, missing } = legGroups(fold, comparison.metricNames, digests, numbers, tolerance);
        return {
            fold: fold.fold,
            groups,
            missing,
            differsWithin: numbers.filter((leg) => within[leg - 1]?.has(fold.fold)),
            identical: groups.length === 1 && missing.length === 0,
        };
    });
    const acrossLegs = legs.map((leg, i) => ({
        leg: i + 1,
        label: labels[i],
        file: leg.file,
        verdict: leg.verdict,
        summary: leg.summary,
        runs: (0,_comparison_run_roles_js__WEBPACK_IMPORTED_MODULE_5__/* .controlRuns */ .Ww)(leg.runs).length,
        folds: typeof leg.settings.folds === 'number' ? leg.settings.folds : new Set((0,_comparison_run_roles_js__WEBPACK_IMPORTED_MODULE_5__/* .controlRuns */ .Ww)(leg.runs).flatMap((run) => run.folds.map((f) => f.fold))).size,
        tolerance: leg.tolerance,
        toolVersion: leg.toolVersion,
        durationSeconds: leg.durationSeconds,
        environment: leg.environment,
        ...(leg.variations ? { variations: leg.variations } : {}),
    }));
    const fingerprint = (0,_comparison_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .lineUpFingerprints */ .x$)(legs.map((leg) => leg.environment));
    const reproducibleWithin = legs.every((leg) => leg.verdict === 'reproducible');
    const across = {
        legs: acrossLegs,
        reproducibleWithin,
        identical: folds.length > 0 && folds.every((fold) => fold.identical),
        tolerance,
        folds,
        fingerprint,
        differingFields: fingerprint.filter((field) => field.differs).map((field) => field.field),
        failOnCrossRunnerDifference: options.failOnCrossRunnerDifference,
    };
    const summary = `${withinSentence(acrossLegs)}, ${acrossSentence(across, reproducibleWithin)}`;
    const verdict = legs.map((leg) => leg.verdict).reduce((worst, v) => (VERDICT_ORDER[v] > VERDICT_ORDER[worst] ? v : worst), 'reproducible');
    const source = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(legs.length, 'leg')}: ${legs.map((leg) => leg.file).join(', ')}`;
    const report = (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .buildReport */ .F)({
        settings: sharedSettings(legs[0]?.settings ?? { source: '' }, tolerance, options, source),
        source,
        runs,
        comparison: { ...comparison, summary },
        durationSeconds: legs.reduce((sum, leg) => sum + leg.durationSeconds, 0),
        errors: legs.flatMap((leg, i) => (leg.verdict === 'error' ? [`leg ${i + 1} (${labels[i]}): ${leg.errors[0] ?? leg.summary}`] : [])),
    });
    return {
        ...report,
        verdict,
        summary,
        // buildReport's notes are about runs of one check; a leg's own are in its report.
        warnings: tolerances.length > 1 ? [`the legs' tolerances differ (${tolerances.join(', ')}): across compares them at the largest, ${tolerance}`] : [],
        divergence: null,
        across,
    };
}
/**
 * The verdict a step acts on: the report's, except that an across report whose legs differ is
 * not reproducible where fail-on-cross-runner-difference makes that a failure (a comment that is
 * `on-failure` is then posted).
 */
function stepVerdict(report) {
    const across = report.across;
    return report.verdict === 'reproducible' && across && !across.identical && across.failOnCrossRunnerDifference ? 'not-reproducible' : report.verdict;
}
//# sourceMappingURL=across.js.map

/***/ }),

/***/ 6804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ groupRunsByText),
/* harmony export */   KW: () => (/* binding */ groupRunsByValue),
/* harmony export */   kK: () => (/* binding */ runList),
/* harmony export */   nG: () => (/* binding */ ALL_AGREE),
/* harmony export */   w6: () => (/* binding */ groupsText)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7499);
// Which runs agree with which: groups of runs that gave the same value (a metric, within the
// report's tolerance) or the same bytes (a weights digest), and how a reader sees them, as in
// "runs 1–4, 6 | run 5 | runs 7–10". Pure.

const byFirstRun = (a, b) => a[0] - b[0];
/**
 * Groups runs by value. Values within `tolerance` of a group's smallest one join it, so each group
 * spans at most the tolerance, which is what the comparison calls a match (0: the same number).
 * NaNs agree with each other (a failure repeated bit for bit is a repeat), never with a number.
 * `runs[i]` names the run that gave `values[i]`.
 */
function groupRunsByValue(values, runs, tolerance) {
    const missing = [];
    const nans = [];
    const present = [];
    values.forEach((value, i) => {
        const run = runs[i];
        if (value === null)
            missing.push(run);
        else if (Number.isNaN(value))
            nans.push(run);
        else
            present.push({ value, run });
    });
    present.sort((a, b) => a.value - b.value || a.run - b.run);
    const groups = [];
    let start = Number.NaN;
    for (const { value, run } of present) {
        // Equal first: Infinity − Infinity is NaN, and an infinity agrees with itself.
        const last = groups.at(-1);
        if (last !== undefined && (value === start || value - start <= tolerance))
            last.push(run);
        else {
            groups.push([run]);
            start = value;
        }
    }
    if (nans.length > 0)
        groups.push(nans);
    for (const group of groups)
        group.sort((a, b) => a - b);
    return { groups: groups.sort(byFirstRun), missing };
}
/** Groups runs by the same text (a digest); null is missing. */
function groupRunsByText(texts, runs) {
    const missing = [];
    const groups = new Map();
    texts.forEach((text, i) => {
        const run = runs[i];
        if (text === null)
            missing.push(run);
        else
            groups.set(text, [...(groups.get(text) ?? []), run]);
    });
    return { groups: [...groups.values()].sort(byFirstRun), missing };
}
/** "run 5", "runs 1, 2", "runs 1–4, 6": runs in order, three or more in a row as a range. */
function runList(runs) {
    const sorted = [...runs].sort((a, b) => a - b);
    const parts = [];
    for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1)
            j++;
        if (j - i >= 2)
            parts.push(`${sorted[i]}–${sorted[j]}`);
        else
            for (let k = i; k <= j; k++)
                parts.push(String(sorted[k]));
        i = j + 1;
    }
    return `${sorted.length === 1 ? 'run' : 'runs'} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listed */ .KE)(parts)}`;
}
const ALL_AGREE = 'all';
/**
 * "all" when every run agrees; "each run differs" when no two of three or more do; else
 * "runs 1–4, 6 | run 5 | missing in run 7".
 */
function groupsText({ groups, missing }) {
    if (groups.length === 1 && missing.length === 0)
        return ALL_AGREE;
    if (groups.length > 2 && missing.length === 0 && groups.every((group) => group.length === 1))
        return 'each run differs';
    return [...groups.map(runList), ...(missing.length > 0 ? [`missing in ${runList(missing)}`] : [])].join(' | ');
}
//# sourceMappingURL=agreement.js.map

/***/ }),

/***/ 2056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport)
/* harmony export */ });
/* unused harmony export gpuFindings */
/* harmony import */ var _contracts_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4127);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8009);
/* harmony import */ var _comparison_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4432);
/* harmony import */ var _comparison_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8431);
/* harmony import */ var _comparison_run_roles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4574);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7499);
// Puts runs and their comparison into the versioned report that every renderer reads.






/** A finding names this many folds, then counts the rest. */
const MAX_FOLDS_NAMED = 10;
/**
 * Folds that differ between runs trained on different GPUs: the GPUs may be the cause. One
 * finding per set of GPUs, naming its folds, however many folds there are.
 */
function gpuFindings(runs, comparison) {
    const byIndex = runs.map((run) => (0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .foldsByIndex */ .u3)(run.folds));
    const foldsPerDevices = new Map();
    for (const fold of comparison.mismatchedFolds) {
        const devices = runs.map((run, i) => ({ run: run.run, device: byIndex[i]?.get(fold)?.device ?? null }));
        const distinct = new Set(devices.map((d) => d.device).filter((d) => d !== null));
        if (distinct.size < 2)
            continue;
        const named = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .listed */ .KE)(devices.filter((d) => d.device).map((d) => `run ${d.run}: ${d.device}`));
        const folds = foldsPerDevices.get(named);
        if (folds)
            folds.push(fold);
        else
            foldsPerDevices.set(named, [fold]);
    }
    return [...foldsPerDevices].map(([named, folds]) => {
        const listed = folds.length <= MAX_FOLDS_NAMED ? folds.join(', ') : `${folds.slice(0, MAX_FOLDS_NAMED).join(', ')} and ${folds.length - MAX_FOLDS_NAMED} more`;
        return (`${folds.length === 1 ? 'fold' : 'folds'} ${listed} ${folds.length === 1 ? 'differs' : 'differ'} between runs that trained on different GPUs (${named}): ` +
            `a difference between GPUs is itself a finding; pin every run to one GPU model to tell it from the code`);
    });
}
function buildReport(parts) {
    const warnings = [...new Set([...(parts.warnings ?? []), ...parts.runs.flatMap((run) => run.warnings)])];
    // The control runs are the check (comparison/run-roles.ts): a varied run may run elsewhere on purpose.
    const controls = (0,_comparison_run_roles_js__WEBPACK_IMPORTED_MODULE_3__/* .controlRuns */ .Ww)(parts.runs);
    const backends = new Set(controls.map((run) => run.environment?.backend).filter(Boolean));
    warnings.push(...gpuFindings(parts.runs, parts.comparison));
    if (backends.size > 1)
        warnings.push(`runs trained on different backends (${[...backends].join(', ')}): their numbers are not expected to agree`);
    const errors = [...(parts.errors ?? []), ...parts.runs.flatMap((run) => (run.error ? [run.error] : []))];
    return {
        schemaVersion: _contracts_report_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_SCHEMA_VERSION */ .W,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_VERSION */ .w },
        createdAt: new Date().toISOString(),
        verdict: parts.comparison.verdict,
        summary: parts.comparison.summary,
        variance: parts.comparison.variance,
        maxAbsDiff: parts.comparison.maxAbsDiff,
        notMeasured: parts.comparison.notMeasured,
        durationSeconds: parts.durationSeconds,
        settings: { ...parts.settings, source: parts.source },
        comparison: parts.comparison,
        runs: parts.runs,
        environment: reportEnvironment(controls.find((run) => run.environment)),
        warnings,
        errors,
    };
}
/**
 * report.json's environment: the run's fingerprint and, for a command of several processes, its
 * `distributed` record, which the fingerprint's table, merge and `across` compare like any field.
 */
function reportEnvironment(run) {
    const environment = run?.environment ?? null;
    if (environment === null || (0,_comparison_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .trainingFingerprint */ .JG)(environment) !== null || !run?.distributed)
        return environment;
    return { ...environment, distributed: run.distributed };
}
//# sourceMappingURL=build.js.map

/***/ }),

/***/ 2315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ driftSentence),
/* harmony export */   No: () => (/* binding */ driftRows),
/* harmony export */   fZ: () => (/* binding */ driftMarkdown),
/* harmony export */   hI: () => (/* binding */ signedDelta),
/* harmony export */   mN: () => (/* binding */ driftDetails),
/* harmony export */   oE: () => (/* binding */ COMMENT_DRIFT_ROWS),
/* harmony export */   vV: () => (/* binding */ SUMMARY_DRIFT_ROWS)
/* harmony export */ });
/* unused harmony exports driftTitle, sourceWords, driftFinding */
/* harmony import */ var _comparison_drift_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(836);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5845);
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1669);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7499);




/** User text in the drift section (a path, a reason, a setting's value, a metric's name) is cut to this many characters. */
const TEXT_CHARS = 300;
const METRIC_NAME_CHARS = 60;
/** Folds named in a sentence, then counted. */
const FOLDS_NAMED = 10;
/** Rows of moved metrics in the comment; the summary and the CLI show more (report.json has all). */
const COMMENT_DRIFT_ROWS = 30;
const SUMMARY_DRIFT_ROWS = 300;
const STATUS_WORD = { unchanged: 'Unchanged', changed: 'Changed', unavailable: 'No baseline' };
const STATUS_MARK = { unchanged: '✅', changed: '⚠️', unavailable: 'ℹ️' };
/** "Drift against main", or "Drift against the baseline" for a file. */
function driftTitle(drift) {
    return drift.source.kind === 'run' && drift.source.branch ? `Drift against ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(drift.source.branch, TEXT_CHARS)}` : 'Drift against the baseline';
}
/** What follows "run N": " on main at 0123456789ab (artifact tf-repro-report)". */
function runWords(source) {
    const commit = source.commit ? ` at ${source.commit.slice(0, 12)}` : '';
    return ` on ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(source.branch ?? 'the default branch', TEXT_CHARS)}${commit} (artifact ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(source.artifact, TEXT_CHARS)})`;
}
/** Where the baseline came from, in words. */
function sourceWords(source) {
    if (source.kind === 'file')
        return `the report ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(source.path, TEXT_CHARS)}`;
    return source.runId === null ? `the newest successful run${runWords({ ...source, commit: null })}` : `run ${source.runId}${runWords(source)}`;
}
function foldList(folds) {
    const named = folds.slice(0, FOLDS_NAMED).join(', ');
    return `${folds.length === 1 ? 'fold' : 'folds'} ${named}${folds.length > FOLDS_NAMED ? ` and ${folds.length - FOLDS_NAMED} more` : ''}`;
}
/** +3.5e-2, -1e-7; 0; NaN; — where a side lacks the metric. */
function signedDelta(delta) {
    if (delta === null)
        return '—';
    if (Number.isNaN(delta))
        return 'NaN';
    if (!Number.isFinite(delta))
        return delta > 0 ? '+Infinity' : '-Infinity';
    if (delta === 0)
        return '0';
    const text = Number(delta.toPrecision(2)).toExponential();
    return delta > 0 ? `+${text}` : text;
}
/**
 * What the drift found, without its status: "2 folds compared, every metric bitwise equal, and so
 * are the final weights"; "1 of 2 folds changed; most: accuracy of fold 0, -1.2e-1; the final
 * weights changed"; or why there is no baseline.
 */
function driftFinding(drift) {
    switch (drift.status) {
        case 'unavailable':
            return (0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(drift.reason ?? 'unknown', TEXT_CHARS * 3);
        case 'unchanged': {
            const equal = drift.tolerance === 0 ? 'bitwise equal' : `within ${drift.tolerance}`;
            const weights = drift.weightsChanged === null
                ? ' (no weight digests to compare)'
                : drift.tolerance === 0
                    ? ', and so are the final weights'
                    : drift.weightsChanged
                        ? '; the final weights differ'
                        : ', and the final weights are equal';
            return `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .withCommas */ .rX)(drift.comparedFolds)} ${drift.comparedFolds === 1 ? 'fold' : 'folds'} compared, every metric ${equal}${weights}`;
        }
        case 'changed': {
            const largest = drift.largest
                ? `; most: ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(drift.largest.metric, METRIC_NAME_CHARS)} of fold ${drift.largest.fold}, ${signedDelta(drift.largest.delta)}`
                : '';
            const weights = drift.weightsChanged === null
                ? 'no weight digests to compare'
                : drift.weightsChanged
                    ? 'the final weights changed'
                    : 'the final weights did not change';
            return `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .withCommas */ .rX)(drift.changedFolds.length)} of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .withCommas */ .rX)(drift.comparedFolds)} ${drift.comparedFolds === 1 ? 'fold' : 'folds'} changed${largest}; ${weights}`;
        }
    }
}
/** The drift in one line: what a notice, the CLI and the action's log say. "Drift against main: unchanged; 2 folds compared, …". */
function driftSentence(drift) {
    const lead = drift.status === 'unavailable' ? 'no baseline; ' : drift.status === 'unchanged' ? 'unchanged; ' : '';
    return `${driftTitle(drift)}: ${lead}${driftFinding(drift)}.`;
}
/**
 * The lines under the headline: where the baseline came from, the settings that differ, what was
 * not compared, the notes. `escape` makes user text inert; `source` is the baseline's origin as
 * the caller renders it (a link in markdown).
 */
function driftDetails(drift, escape = (text) => text, source = escape(sourceWords(drift.source))) {
    const baseline = drift.baseline;
    const written = baseline?.createdAt ? `, written ${baseline.createdAt}${baseline.toolVersion ? ` by tf-repro ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(baseline.toolVersion, 40)}` : ''}` : '';
    const lines = [`Baseline: ${source}${escape(written)}.`];
    if (drift.settingsDiffer.length > 0) {
        const differences = drift.settingsDiffer.map((d) => `${d.name} ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(d.baseline, TEXT_CHARS)} → ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(d.current, TEXT_CHARS)}`).join(', ');
        lines.push(escape(`The settings differ from the baseline's (${differences}): its numbers are expected to differ, and the folds are compared anyway.`));
    }
    const notCompared = [
        ...(drift.onlyInBaseline.length > 0 ? [`${foldList(drift.onlyInBaseline)} only in the baseline`] : []),
        ...(drift.onlyInCurrent.length > 0 ? [`${foldList(drift.onlyInCurrent)} only in this check`] : []),
    ];
    if (notCompared.length > 0)
        lines.push(escape(`Not compared: ${notCompared.join('; ')}.`));
    lines.push(...drift.notes.map((note) => escape(`Note: ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(note, TEXT_CHARS)}.`)));
    return lines;
}
/** A row per metric that moved beyond tolerance (or that one side lacks), and per fold whose weights changed: the first `limit`, and how many there are. */
function driftRows(drift, limit) {
    const rows = [];
    let total = 0;
    for (const fold of drift.changedFolds) {
        for (const [name, metric] of Object.entries(fold.metrics)) {
            if (!(0,_comparison_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .metricMoved */ .a_)(metric, drift.tolerance))
                continue;
            total++;
            if (rows.length >= limit)
                continue;
            const format = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .distinguishingFormat */ .Xp)([metric.baseline, metric.current]);
            rows.push({
                fold: fold.fold,
                metric: (0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(name, METRIC_NAME_CHARS),
                baseline: format(metric.baseline),
                current: format(metric.current),
                delta: signedDelta(metric.delta),
            });
        }
        if (fold.weightsChanged) {
            total++;
            if (rows.length < limit)
                rows.push({ fold: fold.fold, metric: null, baseline: 'changed', current: '', delta: '' });
        }
    }
    return { rows, total };
}
/** A run's link in markdown: its text escaped, its address (the API's html_url) without anything that ends the link. */
const markdownLink = (text, url) => `[${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(text)}](${encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
/** The baseline's origin in markdown, the run a link to it. */
function sourceMarkdown(source) {
    if (source.kind !== 'run' || source.runId === null || source.url === null)
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(sourceWords(source));
    return `${markdownLink(`run ${source.runId}`, source.url)}${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(runWords(source))}`;
}
/** The drift section of the job summary or the comment: heading, headline, details, and the moved metrics' table (at most `maxRows` rows). */
function driftMarkdown(drift, heading, maxRows) {
    const { rows, total } = driftRows(drift, maxRows);
    const more = total - rows.length;
    const table = rows.length === 0
        ? []
        : [
            (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['fold', 'metric', 'baseline', 'this check', 'change'], rows.map((row) => [String(row.fold), row.metric === null ? '_weights_' : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(row.metric), row.baseline, row.current, row.delta])),
            ...(more > 0 ? [`_${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(more, 'more row')} in report.json (\`drift.changedFolds\`)._`] : []),
        ];
    return [
        `${heading} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(driftTitle(drift))}`,
        `${STATUS_MARK[drift.status]} **${STATUS_WORD[drift.status]}:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(driftFinding(drift))}.`,
        driftDetails(drift, _format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic, sourceMarkdown(drift.source))
            .map((line) => `- ${line}`)
            .join('\n'),
        ...table,
    ];
}
//# sourceMappingURL=drift.js.map

/***/ }),

/***/ 6508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uq: () => (/* binding */ REPORT_FILE),
/* harmony export */   t4: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* unused harmony exports RESULTS_FILE, SUMMARY_FILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _comparison_experiment_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8654);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4784);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6923);
/* harmony import */ var _util_user_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1025);
// Writes a report where the user asked: JSON (versioned), the experiment's text format, markdown.
// Each file goes to a temporary name first and all are renamed into place once all are written
// (util/user-files.ts writeFilesReplacing): a full disk leaves the earlier report as it was.






const REPORT_FILE = 'report.json';
const RESULTS_FILE = 'results.txt';
const SUMMARY_FILE = 'summary.md';
/** Returns the JSON report's absolute path. */
async function writeReportFiles(report, directory) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const withFolds = report.runs.filter((run) => run.folds.length > 0);
    // The experiment's format has loss and accuracy only: a command's other metrics have no place in it.
    const fits = withFolds.every((run) => run.folds.every((fold) => fold.metrics.loss !== undefined && fold.metrics.accuracy !== undefined));
    // An across report's runs are the legs' first runs: each leg's own results.txt has its runs.
    const results = fits && !report.across ? withFolds.map((run) => (0,_comparison_experiment_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatExperimentRun */ .k_)(new Date(run.startedAt), run.folds)).join('') : null;
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, REPORT_FILE);
    const files = new Map([
        [reportPath, (0,_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .reportJson */ .l)(report)],
        [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, SUMMARY_FILE), (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSummaryMarkdown */ .i$)(report)],
    ]);
    if (results !== null)
        files.set((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, RESULTS_FILE), results);
    await (0,_util_user_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFilesReplacing */ .i7)(files);
    // An earlier check's results.txt would not be this report's.
    if (results === null)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, RESULTS_FILE), { force: true });
    return reportPath;
}
//# sourceMappingURL=files.js.map

/***/ }),

/***/ 5636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ budgetSentence),
/* harmony export */   Dh: () => (/* binding */ costRows),
/* harmony export */   GH: () => (/* binding */ variableDetailTitle),
/* harmony export */   NB: () => (/* binding */ diagnosisRows),
/* harmony export */   Of: () => (/* binding */ DIAGNOSIS_HEADER),
/* harmony export */   P9: () => (/* binding */ findingsLine),
/* harmony export */   PT: () => (/* binding */ workSentence),
/* harmony export */   S$: () => (/* binding */ noDivergenceLine),
/* harmony export */   Ss: () => (/* binding */ lossLead),
/* harmony export */   T6: () => (/* binding */ summaryBesideLead),
/* harmony export */   U6: () => (/* binding */ divergenceSentence),
/* harmony export */   Ue: () => (/* binding */ variableDetailRest),
/* harmony export */   Wu: () => (/* binding */ fastestSentence),
/* harmony export */   XV: () => (/* binding */ divergenceLead),
/* harmony export */   YV: () => (/* binding */ costCase),
/* harmony export */   aR: () => (/* binding */ LOSS_HEADER),
/* harmony export */   cx: () => (/* binding */ overheadSentence),
/* harmony export */   m7: () => (/* binding */ lossCurves),
/* harmony export */   qG: () => (/* binding */ COST_HEADER),
/* harmony export */   rW: () => (/* binding */ costDivergences),
/* harmony export */   tc: () => (/* binding */ unpinnedTrialSentence),
/* harmony export */   u0: () => (/* binding */ variableDetail),
/* harmony export */   xH: () => (/* binding */ lossRows)
/* harmony export */ });
/* unused harmony exports asSentence, narrowingSentence, MAX_LOSS_RUNS, overheadRatio, FINDING_WORDS */
/* harmony import */ var _comparison_compare_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4432);
/* harmony import */ var _comparison_cost_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(682);
/* harmony import */ var _comparison_divergence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7561);
/* harmony import */ var _comparison_run_roles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4574);
/* harmony import */ var _agreement_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6804);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5845);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7499);







/** `text` as a sentence: its first letter capitalised, a full stop at its end. */
function asSentence(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return trimmed;
    const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
    return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
/** "Runs 1 and 2 part at fold 0, epoch 2, batch 37; first in conv2d_1/kernel." */
function divergenceSentence(divergence) {
    return asSentence((0,_comparison_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDivergence */ .SB)(divergence));
}
/** How the per-batch re-train went, in one sentence; null where no narrowing applied. */
function narrowingSentence(divergence) {
    const narrowing = divergence.narrowing;
    if (!narrowing)
        return null;
    const retrain = `fold ${divergence.fold} re-trained in two fresh processes with a digest after every batch`;
    const lead = {
        found: divergence.batch === null ? `Narrowed down: ${retrain}` : `Narrowed to batch ${divergence.batch}: ${retrain}`,
        agreed: `Not narrowed to a batch: ${retrain} did not part, so the cause is rarer than one fold`,
        skipped: 'Not narrowed to a batch',
        failed: 'Narrowing to a batch failed',
    }[narrowing.status];
    const time = narrowing.seconds > 0 ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(narrowing.seconds)})` : '';
    const detail = narrowing.detail.trim();
    return asSentence(`${lead}${time}${detail === '' ? '' : `: ${detail}`}`);
}
/** "6%" of the planned work; "<1%" for a little more than none. */
function percent(part, whole) {
    const share = (100 * part) / whole;
    return share > 0 && share < 1 ? '<1%' : `${Math.round(share)}%`;
}
/**
 * "Fail-fast stopped the check at the first divergence: 12 of 200 fold-epochs trained (6%)." Null
 * where all the planned work ran, unless `always`, which then says so.
 */
function workSentence(work, always = false) {
    if (!work || work.plannedEpochs <= 0)
        return null;
    const share = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .withCommas */ .rX)(work.trainedEpochs)} of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .withCommas */ .rX)(work.plannedEpochs)} fold-epochs trained (${percent(work.trainedEpochs, work.plannedEpochs)})`;
    if (work.stoppedEarly)
        return `Fail-fast stopped the check at the first divergence: ${share}.`;
    return always ? `All the planned work ran: ${share}.` : null;
}
/** The divergence, then how it was narrowed, then the work skipped: what leads every rendering. */
function divergenceLead(report) {
    const { divergence } = report;
    if (!divergence)
        return [];
    return [divergenceSentence(divergence), narrowingSentence(divergence), workSentence(report.work)].filter((line) => line !== null);
}
/**
 * The verdict's sentence as shown beside divergenceLead, which already says where the runs part:
 * the summary with that clause taken out, so that the sentence is read once. "Not reproducible:
 * runs 1 and 2 part at fold 1, epoch 2; fail-fast then stopped run 2, …" becomes "Not
 * reproducible: fail-fast then stopped run 2, …"; null where nothing else is left to say. The
 * summary as it is (report.json, the step's message) keeps the whole sentence.
 */
function summaryBesideLead(report) {
    const { divergence, summary } = report;
    if (!divergence)
        return summary;
    // The summary was written before narrowing, which may add to the description.
    const { narrowing: _narrowing, ...unnarrowed } = divergence;
    for (const described of new Set([(0,_comparison_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDivergence */ .SB)(divergence), (0,_comparison_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDivergence */ .SB)(unnarrowed)])) {
        if (summary.endsWith(`: ${described}.`) && summary.indexOf(':') === summary.length - described.length - 3)
            return null;
        if (summary.includes(`: ${described}; `))
            return summary.replace(`: ${described}; `, ': ');
        if (summary.includes(`; ${described}`))
            return summary.replace(`; ${described}`, '');
        if (summary.includes(` but ${described}`))
            return summary.replace(` but ${described}`, ' but the runs part');
    }
    return summary;
}
/** Where a report without a divergence says why; one line. */
function noDivergenceLine(report) {
    if (report.verdict === 'reproducible')
        return 'no divergence: the runs agree';
    if (report.verdict === 'error')
        return 'no divergence located: the check ended in an error';
    return 'no divergence located: the report does not say where the runs part (no run was traced)';
}
/** Where in a fold a divergence is: "epoch 2, batch 37", "initialisation", "the end of epoch 2". */
function checkpointName(epoch, batch) {
    if (epoch === 0)
        return 'initialisation';
    return batch === null ? `the end of epoch ${epoch}` : `epoch ${epoch}, batch ${batch}`;
}
/** "Which runs agree on each variable at fold 0, the end of epoch 3 (3 runs traced there)". */
function variableDetailTitle(detail) {
    return `Which runs agree on each variable at ${detail.where} (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(detail.runs, 'run')} traced there)`;
}
/** "the other 4 variables: the same in every run"; null where every variable differs. */
function variableDetailRest(detail) {
    if (detail.agreeing === 0)
        return null;
    return `${detail.differing.length > 0 ? `the other ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(detail.agreeing, 'variable')}` : `all ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(detail.agreeing, 'variable')}`}: the same in every run`;
}
/**
 * Per variable, which runs agree at the divergence, from the runs' traces: the checkpoint itself
 * where the runs recorded it, else the end of its epoch (a batch found by the re-train is not in
 * the runs' own traces). Null where no run has such a checkpoint.
 */
function variableDetail(report) {
    const divergence = report.divergence;
    if (!divergence || divergence.epoch === null)
        return null;
    const { fold, epoch, batch } = divergence;
    const at = (b) => (0,_comparison_run_roles_js__WEBPACK_IMPORTED_MODULE_3__/* .controlRuns */ .Ww)(report.runs).map((run) => ({
        run: run.run,
        checkpoint: run.trace?.find((c) => c.fold === fold && c.epoch === epoch && c.batch === b) ?? null,
    }));
    let found = at(batch);
    let foundBatch = batch;
    if (batch !== null && found.every((entry) => entry.checkpoint === null)) {
        found = at(null);
        foundBatch = null;
    }
    const present = found.filter((entry) => entry.checkpoint !== null);
    if (present.length === 0)
        return null;
    const names = [...new Set(present.flatMap((entry) => Object.keys(entry.checkpoint.digests)))];
    const runs = present.map((entry) => entry.run);
    const differing = [];
    let agreeing = 0;
    for (const name of names) {
        const groups = (0,_agreement_js__WEBPACK_IMPORTED_MODULE_4__/* .groupRunsByText */ .E7)(present.map((entry) => entry.checkpoint.digests[name] ?? null), runs);
        if (groups.groups.length === 1 && groups.missing.length === 0)
            agreeing++;
        else
            differing.push({ variable: name, agreement: (0,_agreement_js__WEBPACK_IMPORTED_MODULE_4__/* .groupsText */ .w6)(groups) });
    }
    return { where: `fold ${fold}, ${checkpointName(epoch, foundBatch)}`, runs: present.length, differing, agreeing };
}
/** At most this many runs' lines in a chart of the validation loss: more would be a tangle. */
const MAX_LOSS_RUNS = 6;
/** A run's validation losses in `fold`, epoch 1 onwards, up to the first epoch without a finite one. */
function lossesOf(trace, fold) {
    const byEpoch = new Map();
    for (const checkpoint of trace) {
        if (checkpoint.fold === fold && checkpoint.batch === null && checkpoint.epoch >= 1 && typeof checkpoint.valLoss === 'number') {
            byEpoch.set(checkpoint.epoch, checkpoint.valLoss);
        }
    }
    const values = [];
    for (let epoch = 1; Number.isFinite(byEpoch.get(epoch)); epoch++)
        values.push(byEpoch.get(epoch));
    return values;
}
/**
 * The validation loss of the fold where the runs part, per run: the two runs that part first,
 * then the others in order, at most MAX_LOSS_RUNS, over the epochs all of them reached. Null where
 * there is nothing to draw: no divergence, fewer than two runs with a loss or fewer than two epochs.
 */
function lossCurves(report) {
    const divergence = report.divergence;
    if (!divergence)
        return null;
    const [a, b] = divergence.runs;
    const rank = (run) => (run === a ? 0 : run === b ? 1 : 2);
    const ordered = (0,_comparison_run_roles_js__WEBPACK_IMPORTED_MODULE_3__/* .controlRuns */ .Ww)(report.runs).sort((x, y) => rank(x.run) - rank(y.run) || x.run - y.run);
    const withLoss = ordered
        .map((run) => ({ run: run.run, values: run.trace ? lossesOf(run.trace, divergence.fold) : [] }))
        .filter((entry) => entry.values.length >= 2);
    const series = withLoss.slice(0, MAX_LOSS_RUNS);
    if (series.length < 2)
        return null;
    const epochs = Math.min(...series.map((entry) => entry.values.length));
    return {
        fold: divergence.fold,
        epochs,
        series: series.map((entry) => ({ run: entry.run, values: entry.values.slice(0, epochs) })).sort((x, y) => x.run - y.run),
        runsWithLoss: withLoss.length,
    };
}
const LOSS_HEADER = (curves) => ['epoch', ...curves.series.map((entry) => `run ${entry.run}`), 'runs that agree'];
/** A row per epoch: each run's loss with the digits that tell them apart, and which runs agree. */
function lossRows(curves) {
    const runs = curves.series.map((entry) => entry.run);
    return Array.from({ length: curves.epochs }, (_, e) => {
        const values = curves.series.map((entry) => entry.values[e]);
        const format = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .distinguishingFormat */ .Xp)(values);
        return [String(e + 1), ...values.map(format), (0,_agreement_js__WEBPACK_IMPORTED_MODULE_4__/* .groupsText */ .w6)((0,_agreement_js__WEBPACK_IMPORTED_MODULE_4__/* .groupRunsByValue */ .KW)(values, runs, 0))];
    });
}
/** What the chart of the loss shows, in one line. */
function lossLead(curves) {
    const drawn = curves.series.length < curves.runsWithLoss ? ` (${curves.series.length} of the ${curves.runsWithLoss} runs with a loss)` : '';
    return `Each run's validation loss at the end of each epoch of fold ${curves.fold}, where the runs part${drawn}: the lines lie on top of each other until they split.`;
}
const VERDICT_WORDS = { reproducible: 'reproducible', 'not-reproducible': 'not reproducible', error: 'error' };
const COST_HEADER = ['', 'runs', 'verdict', 'variance', 'largest difference', 'time per run'];
function costRow(label, side) {
    return [label, String(side.runs), VERDICT_WORDS[side.verdict], (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .measured */ .jh)(side.variance), (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .measured */ .jh)(side.maxAbsDiff), (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(side.secondsPerRun)];
}
/** The experiment's table: "with settings" and "without", side by side. */
function costRows(cost) {
    return [costRow('with settings', cost.with), costRow('without', cost.without)];
}
/** "1.26×": the time per run with the settings over without. */
function overheadRatio(cost) {
    return cost.overhead === null || !Number.isFinite(cost.overhead) ? null : `${cost.overhead.toFixed(2)}×`;
}
function overheadSentence(cost) {
    const ratio = overheadRatio(cost);
    return ratio === null
        ? 'Overhead: not known (a side took no measurable time).'
        : `Overhead: ${ratio} (the time per run with the settings over the time without them${cost.overhead < 1 ? ': the runs with the settings were faster' : ''}).`;
}
const COST_CASE_WORDS = {
    'needed-and-sufficient': 'Needed and sufficient',
    'needed-to-pin': 'Needed to pin the numbers',
    'not-needed': 'Not needed here',
    'not-sufficient': 'Not sufficient',
    inconclusive: 'Inconclusive',
};
/** Which of the four cases, and the engine's sentence why: [the case, the explanation]. */
function costCase(cost) {
    return [COST_CASE_WORDS[cost.case], asSentence(cost.explanation)];
}
/** Where the runs of each side part, where they do. */
function costDivergences(cost) {
    const sides = [
        ['with the settings', cost.with],
        ['without the settings', cost.without],
    ];
    const parts = sides.flatMap(([label, side]) => (side.divergence ? [asSentence(`${label}, ${(0,_comparison_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDivergence */ .SB)(side.divergence)}`)] : []));
    // Whether the two sides gave the same numbers (reports before it do not say).
    if (cost.sameNumbers === true)
        parts.push('With and without the settings the numbers are the same.');
    if (cost.sameNumbers === false && cost.case !== 'needed-to-pin')
        parts.push(asSentence(`With and without the settings the numbers differ${cost.numbersDelta ? ` (${(0,_comparison_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .numbersDeltaWords */ .Of)(cost.numbersDelta)})` : ''}`));
    return parts;
}
const DIAGNOSIS_HEADER = ['setting', 'kind', 'finding', 'time', 'where the runs part, or why not'];
const KIND_WORDS = { variable: 'variable', threads: 'threads', seeding: 'seeding' };
const FINDING_WORDS = {
    necessary: 'necessary',
    'pins-numbers': 'needed to pin the numbers',
    'not-needed': 'not needed here',
    'not-tried': 'not tried',
    failed: 'failed',
};
/** A row per setting: name, kind, finding, the trial's time, and where its runs part (or why it was not tried). */
function diagnosisRows(diagnosis) {
    return diagnosis.settings.map((setting) => [
        setting.name,
        KIND_WORDS[setting.kind],
        FINDING_WORDS[setting.finding],
        setting.seconds === null ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(setting.seconds),
        setting.finding === 'necessary' && setting.divergence
            ? (0,_comparison_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDivergence */ .SB)(setting.divergence)
            : setting.finding === 'pins-numbers'
                ? pinsWords(setting.delta ?? null)
                : setting.detail,
    ]);
}
/** For a setting that pins the numbers: "the runs agree, on other numbers (Δ +1e-2: loss of fold 0, 0.29427 with every setting on, 0.30461 with it off)". */
function pinsWords(delta) {
    if (delta === null)
        return 'the runs agree, but on other numbers than with every setting on';
    const change = delta.control === null || delta.other === null ? '' : `Δ ${(0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDiff */ .Vs)(delta.other - delta.control)}: `;
    return `the runs agree, but on other numbers (${change}${(0,_comparison_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .numbersDeltaWords */ .Of)(delta, 'with every setting on', 'with it off')})`;
}
/** "a", "a and b", "a, b and c". */
function listed(names) {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
/** What each trial ran, and what happened in the unpinned trial (every setting off): two sentences. */
function unpinnedTrialSentence(diagnosis) {
    const unpinned = diagnosis.baseline;
    const time = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(unpinned.seconds);
    const outcome = unpinned.divergence !== null
        ? `${(0,_comparison_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDivergence */ .SB)(unpinned.divergence)} (${time})`
        : unpinned.verdict === 'error'
            ? `the trial failed (${time})`
            : unpinned.verdict === 'reproducible' && unpinned.sameNumbers === false
                ? `the runs still agree with each other (${time}), but on other numbers than with every setting on${unpinned.delta ? ` (${(0,_comparison_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .numbersDeltaWords */ .Of)(unpinned.delta, 'with', 'without')})` : ''}`
                : unpinned.verdict === 'reproducible'
                    ? `the runs still agree (${time}), so no setting is needed on this runner`
                    : `the runs part (${time})`;
    return `${asSentence(`each trial: ${diagnosis.configuration}`)} ${asSentence(`with every setting off, ${outcome}`)}`;
}
/** The fastest configuration that still reproduces, with its time against all settings on; null where none was measured. */
function fastestSentence(diagnosis) {
    const fastest = diagnosis.fastest;
    if (fastest === null)
        return null;
    const allOn = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(fastest.allOnSeconds);
    if (fastest.off.length === 0)
        return `The fastest configuration that reproduces has every setting on (${allOn}).`;
    const off = listed(fastest.off);
    if (!fastest.reproducible) {
        return `With ${off} off together the runs part (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(fastest.seconds)}), though none of them alone was needed: keep every setting on (${allOn}).`;
    }
    const ratio = fastest.allOnSeconds > 0 ? ` (${(fastest.seconds / fastest.allOnSeconds).toFixed(2)}×)` : '';
    return `Fastest configuration that still reproduces: every setting on but ${off}, in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(fastest.seconds)} against ${allOn} with all of them on${ratio}.`;
}
function budgetSentence(diagnosis) {
    return `Budget: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(diagnosis.spentSeconds)} used of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(diagnosis.budgetMinutes, 'minute')}.`;
}
/** The settings by finding, in a line: "Necessary here: PYTHONHASHSEED. Not needed here: 6. Not tried: 2." */
function findingsLine(diagnosis) {
    const named = (finding) => diagnosis.settings.filter((setting) => setting.finding === finding).map((setting) => setting.name);
    const necessary = named('necessary');
    const pins = named('pins-numbers');
    const parts = [necessary.length > 0 ? `Necessary here: ${necessary.join(', ')}.` : 'None is necessary here.'];
    if (pins.length > 0)
        parts.push(`Needed to pin the numbers: ${pins.join(', ')}.`);
    for (const finding of ['not-needed', 'not-tried', 'failed']) {
        const count = named(finding).length;
        if (count > 0)
            parts.push(`${asSentence(FINDING_WORDS[finding]).slice(0, -1)}: ${count}.`);
    }
    return parts.join(' ');
}
//# sourceMappingURL=findings.js.map

/***/ }),

/***/ 9407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M3: () => (/* binding */ foldViews),
/* harmony export */   VN: () => (/* binding */ chunks),
/* harmony export */   _q: () => (/* binding */ foldsWhereRunsDiffer)
/* harmony export */ });
/* harmony import */ var _comparison_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4432);
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1760);
/* harmony import */ var _agreement_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6804);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5845);




/** The weights' row; none where some run has no digest (a command, a results file). */
function weightsRow(fold, digests, runs, tolerance) {
    if (fold.weightsIdentical === null)
        return null;
    return {
        metric: null,
        value: fold.weightsIdentical ? 'identical' : 'differ',
        maxAbsDiff: '',
        variance: '',
        agreement: (0,_agreement_js__WEBPACK_IMPORTED_MODULE_0__/* .groupsText */ .w6)((0,_agreement_js__WEBPACK_IMPORTED_MODULE_0__/* .groupRunsByText */ .E7)(digests, runs)),
        mark: fold.weightsIdentical ? 'match' : tolerance > 0 ? 'note' : 'mismatch',
    };
}
const sameValues = (values) => values.every((v) => Object.is(v, values[0]) || v === values[0]);
/** One view per fold of the comparison, in its order. Linear in folds × metrics × runs. */
function foldViews(report) {
    const { comparison } = report;
    const runs = report.runs.map((run) => run.run);
    const digestsOf = report.runs.map((run) => (0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .foldsByIndex */ .u3)(run.folds));
    return comparison.folds.map((fold) => {
        const rows = [];
        const perRun = [];
        let differs = false;
        for (const name of comparison.metricNames) {
            const metric = (0,_util_records_js__WEBPACK_IMPORTED_MODULE_2__/* .ownValue */ .e)(fold.metrics, name);
            const values = metric?.values ?? runs.map(() => null);
            // Most folds of most checks: every run the same, shown once (and quickly, for a hundred thousand folds).
            const same = sameValues(values) && values[0] !== null;
            const format = same ? null : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .distinguishingFormat */ .Xp)(values);
            if (format !== null)
                differs = true;
            perRun.push(format === null ? [] : values.map(format));
            if (metric === undefined)
                continue;
            rows.push({
                metric: name,
                value: format === null ? (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .shortNumber */ .In)(values[0]) : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .valueOrRange */ .ic)(values, format),
                // Two digits say how large; report.json has them whole.
                maxAbsDiff: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .measured */ .jh)(metric.maxAbsDiff, 2),
                variance: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .measured */ .jh)(metric.variance, 2),
                agreement: format === null ? _agreement_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_AGREE */ .nG : (0,_agreement_js__WEBPACK_IMPORTED_MODULE_0__/* .groupsText */ .w6)((0,_agreement_js__WEBPACK_IMPORTED_MODULE_0__/* .groupRunsByValue */ .KW)(values, runs, comparison.tolerance)),
                mark: metric.matches ? 'match' : 'mismatch',
            });
        }
        const weights = weightsRow(fold, digestsOf.map((folds) => folds.get(fold.fold)?.weightsSha256 ?? null), runs, comparison.tolerance);
        if (weights)
            rows.push(weights);
        return { fold: fold.fold, rows, perRun: differs ? perRun : null };
    });
}
/** The folds where runs gave different values of the metric at `metric` (its place in `metricNames`). */
function foldsWhereRunsDiffer(views, metric) {
    return views.filter((view) => view.perRun !== null && new Set(view.perRun[metric]).size > 1);
}
/** Splits `items` into as few pieces of at most `size` as can be, of near-equal lengths (8 by 7: 4 and 4). */
function chunks(items, size) {
    const count = Math.ceil(items.length / size);
    return Array.from({ length: count }, (_, i) => items.slice(Math.round((i * items.length) / count), Math.round(((i + 1) * items.length) / count)));
}
//# sourceMappingURL=fold-view.js.map

/***/ }),

/***/ 5845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ notMeasuredWords),
/* harmony export */   Ic: () => (/* binding */ inertMarkdown),
/* harmony export */   In: () => (/* binding */ shortNumber),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   Xp: () => (/* binding */ distinguishingFormat),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   e0: () => (/* binding */ exact),
/* harmony export */   eg: () => (/* binding */ scientific),
/* harmony export */   hM: () => (/* binding */ runGpus),
/* harmony export */   ic: () => (/* binding */ valueOrRange),
/* harmony export */   jh: () => (/* binding */ measured),
/* harmony export */   tL: () => (/* binding */ markdownTableLines)
/* harmony export */ });
// Small formatting pieces shared by every rendering of a report.
/** Exact: the shortest text that reads back as the same number. */
const exact = (value) => (value === null ? '—' : String(value));
/** Significant digits of a value shown on its own, where nothing needs telling apart. */
const SHORT_DIGITS = 6;
/** Enough to tell any two doubles apart. */
const MAX_DIGITS = 17;
/** A value shown on its own: at most 6 significant digits (0.24285714285714285 as 0.242857), integers whole. */
function shortNumber(value) {
    if (!Number.isFinite(value) || (Number.isInteger(value) && Math.abs(value) < 1e21))
        return String(value);
    return String(Number(value.toPrecision(SHORT_DIGITS)));
}
/**
 * How to show values that stand side by side (one metric of one fold, across runs): each with the
 * fewest digits that still tell the different ones apart. All end at the same decimal place, the
 * one that shows the smallest gap between two of them with two significant digits, so
 * 0.0490814633667469 and 0.04960153624415397 read as 0.04908 and 0.04960. Where all are the same,
 * shortNumber. null (no value) is '—'; NaN and the infinities are written out.
 */
function distinguishingFormat(values) {
    const finite = [...new Set(values.filter((v) => v !== null && Number.isFinite(v)))].sort((a, b) => a - b);
    const withNull = (format) => (value) => (value === null ? '—' : format(value));
    if (finite.length < 2)
        return withNull(shortNumber);
    if (finite.every(Number.isInteger))
        return withNull(String);
    let gap = Infinity;
    for (let i = 1; i < finite.length; i++)
        gap = Math.min(gap, finite[i] - finite[i - 1]);
    // The gap as two significant digits show it: 0.000999995 (float32 0.914 − 0.913) is 0.0010.
    const shownGap = Number(gap.toPrecision(2));
    // The last digit shown is at 10^-decimals; never left of the units, which would write 1234.5 as 1.23e+3.
    const at = (decimals) => (value) => {
        if (!Number.isFinite(value) || value === 0)
            return String(value);
        const digits = Math.floor(Math.log10(Math.abs(value))) + 1 + decimals;
        return value.toPrecision(Math.min(MAX_DIGITS, Math.max(1, digits)));
    };
    let decimals = Math.max(0, 1 - Math.floor(Math.log10(shownGap)));
    // A last place where every value has a 0 says nothing: 0.9130 and 0.9140 read as 0.913 and 0.914.
    const endsInZero = (text) => /\.\d*0(e|$)/.test(text);
    while (decimals > 0 && finite.every((value) => value === 0 || endsInZero(at(decimals)(value))))
        decimals--;
    const format = at(decimals);
    // Rounding at 17 digits can still meet two values; then each as the shortest text that reads back as itself.
    const distinct = new Set(finite.map(format)).size === finite.length;
    return withNull(distinct ? format : String);
}
/**
 * One cell for values across runs: the value once when every run gave it, else the range "min – max"
 * (and NaN where some run gave NaN); '—' when no run has a value.
 */
function valueOrRange(values, format) {
    const present = values.filter((v) => v !== null);
    if (present.length === 0)
        return '—';
    const numbers = present.filter((v) => !Number.isNaN(v));
    let min = Infinity;
    let max = -Infinity;
    for (const v of numbers) {
        if (v < min)
            min = v;
        if (v > max)
            max = v;
    }
    const parts = numbers.length === 0 ? [] : [min === max ? format(min) : `${format(min)} – ${format(max)}`];
    if (numbers.length < present.length)
        parts.push('NaN');
    return parts.join(', ');
}
/** For variances and differences, which span many orders of magnitude: 4 significant digits, or `digits`. */
function scientific(value, digits = 4) {
    if (value === 0)
        return '0';
    if (!Number.isFinite(value))
        return String(value);
    return value.toExponential(digits - 1);
}
/** A variance or difference as scientific() writes it, or "not measured" where it is null: never a 0 that reads as "identical". */
function measured(value, digits = 4) {
    return value === null ? 'not measured' : scientific(value, digits);
}
/** "not measured (fail-fast stopped runs 1, 2 at fold 0)": where a report's variance and largest difference are null, and why. */
function notMeasuredWords(reason) {
    return reason ? `not measured (${reason})` : 'not measured';
}
function seconds(value) {
    // Rounded before it is split, so that 59.97 is "1 min 0 s", not "60.0 s", and 119.6 not "1 min 60 s".
    if (value < 59.95)
        return `${value.toFixed(1)} s`;
    const whole = Math.round(value);
    return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
/** A markdown table's lines: header, separator, rows. Cells are written as given, so user text in them must be inert already. */
function markdownTableLines(header, rows) {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}
function markdownTable(header, rows) {
    return markdownTableLines(header, rows).join('\n');
}
/**
 * Makes user-provided text inert inside markdown and HTML: no tags, no links, no closing of our
 * <details>, no table cells broken by '|', and no @mentions that ping anyone.
 */
function inertMarkdown(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
        .replace(/@/g, '@\u200b');
}
/** The CUDA_VISIBLE_DEVICES a run's processes got (runs/placement.ts), each value once, in order; null where none was pinned. */
function runGpus(run) {
    const devices = [...new Set((run.placement ?? []).map((p) => p.cudaVisibleDevices).filter((d) => d !== null))];
    return devices.length === 0 ? null : devices.join(' · ');
}
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 75:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ perRunMarkdown),
/* harmony export */   Bg: () => (/* binding */ environmentSection),
/* harmony export */   Cj: () => (/* binding */ perFoldSection),
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   LE: () => (/* binding */ summaryNumbers),
/* harmony export */   S3: () => (/* binding */ settingsLine),
/* harmony export */   TM: () => (/* binding */ foldTableMarkdown),
/* harmony export */   ZS: () => (/* binding */ timingTable),
/* harmony export */   ge: () => (/* binding */ verdictHeadline),
/* harmony export */   jA: () => (/* binding */ foldTables)
/* harmony export */ });
/* unused harmony exports runsDone, foldsDone */
/* harmony import */ var _comparison_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8431);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5845);
/* harmony import */ var _fold_view_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9407);
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1669);
/* harmony import */ var _own_training_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6835);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7499);
/* harmony import */ var _variations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8116);
/* harmony import */ var _agreement_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6804);








const VERDICT_HEADLINE = {
    reproducible: '✅ Reproducible',
    'not-reproducible': '❌ Not reproducible',
    'condition-sensitive': '❌ Reproducible only in identical conditions',
    error: '⚠️ Error',
};
function verdictHeadline(report) {
    return VERDICT_HEADLINE[(0,_variations_js__WEBPACK_IMPORTED_MODULE_2__/* .reportStepVerdict */ .KZ)(report)];
}
/** "runs 2 · folds 3 · …", in the inputs' own names. */
function settingsLine(report, escape = _format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic) {
    const s = report.settings;
    const backendsRan = [...new Set(report.runs.map((run) => run.environment?.backend).filter(Boolean))].join('/');
    const parts = [
        ['runs', s.runs],
        ['folds', s.folds],
        ['epochs', s.epochs],
        ['batch-size', s.batchSize],
        ['validation-split', s.validationSplit],
        ['seed', s.seed],
        ['samples', s.samples === 0 ? '0 (all)' : s.samples],
        ['deterministic', s.deterministic],
        ['backend', s.backend === undefined ? undefined : `${s.backend}${backendsRan && backendsRan !== s.backend ? ` (ran on ${backendsRan})` : ''}`],
        ['threads', s.threads],
        ['libtensorflow', s.libtensorflow ?? undefined],
        ['parallel', s.command ? undefined : s.parallel],
        // What fail-fast skips changes the variance: it is one of the settings behind the numbers.
        ['fail-fast', s.failFast],
        ['dataset', s.dataset === undefined ? undefined : (s.dataset ?? 'embedded MNIST')],
        ['model', s.model ?? undefined],
        ['command', s.command?.command],
        ['framework', s.command?.framework],
        ['tolerance', s.tolerance],
        // A shard leg's report (issue #13, part 1).
        ['shard', s.shard ? `${s.shard.index}/${s.shard.count}` : undefined],
        // Variations (issue 23): they add runs, never change the control runs' numbers.
        ['vary', s.vary?.length ? s.vary.join(', ') : undefined],
        ['fail-on-variation', s.vary?.length ? s.failOnVariation : undefined],
    ];
    const known = parts.filter(([, value]) => value !== undefined).map(([name, value]) => `${name} ${escape(String(value))}`);
    return known.length > 0 ? known.join(' · ') : escape(s.source);
}
/** Metric names are user text and may be long; a table cell shows this much of one (report.json has it whole). */
const METRIC_NAME_CHARS = 60;
/** Folds per table of each run's values: with the run's column, 8 columns, narrow enough for any page. */
const FOLDS_PER_TABLE = 7;
const MARK = { match: '✅', mismatch: '❌', note: '⚠️' };
const metricLabel = (name) => (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)((0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(name, METRIC_NAME_CHARS));
const tableCell = (text) => text.replaceAll('|', '\\|');
const FOLD_HEADER = ['fold', 'metric', 'value', 'max Δ', 'variance', 'runs that agree', ''];
function foldRows(view) {
    const rows = view.rows.map((row, i) => [
        i === 0 ? String(view.fold) : '',
        row.metric === null ? '_weights_' : metricLabel(row.metric),
        row.value,
        row.maxAbsDiff,
        row.variance,
        tableCell(row.agreement),
        MARK[row.mark],
    ]);
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTableLines */ .tL)(FOLD_HEADER, rows.length > 0 ? rows : [[String(view.fold), '—', '—', '', '', '', '']]).slice(2);
}
function foldTables(report) {
    const views = (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_4__/* .foldViews */ .M3)(report);
    return { views, rows: views.map(foldRows), matching: report.comparison.folds.filter((fold) => fold.matches).length };
}
/** What the table's columns mean, in one line above it. */
function foldTableLead(report) {
    const { tolerance } = report.comparison;
    const grouped = tolerance > 0 ? `values within ${tolerance} of each other` : 'bitwise-equal values';
    return `_value_: the value every run gave, or the range across runs; _max Δ_, _variance_: across runs; _runs that agree_: groups of runs with ${grouped}.`;
}
/** The per-fold table of the first `shown` folds: a lead line, then the table. */
function foldTableMarkdown(report, tables, shown) {
    if (tables.rows.length === 0)
        return '_No fold was finished by two runs, so no fold is compared._';
    return [foldTableLead(report), '', ...(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTableLines */ .tL)(FOLD_HEADER, []), ...tables.rows.slice(0, shown).flat()].join('\n');
}
/**
 * Each run's value of each metric, in the first `shown` folds where runs differ: per metric,
 * tables of a row per run and a column per fold, folded in a <details>. null where runs differ in
 * none (the per-fold table shows each value once).
 */
function perRunMarkdown(report, tables, shown) {
    const runs = report.runs.map((run) => String(run.run));
    const sections = [];
    let folds = 0;
    report.comparison.metricNames.forEach((name, m) => {
        const differing = (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_4__/* .foldsWhereRunsDiffer */ ._q)(tables.views.slice(0, shown), m);
        if (differing.length === 0)
            return;
        folds = Math.max(folds, differing.length);
        sections.push(`**${metricLabel(name)}**`);
        for (const piece of (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_4__/* .chunks */ .VN)(differing, FOLDS_PER_TABLE)) {
            sections.push((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['run', ...piece.map((view) => `fold ${view.fold}`)], runs.map((run, r) => [run, ...piece.map((view) => view.perRun?.[m]?.[r] ?? '—')])));
        }
    });
    if (sections.length === 0)
        return null;
    return [
        '<details>',
        `<summary>Each run's values where the runs differ (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(folds, 'fold')})</summary>`,
        '',
        sections.join('\n\n'),
        '',
        '</details>',
    ].join('\n');
}
function timingTable(report) {
    // The GPUs column only where some process was pinned to one (runs/placement.ts).
    const gpus = report.runs.some((run) => (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .runGpus */ .hM)(run) !== null);
    const rows = report.runs.map((run) => [
        `run ${run.run}`,
        run.status,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(run.durationSeconds),
        String(run.folds.length),
        ...(gpus ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .runGpus */ .hM)(run) ?? '—')] : []),
    ]);
    rows.push(['**total**', '', `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(report.durationSeconds)}**`, '', ...(gpus ? [''] : [])]);
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['run', 'status', 'time', 'folds done', ...(gpus ? ['GPUs (`CUDA_VISIBLE_DEVICES`)'] : [])], rows);
}
/**
 * The environment the numbers came from: the training process's fingerprint or, for a command,
 * which tf-repro does not see inside, the command and the variables each run got.
 */
function environmentSection(report) {
    if (report.command) {
        const env = report.environment;
        const body = env ? `${(0,_own_training_js__WEBPACK_IMPORTED_MODULE_6__/* .commandTable */ .Eg)(report.command)}\n\n${fingerprintTable(env, 'as the first run got it')}` : (0,_own_training_js__WEBPACK_IMPORTED_MODULE_6__/* .commandTable */ .Eg)(report.command);
        return { heading: 'Command', foldedTitle: 'Command and the variables each run got', body };
    }
    return { heading: 'Environment', foldedTitle: 'Environment fingerprint', body: environmentTable(report) };
}
/** How the job summary and the comment write a fingerprint's values. */
const MARKDOWN_FINGERPRINT = {
    text: _format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic,
    code: (text) => `\`${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(text)}\``,
    list: (items) => items.join('<br>'),
    seconds: _format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA,
};
/** The fingerprint's rows (comparison/fingerprint.ts), as the run saw them. */
function fingerprintTable(env, seenBy) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['', seenBy], (0,_comparison_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprintRows */ .E_)(env, MARKDOWN_FINGERPRINT, '_unset_').map((row) => [row.label, row.value]));
}
function environmentTable(report) {
    const env = report.environment;
    if (!env)
        return '_No training process reported its environment._';
    return fingerprintTable(env, 'as the training process saw it');
}
/** "2 of 2 runs finished", "0 of 3 runs finished, 3 stopped by fail-fast". */
function runsDone(report) {
    const count = (status) => report.runs.filter((run) => run.status === status).length;
    const stopped = count('stopped');
    return `${count('ok')} of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(report.runs.length, 'run')} finished${stopped > 0 ? `, ${stopped} stopped by fail-fast` : ''}`;
}
/** "3 folds each", or per run where they differ: "3 folds in run 1, 0 folds in run 2" (the folds each run finished). */
function foldsDone(report) {
    const byCount = new Map();
    for (const run of report.runs)
        byCount.set(run.folds.length, [...(byCount.get(run.folds.length) ?? []), run.run]);
    if (byCount.size <= 1)
        return `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)([...byCount.keys()][0] ?? 0, 'fold')} each`;
    return [...byCount]
        .sort(([a], [b]) => b - a)
        .map(([count, runs]) => `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(count, 'fold')} in ${(0,_agreement_js__WEBPACK_IMPORTED_MODULE_7__/* .runList */ .kK)(runs)}`)
        .join(', ');
}
function summaryNumbers(report) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['', ''], [
        ['variance (mean over folds and metrics)', report.variance === null ? (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .notMeasuredWords */ .DQ)(report.notMeasured)) : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .scientific */ .eg)(report.variance)],
        ['largest difference', (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .measured */ .jh)(report.maxAbsDiff)],
        ['runs', `${runsDone(report)}${foldsDone(report).endsWith(' each') ? ', ' : '; '}${foldsDone(report)}`],
        ['time', (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(report.durationSeconds)],
    ]);
}
/**
 * GitHub shows at most 1 MiB (1,048,576 bytes) of a step's summary and drops the whole summary
 * when it is longer; this leaves room for what else the step may write.
 */
const SUMMARY_LIMIT_BYTES = 1_000_000;
/** The job summary's per-fold section: the first `shown` folds' rows, then each run's values where runs differ. */
function perFoldSection(report, tables, shown) {
    const folds = report.comparison.folds.length;
    const perRun = perRunMarkdown(report, tables, shown);
    return [
        `### Per fold${shown < folds ? ` (the first ${shown} of ${folds})` : ''}`,
        foldTableMarkdown(report, tables, shown),
        ...(perRun === null ? [] : [perRun]),
    ];
}
//# sourceMappingURL=markdown.js.map

/***/ }),

/***/ 6835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ commandTable),
/* harmony export */   a: () => (/* binding */ ownTrainingMarkdown),
/* harmony export */   aH: () => (/* binding */ ownTrainingText)
/* harmony export */ });
/* unused harmony export artifactGroupsText */
/* harmony import */ var _agreement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6804);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5845);


// User text as inert markdown, not in code spans: inside one, inertMarkdown's escapes would show.
const code = _format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic;
const short = (digest) => (digest === null ? '—' : digest.slice(0, 12));
/**
 * Each group of runs that wrote the same bytes, its digest first: "1111aaaa0000 runs 1–4 |
 * 2222bbbb0000 run 5 | missing in run 6". Every run is in one group, so each run's digest is there.
 */
function artifactGroupsText(artifact) {
    const groups = [...artifact.groups].sort((a, b) => a.runs[0] - b.runs[0]);
    const parts = groups.map((group) => `${short(group.sha256)} ${(0,_agreement_js__WEBPACK_IMPORTED_MODULE_1__/* .runList */ .kK)(group.runs)}`);
    if (artifact.missingIn.length > 0)
        parts.push(`missing in ${(0,_agreement_js__WEBPACK_IMPORTED_MODULE_1__/* .runList */ .kK)(artifact.missingIn)}`);
    return parts.join(' | ');
}
/** What a command ran with: the command, where, and the variables each run got. */
function commandTable(command) {
    const rows = [
        ['command', code(command.command)],
        ['working directory', code(command.workingDirectory)],
        ['framework', command.framework],
        ...Object.entries(command.variables).map(([name, value]) => [code(name), code(value)]),
    ];
    if (command.logs.length > 0)
        rows.push(['logs', command.logs.map(code).join(' ')]);
    const lead = "_tf-repro does not see inside a command: this is what it ran, and the variables each run got on top of the runner's environment._";
    const own = runVariableNames(command);
    const perRun = own.length === 0
        ? []
        : [
            (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['run', ...own.map(code)], (command.runVariables ?? []).map((got, i) => [String(i + 1), ...own.map((name) => code(got[name] ?? ''))])),
        ];
    return [lead, (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['', 'each run got'], rows), ...perRun].join('\n\n');
}
/** The names of the variables each run got a value of its own of, in first-seen order. */
function runVariableNames(command) {
    return [...new Set((command.runVariables ?? []).flatMap((got) => Object.keys(got)))];
}
/** Markdown sections, each a heading and its body. */
function ownTrainingMarkdown(report) {
    const sections = [];
    if (report.artifacts && report.artifacts.length > 0) {
        const rows = report.artifacts.map((artifact) => [code(artifact.path), (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(artifactGroupsText(artifact)), artifact.identical ? '✅' : '❌']);
        sections.push('### Artifacts', 'SHA-256 of each file the runs wrote (first 12 hex digits), with the runs that wrote those bytes.', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['file', 'SHA-256: runs', ''], rows));
    }
    if (report.suppliedSeeds && report.suppliedSeeds.length > 0) {
        const rows = report.suppliedSeeds.map((seed) => [code(seed.layer), seed.position, code(seed.field), String(seed.seed)]);
        sections.push('### Seeds supplied', 'The model left these seeds null; tf-repro supplied them, the same in every run and fold.', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['layer', 'position', 'field', 'seed'], rows));
    }
    return sections;
}
/** Plain-text lines for the CLI. */
function ownTrainingText(report) {
    const lines = [];
    if (report.artifacts && report.artifacts.length > 0) {
        lines.push('artifacts (SHA-256, first 12 hex digits):');
        for (const artifact of report.artifacts) {
            lines.push(`  ${artifact.identical ? 'same  ' : 'DIFFER'} ${artifact.path}: ${artifactGroupsText(artifact)}`);
        }
    }
    if (report.suppliedSeeds && report.suppliedSeeds.length > 0) {
        lines.push(`seeds supplied: ${report.suppliedSeeds.map((seed) => `${seed.layer}.${seed.field}=${seed.seed}`).join(' ')}`);
    }
    if (report.command) {
        const { command } = report;
        lines.push(`command: ${command.command} (in ${command.workingDirectory}, framework ${command.framework})`, `variables: ${Object.entries(command.variables)
            .map(([name, value]) => `${name}=${value}`)
            .join(' ')}`, ...(command.runVariables ?? []).map((got, i) => `run ${i + 1}'s own: ${Object.entries(got)
            .map(([name, value]) => `${name}=${value}`)
            .join(' ')}`));
        if (command.logs.length > 0)
            lines.push(`logs: ${command.logs.join(' ')}`);
    }
    return lines;
}
//# sourceMappingURL=own-training.js.map

/***/ }),

/***/ 4784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wQ: () => (/* binding */ renderComment),
  i$: () => (/* binding */ renderSummaryMarkdown),
  S5: () => (/* binding */ renderText)
});

// UNUSED EXPORTS: CHECK_SECTIONS

// EXTERNAL MODULE: ./build/src/report/format.js
var format = __webpack_require__(5845);
// EXTERNAL MODULE: ./build/src/report/markdown.js
var markdown = __webpack_require__(75);
;// CONCATENATED MODULE: ./build/src/report/charts.js
/** At least this large, toFixed writes an exponent, which Mermaid cannot read. */
const PLAIN_LIMIT = 1e21;
/** `value` (finite, below 1e21) to `significant` digits as a plain decimal: 0.0000123, 1037.2, never 1.23e-5. */
function plainDecimal(value, significant = 6) {
    if (value === 0)
        return '0';
    const magnitude = Math.floor(Math.log10(Math.abs(value)));
    const text = value.toFixed(Math.min(100, Math.max(0, significant - 1 - magnitude)));
    const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
    return trimmed === '-0' ? '0' : trimmed;
}
const drawable = (value) => Number.isFinite(value) && Math.abs(value) < PLAIN_LIMIT;
const fenced = (lines) => ['```mermaid', 'xychart-beta', ...lines.map((line) => `  ${line}`), '```'].join('\n');
const numbers = (values, significant) => `[${values.map((value) => plainDecimal(value, significant)).join(', ')}]`;
/** A line per run over the epochs; null where a value cannot be drawn. */
function lossChart(curves) {
    if (!curves.series.every((entry) => entry.values.every(drawable)))
        return null;
    const epochs = Array.from({ length: curves.epochs }, (_, e) => `"${e + 1}"`);
    return fenced([
        `title "Validation loss in fold ${curves.fold}, one line per run"`,
        `x-axis "epoch" [${epochs.join(', ')}]`,
        'y-axis "validation loss"',
        ...curves.series.map((entry) => `line "run ${entry.run}" ${numbers(entry.values, 6)}`),
    ]);
}
/** A round number at least `value` (> 0) and not much more: the least of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten. */
function niceCeiling(value) {
    const power = 10 ** Math.floor(Math.log10(value));
    const factor = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * power >= value) ?? 10;
    // 1.2 × 0.1 is 0.12000000000000001 in floating point: rounded to the digits that matter.
    return Number((factor * power).toPrecision(3));
}
/**
 * Two bars, the time per run with the settings and without, on an axis from 0 (from the smaller
 * value, its default, the shorter bar would vanish). Null where neither took measurable time.
 */
function costChart(cost) {
    const values = [cost.with.secondsPerRun, cost.without.secondsPerRun];
    if (!values.every(drawable) || values.some((value) => value < 0))
        return null;
    const most = Math.max(...values);
    if (most <= 0)
        return null;
    return fenced([
        'title "Time per run"',
        'x-axis "determinism settings" ["with settings", "without"]',
        `y-axis "seconds" 0 --> ${plainDecimal(niceCeiling(most))}`,
        `bar ${numbers(values, 4)}`,
    ]);
}
//# sourceMappingURL=charts.js.map
// EXTERNAL MODULE: ./build/src/report/findings.js
var findings = __webpack_require__(5636);
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(7499);
// EXTERNAL MODULE: ./build/src/report/shorten.js
var shorten = __webpack_require__(1669);
;// CONCATENATED MODULE: ./build/src/report/findings-markdown.js





const inertRows = (rows) => rows.map((row) => row.map(format/* inertMarkdown */.Ic));
const folded = (title, body) => ['<details>', `<summary>${title}</summary>`, '', body, '', '</details>'].join('\n');
/** The divergence in bold, then how it was narrowed and the work fail-fast skipped; empty without one. */
function divergenceLeadMarkdown(report) {
    const [first, ...rest] = (0,findings/* divergenceLead */.XV)(report).map(format/* inertMarkdown */.Ic);
    return first === undefined ? [] : [`**${first}**`, ...(rest.length > 0 ? [rest.join(' ')] : [])];
}
/**
 * Which runs agree on each variable where the runs part, as `tf-repro explain` prints it
 * (findings.ts variableDetail), folded in a <details>: a row per variable that differs, a line for
 * the rest. Empty where the runs' traces have no checkpoint there.
 */
function variablesSection(report) {
    const detail = (0,findings/* variableDetail */.u0)(report);
    if (detail === null)
        return [];
    // The title holds no user text (a fold, an epoch, a count): as it is, since <summary> is HTML.
    const title = (0,findings/* variableDetailTitle */.GH)(detail);
    const rows = detail.differing.map(({ variable, agreement }) => [(0,format/* inertMarkdown */.Ic)(variable), (0,format/* inertMarkdown */.Ic)(agreement)]);
    const rest = (0,findings/* variableDetailRest */.Ue)(detail);
    const body = [...(rows.length > 0 ? [(0,format/* markdownTable */.Qj)(['variable', 'runs that agree'], rows)] : []), ...(rest === null ? [] : [`_${(0,format/* inertMarkdown */.Ic)(rest)}_`])];
    return [folded(title, body.join('\n\n'))];
}
/** Whether the report has a chart to draw: what a shortened rendering would leave out. */
function hasCharts(report) {
    const curves = (0,findings/* lossCurves */.m7)(report);
    return (curves !== null && lossChart(curves) !== null) || (report.cost !== undefined && costChart(report.cost) !== null);
}
function lossTable(curves) {
    return (0,format/* markdownTable */.Qj)((0,findings/* LOSS_HEADER */.aR)(curves), inertRows((0,findings/* lossRows */.xH)(curves)));
}
/**
 * The validation loss of the fold where the runs part: a lead line, the chart and, for readers
 * whose viewer draws no Mermaid, the same numbers as a table (folded where `foldTable`). Empty
 * where there is nothing to draw.
 */
function lossSection(report, heading, foldTable) {
    const curves = (0,findings/* lossCurves */.m7)(report);
    const chart = curves === null ? null : lossChart(curves);
    if (curves === null || chart === null)
        return [];
    const table = lossTable(curves);
    return [
        ...(heading === null ? [] : [`${heading} Validation loss in fold ${curves.fold}`]),
        `_${(0,format/* inertMarkdown */.Ic)((0,findings/* lossLead */.Ss)(curves))}_`,
        chart,
        foldTable ? folded('The validation loss as numbers', table) : table,
    ];
}
/** The overhead and the case in words, under the table. */
function costWords(cost) {
    const [label, explanation] = (0,findings/* costCase */.YV)(cost);
    return [
        (0,format/* inertMarkdown */.Ic)((0,findings/* overheadSentence */.cx)(cost)),
        `**${label}.** ${(0,format/* inertMarkdown */.Ic)(explanation)}`,
        ...((0,findings/* costDivergences */.rW)(cost).length > 0 ? [(0,findings/* costDivergences */.rW)(cost).map(format/* inertMarkdown */.Ic).join(' ')] : []),
    ];
}
/** The experiment's table, with and without the settings, the overhead and the case; the bars where `chart`. */
function costSection(cost, heading, chart) {
    const bars = chart ? costChart(cost) : null;
    return [heading, (0,format/* markdownTable */.Qj)(findings/* COST_HEADER */.qG, inertRows((0,findings/* costRows */.Dh)(cost))), ...costWords(cost), ...(bars === null ? [] : [bars])];
}
function diagnosisTable(diagnosis) {
    return (0,format/* markdownTable */.Qj)(findings/* DIAGNOSIS_HEADER */.Of, inertRows((0,findings/* diagnosisRows */.NB)(diagnosis)));
}
const noteList = (notes) => (notes.length === 0 ? [] : [notes.map((note) => `- ${(0,format/* inertMarkdown */.Ic)(note)}`).join('\n')]);
/**
 * The job summary's diagnosis: the findings in a line, then, where `table`, the unpinned trial and a row
 * per setting; the fastest configuration and the budget; where `table`, what it could not try.
 */
function diagnosisSection(diagnosis, heading, table) {
    const fastest = (0,findings/* fastestSentence */.Wu)(diagnosis);
    return [
        heading,
        (0,format/* inertMarkdown */.Ic)((0,findings/* findingsLine */.P9)(diagnosis)),
        ...(table ? [(0,format/* inertMarkdown */.Ic)((0,findings/* unpinnedTrialSentence */.tc)(diagnosis)), diagnosisTable(diagnosis)] : []),
        ...(fastest === null ? [] : [(0,format/* inertMarkdown */.Ic)(fastest)]),
        (0,format/* inertMarkdown */.Ic)((0,findings/* budgetSentence */.Bg)(diagnosis)),
        ...(table ? noteList(diagnosis.notes) : []),
    ];
}
/** The comment's: the findings in a line, the fastest configuration and the budget; the table and notes folded where `table`. */
function compactDiagnosis(diagnosis, table) {
    const fastest = (0,findings/* fastestSentence */.Wu)(diagnosis);
    const body = [(0,format/* inertMarkdown */.Ic)((0,findings/* unpinnedTrialSentence */.tc)(diagnosis)), diagnosisTable(diagnosis), ...noteList(diagnosis.notes)].join('\n\n');
    return [
        `**Diagnosis:** ${(0,format/* inertMarkdown */.Ic)((0,findings/* findingsLine */.P9)(diagnosis))}`,
        [fastest, (0,findings/* budgetSentence */.Bg)(diagnosis)]
            .filter((line) => line !== null)
            .map(format/* inertMarkdown */.Ic)
            .join(' '),
        ...(table ? [folded(`Each setting switched off in turn (${(0,util_text/* plural */.LS)(diagnosis.settings.length, 'setting')})`, body)] : []),
    ];
}
/** Everything a summary or comment of `report` can show, before any of it is dropped to fit: `details` folds each run's values in. */
function fullShape(report, details) {
    return {
        foldRows: report.comparison.folds.length,
        environment: true,
        settings: true,
        details,
        notes: shorten/* ALL_NOTES */.g2,
        summaryChars: Infinity,
        charts: hasCharts(report),
        diagnosisTable: report.diagnosis !== undefined,
        // The job summary's own (issue 22): the comment stays short.
        variables: details && (0,findings/* variableDetail */.u0)(report) !== null,
    };
}
//# sourceMappingURL=findings-markdown.js.map
;// CONCATENATED MODULE: ./build/src/report/comment.js




/** GitHub refuses a comment body longer than this (it counts characters; a UTF-16 length is never less). */
const GITHUB_COMMENT_LIMIT = 65_536;
/** The per-fold table of the first `rows` folds, then each run's values where runs differ, each folded. */
function commentFoldSections(report, tables, rows) {
    const folds = report.comparison.folds.length;
    const title = `Per fold: ${(0,util_text/* plural */.LS)(folds, 'fold')} × ${(0,util_text/* plural */.LS)(report.runs.length, 'run')}, ${tables.matching} of ${folds} matching${rows < folds ? ` (first ${rows} shown)` : ''}`;
    const perRun = (0,markdown/* perRunMarkdown */.Ab)(report, tables, rows);
    return [folded(title, (0,markdown/* foldTableMarkdown */.TM)(report, tables, rows)), ...(perRun === null ? [] : [perRun])];
}
/** The environment fingerprint or, for a command, the command and what each run got. */
function environmentDetails(report) {
    const { foldedTitle, body } = (0,markdown/* environmentSection */.Bg)(report);
    return folded(foldedTitle, body);
}
/** The link to the run, the comment's id and the tool's version, small. */
function footer(report, context) {
    const parts = [
        context.runUrl === null ? null : `[Workflow run](${context.runUrl})`,
        `comment-id ${(0,format/* inertMarkdown */.Ic)(context.commentId)}`,
        `${report.tool.name} ${report.tool.version}`,
    ];
    return `<sub>${parts.filter((part) => part !== null).join(' · ')}</sub>`;
}
//# sourceMappingURL=comment.js.map
// EXTERNAL MODULE: ./build/src/report/text.js
var report_text = __webpack_require__(4913);
// EXTERNAL MODULE: ./build/src/report/drift.js
var drift = __webpack_require__(2315);
// EXTERNAL MODULE: ./build/src/report/variations.js
var variations = __webpack_require__(8116);
// EXTERNAL MODULE: ./build/src/report/own-training.js
var own_training = __webpack_require__(6835);
// EXTERNAL MODULE: ./build/src/report/across-view.js
var across_view = __webpack_require__(8633);
// EXTERNAL MODULE: ./build/src/report/fold-view.js
var fold_view = __webpack_require__(9407);
;// CONCATENATED MODULE: ./build/src/report/across-markdown.js







/** Folds per legs × folds table: with the legs' column, 11 columns, narrow enough for any page. */
const FOLDS_PER_TABLE = 10;
/** A label is user text and may be long: a column header or a row's first cell shows this much (the legs' table shows it whole). */
const LABEL_CHARS = 40;
/** A fingerprint value (a list of GPUs, a library's path) in a cell. */
const VALUE_CHARS = 120;
/** Folds per table of each leg's values. */
const VALUE_FOLDS_PER_TABLE = 7;
const MARK = { reproducible: '✅', 'not-reproducible': '❌', error: '⚠️' };
const legName = (leg) => `${leg.leg} ${(0,format/* inertMarkdown */.Ic)((0,shorten/* cut */.Jj)(leg.label, LABEL_CHARS))}`;
const escapeCell = (text) => text.replaceAll('*', '\\*');
/** A row per leg: its label, its own verdict, its size, how many folds it agrees with leg 1 in, its backend and file. */
function legsTable(across) {
    // Each leg's own variations (`vary`), where some leg varied its conditions.
    const conditions = (0,variations/* legConditionsColumn */.l9)(across);
    return (0,format/* markdownTable */.Qj)(['leg', 'label', 'within its runner', ...(conditions ? ['in varied conditions'] : []), 'runs × folds', 'folds like leg 1', 'backend', 'report'], across.legs.map((leg) => [
        String(leg.leg),
        (0,format/* inertMarkdown */.Ic)(leg.label),
        `${MARK[leg.verdict]} ${(0,across_view/* withinWords */.pj)(leg.verdict)}`,
        ...(conditions ? [conditions(leg)] : []),
        `${leg.runs} × ${leg.folds}`,
        (0,across_view/* foldsLikeFirst */.wc)(across, leg.leg),
        (0,format/* inertMarkdown */.Ic)((0,across_view/* legBackend */.Js)(leg)),
        (0,format/* inertMarkdown */.Ic)(leg.file),
    ]));
}
/** The legs × folds table of the first `shown` folds, in pieces of FOLDS_PER_TABLE folds, after a line that says what the letters mean. */
function gridMarkdown(across, shown) {
    const grid = (0,across_view/* acrossGrid */.En)(across).slice(0, shown);
    if (grid.length === 0)
        return '_No fold has a result to compare._';
    const tables = (0,fold_view/* chunks */.VN)(grid, FOLDS_PER_TABLE).map((piece) => (0,format/* markdownTable */.Qj)(['leg', ...piece.map((column) => `fold ${column.fold}`)], [
        ...across.legs.map((leg) => [legName(leg), ...piece.map((column) => escapeCell(column.cells[leg.leg - 1]))]),
        ['**every leg**', ...piece.map((column) => (column.identical ? '✅' : '❌'))],
    ]));
    return [`_${escapeCell((0,across_view/* gridLegend */.YT)(across))}_`, ...tables].join('\n\n');
}
/** The fingerprints side by side, a row per field, ≠ where legs differ; `all`: also the fields every leg shares. */
function fingerprintMarkdown(across, all) {
    const { fingerprint } = across;
    if (fingerprint.length === 0)
        return '_No leg recorded an environment fingerprint (a command trains where tf-repro does not see)._';
    const differing = fingerprint.filter((field) => field.differs).length;
    const lead = differing > 0
        ? `_≠: the field differs between legs, which is where a difference across runners comes from (${(0,util_text/* plural */.LS)(differing, 'field')})._`
        : '_Every field of the fingerprint is the same on every leg: a difference across them comes from something it does not record._';
    const rows = all ? fingerprint : fingerprint.filter((field) => field.differs);
    const left = fingerprint.length - rows.length;
    const table = rows.length === 0
        ? null
        : (0,format/* markdownTable */.Qj)(['field', ...across.legs.map(legName), ''], rows.map((field) => [
            field.differs ? `**${(0,format/* inertMarkdown */.Ic)(field.field)}**` : (0,format/* inertMarkdown */.Ic)(field.field),
            ...field.values.map((value) => (value === null ? '—' : (0,format/* inertMarkdown */.Ic)((0,shorten/* cut */.Jj)(value, VALUE_CHARS)))),
            field.differs ? '≠' : '',
        ]));
    return [lead, ...(table === null ? [] : [table]), ...(left > 0 ? [`_${(0,util_text/* plural */.LS)(left, 'field')} the same on every leg left out._`] : [])].join('\n\n');
}
/** Each leg's value of each metric where legs differ (of the first `shown` folds), folded; null where they agree. */
function valuesMarkdown(report, shown) {
    const across = (0,across_view/* acrossOf */.J6)(report);
    const metrics = (0,across_view/* valuesWhereLegsDiffer */.hV)(report, shown);
    if (metrics.length === 0)
        return null;
    const folds = Math.max(...metrics.map((metric) => metric.folds.length));
    const sections = metrics.flatMap(({ metric, folds: differing }) => [
        `**${(0,format/* inertMarkdown */.Ic)((0,shorten/* cut */.Jj)(metric, 60))}**`,
        ...(0,fold_view/* chunks */.VN)(differing, VALUE_FOLDS_PER_TABLE).map((piece) => (0,format/* markdownTable */.Qj)(['leg', ...piece.map((column) => `fold ${column.fold}`)], across.legs.map((leg) => [legName(leg), ...piece.map((column) => column.values[leg.leg - 1] ?? '—')]))),
    ]);
    return folded(`Each leg's values where the legs differ (${(0,util_text/* plural */.LS)(folds, 'fold')})`, sections.join('\n\n'));
}
function numbersTable(report) {
    return (0,format/* markdownTable */.Qj)(['', ''], (0,across_view/* acrossNumbers */.gq)(report, format/* seconds */.YA, (value) => (0,format/* scientific */.eg)(value)));
}
/** "> [!NOTE] Shortened to fit …: left out …"; null when `shape` leaves nothing out. */
function acrossShortenedNote(report, shape, full, limit, everything) {
    const folds = (0,across_view/* acrossOf */.J6)(report).folds.length;
    const left = [];
    if (shape.details !== full.details)
        left.push("each leg's values where the legs differ");
    if (shape.fingerprint && shape.environment !== full.environment)
        left.push('the fingerprint fields every leg shares');
    if (shape.foldRows === null)
        left.push('the legs × folds table');
    else if (shape.foldRows < folds)
        left.push(`${shape.foldRows === folds - 1 ? 'the last fold' : `${folds - shape.foldRows} folds`} of the legs × folds table (it shows the first ${shape.foldRows} of ${folds})`);
    if (shape.fingerprint !== full.fingerprint)
        left.push('the environment fingerprints');
    if (shape.settings !== full.settings)
        left.push('the settings');
    if (shape.notes !== full.notes && report.errors.length + report.warnings.length > 0)
        left.push('some of the errors and warnings, or their ends');
    if (report.summary.length > shape.summaryChars)
        left.push('the end of the summary');
    if (left.length === 0)
        return null;
    return `> [!NOTE]\n> Shortened to fit ${limit}: left out ${left.join(', ')}. ${everything}.`;
}
/** The same rendering in the summary and the comment, under `heading` and its sub-heading. */
const headed = (render) => ({
    summary: (context) => render(context, '##', '###'),
    comment: (context) => render(context, '###', '####'),
});
function fingerprintTitle(across) {
    return across.differingFields.length > 0
        ? `Environment fingerprints: ${(0,util_text/* plural */.LS)(across.differingFields.length, 'field')} differ`
        : 'Environment fingerprints: no field differs';
}
/** The sections of an across report, in order, each with when the summary and the comment drop it. */
const ACROSS_SECTIONS = [
    { name: 'the marker that finds the comment again', comment: ({ frame }) => [frame.marker] },
    {
        name: 'both verdicts and the summary',
        ...headed(({ report, shape }, heading) => {
            const { within, across: acrossWords } = (0,across_view/* acrossHeadline */.Cm)(report);
            return [`${heading} ${within} · ${acrossWords} — tf-repro`, (0,format/* inertMarkdown */.Ic)((0,shorten/* cut */.Jj)(report.summary, shape.summaryChars))];
        }),
        drops: [{ at: { summary: 4, comment: 4 }, shape: { summaryChars: shorten/* MINIMAL_SUMMARY_CHARS */.tG } }],
    },
    {
        name: 'the errors and warnings',
        ...headed(({ report, shape, frame }) => (0,shorten/* noteLines */.GI)(report, shape.notes, frame.notesElsewhere)),
        drops: [
            { at: { summary: 3, comment: 3 }, shape: { notes: shorten/* FEW_NOTES */.H2 } },
            { at: { summary: shorten/* LAST_RUNG */.Ap, comment: shorten/* LAST_RUNG */.Ap }, shape: { notes: shorten/* NO_NOTES */.Mj } },
        ],
    },
    { name: 'the numbers', ...headed(({ report }) => [numbersTable(report)]) },
    {
        name: 'what was left out to fit',
        ...headed(({ report, shape, full, frame }) => {
            const note = acrossShortenedNote(report, shape, full, frame.limitText, frame.everything);
            return note === null ? [] : [note];
        }),
    },
    { name: 'the legs', ...headed(({ across }, _, sub) => [`${sub} Legs`, legsTable(across)]) },
    {
        name: 'the legs × folds table',
        ...headed(({ across, shape }, _, sub) => (shape.foldRows === null ? [] : [`${sub} Which legs agree, fold by fold`, gridMarkdown(across, shape.foldRows)])),
        drops: [{ at: { summary: shorten/* PER_FOLD_RUNG */.P$, comment: shorten/* PER_FOLD_RUNG */.P$ }, shape: { foldRows: null } }],
    },
    {
        name: "each leg's values where the legs differ",
        ...headed(({ report, shape }) => {
            const values = shape.details && shape.foldRows !== null ? valuesMarkdown(report, shape.foldRows) : null;
            return values === null ? [] : [values];
        }),
        // First of all, then the fingerprint fields every leg shares, before any fold of the table.
        drops: [{ at: { summary: 0, comment: 0 }, shape: { details: false } }],
    },
    {
        name: 'the fingerprints',
        summary: ({ across, shape }) => (shape.fingerprint ? [`### ${fingerprintTitle(across)}`, fingerprintMarkdown(across, shape.environment)] : []),
        // The comment folds them away.
        comment: ({ across, shape }) => (shape.fingerprint ? [folded(fingerprintTitle(across), fingerprintMarkdown(across, shape.environment))] : []),
        drops: [
            { at: { summary: 1, comment: 1 }, shape: { environment: false } },
            { at: { summary: 3, comment: 3 }, shape: { fingerprint: false } },
        ],
    },
    {
        name: 'the settings',
        summary: ({ shape, frame }) => (shape.settings ? [`### Settings\n\n${frame.settingsLine}`] : []),
        comment: ({ shape, frame }) => (shape.settings ? [`**Settings:** ${frame.settingsLine}`] : []),
        drops: [{ at: { summary: 4, comment: 4 }, shape: { settings: false } }],
    },
    { name: 'the link to the run', comment: ({ frame }) => [frame.footer] },
];
function fit(report, target, frame, size, limit) {
    const across = (0,across_view/* acrossOf */.J6)(report);
    const full = {
        foldRows: across.folds.length,
        environment: true,
        settings: true,
        details: true,
        notes: 'all',
        summaryChars: Infinity,
        charts: false,
        diagnosisTable: false,
        variables: false,
        fingerprint: true,
    };
    // Nothing left to drop at the last: the headline, a short summary, the numbers and the legs.
    const { lighter, ladder, last } = (0,shorten/* dropLadder */.Ut)(ACROSS_SECTIONS, target, full);
    const render = (shape) => {
        const context = { report, across, shape, full, frame };
        return `${ACROSS_SECTIONS.flatMap((section) => section[target]?.(context) ?? []).join('\n\n')}\n`;
    };
    return (0,shorten/* fitToLimit */.Qt)({ full, lighter, render, size, limit, ladder, last });
}
const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
/** The job summary of an across report, at most `limitBytes` bytes of UTF-8. */
function renderAcrossSummary(report, settingsLine, limitBytes) {
    return fit(report, 'summary', {
        settingsLine,
        limitText: "GitHub's limit of 1 MiB for a job summary",
        everything: 'report.json has everything',
        notesElsewhere: 'report.json',
        marker: '',
        footer: '',
    }, utf8Bytes, limitBytes);
}
/** The pull request comment of an across report (marker first, footer last), at most `limit` characters. */
function renderAcrossComment(report, parts, limit) {
    return fit(report, 'comment', {
        settingsLine: parts.settingsLine,
        limitText: `GitHub's limit of ${(0,util_text/* withCommas */.rX)(limit)} characters for a comment`,
        everything: 'The job summary and report.json have everything',
        notesElsewhere: 'the job summary',
        marker: parts.marker,
        footer: parts.footer,
    }, (text) => text.length, limit);
}
//# sourceMappingURL=across-markdown.js.map
// EXTERNAL MODULE: ./build/src/comparison/replicas.js
var replicas = __webpack_require__(1442);
;// CONCATENATED MODULE: ./build/src/report/ranks.js

/** "ranks: 2 per run (torchrun, gloo) · replicas within each run: agree at every checkpoint", or null. */
function ranksLine(report) {
    const distributed = report.runs.map((run) => run.distributed).filter((d) => d !== undefined);
    if (distributed.length === 0 && report.replicas === undefined)
        return null;
    const sizes = [...new Set(distributed.map((d) => d.worldSize))];
    const how = [...new Set(distributed.flatMap((d) => [d.launcher ?? 'no launcher seen', d.backend ?? 'backend not reported']))];
    const size = sizes.length === 1 && sizes[0] !== null
        ? `${sizes[0]} per run`
        : sizes.length > 1
            ? `${sizes.map((s) => s ?? '?').join(' or ')} per run`
            : 'several per run';
    const parts = [`ranks: ${size}${how.length > 0 ? ` (${how.join(', ')})` : ''}, compared across runs rank by rank`];
    const sharded = report.runs.some((run) => run.trace?.some((c) => c.sharded));
    if (report.replicas === null)
        parts.push('replicas within each run: agree at every checkpoint');
    else if (report.replicas)
        parts.push(`replicas within a run: ${(0,replicas/* describeReplicaDisagreement */.SO)(report.replicas)}`);
    else if (sharded)
        parts.push('sharded: the ranks of a run hold different parts of the model, so they are not compared with each other');
    return parts.join(' · ');
}
//# sourceMappingURL=ranks.js.map
// EXTERNAL MODULE: ./build/src/comparison/negative-control.js
var negative_control = __webpack_require__(9588);
;// CONCATENATED MODULE: ./build/src/comparison/hints.js
const SEED_FROM_ENV = 'int(os.environ["TF_REPRO_SEED"])';
/** Where the runs part, to the likely cause. */
function divergenceHint(d) {
    if (d.stage === 'init') {
        return {
            observed: 'the weights differ before any step',
            cause: 'an initialiser without a seed',
            fix: `seed the framework before the model is built: keras.utils.set_random_seed(${SEED_FROM_ENV}), torch.manual_seed(…) or jax.random.key(…) from TF_REPRO_SEED, or give each initialiser a seed`,
        };
    }
    if (d.inputs === 'differ') {
        return {
            observed: 'the inputs of the step where the runs part differ',
            cause: 'the data order, augmentation or fold split: an unseeded shuffle, random augmentation, or DataLoader workers',
            fix: 'seed the shuffle and the augmentation from TF_REPRO_SEED, split folds with a fixed random_state, and give a DataLoader a seeded generator and worker_init_fn',
        };
    }
    if (d.stage === 'epoch' && (d.inputs === 'same' || (d.epoch === 1 && d.batch === 1))) {
        const inputs = d.inputs === 'same' ? 'with the same inputs' : 'in the first batch';
        return {
            observed: `the initial weights agree and the weights part ${inputs}`,
            cause: 'dropout without a seed, or a nondeterministic op',
            fix: "seed dropout (or the framework) from TF_REPRO_SEED, and run with the framework's deterministic ops (TF_DETERMINISTIC_OPS=1, torch.use_deterministic_algorithms(True), XLA's --xla_gpu_deterministic_ops)",
        };
    }
    if (d.stage === 'evaluation') {
        return {
            observed: 'every traced checkpoint agrees, yet the results differ',
            cause: 'the evaluation code',
            fix: 'look at the evaluation: an unseeded random transform at test time, a sampled test set, or metrics summed in a nondeterministic order',
        };
    }
    return null;
}
const SIGNATURES = [
    {
        pattern: /Random ops require a seed/,
        hint: () => ({
            observed: 'TensorFlow stopped with "Random ops require a seed to be set when determinism is enabled"',
            cause: 'a random op without a seed under op determinism (TF_DETERMINISTIC_OPS)',
            fix: `call keras.utils.set_random_seed(${SEED_FROM_ENV}) before the model is built`,
        }),
    },
    {
        pattern: /CUBLAS_WORKSPACE_CONFIG/,
        hint: () => ({
            observed: "PyTorch's deterministic algorithms stopped a cuBLAS matrix multiply",
            cause: 'CUBLAS_WORKSPACE_CONFIG is not set in the process (framework pytorch sets it to :4096:8; a script or launcher may clear it)',
            fix: 'keep CUBLAS_WORKSPACE_CONFIG=:4096:8 in the environment of every process that runs CUDA',
        }),
    },
    {
        pattern: /RuntimeError: ([A-Za-z0-9_:.]+) does not have a deterministic implementation/,
        hint: (match) => ({
            observed: `PyTorch stopped: ${match[1]} does not have a deterministic implementation`,
            cause: `the op ${match[1]} under torch.use_deterministic_algorithms(True)`,
            fix: `replace ${match[1]} with an op that has a deterministic implementation, or run it on the CPU`,
        }),
    },
    {
        pattern: /UnimplementedError[\s\S]*?(?:deterministic GPU implementation of|Determinism is not yet supported (?:in|for)(?: the)?(?: GPU implementation of)?) ([A-Za-z0-9_]+)/,
        hint: (match) => ({
            observed: `TensorFlow stopped: no deterministic implementation of ${match[1]} (UnimplementedError)`,
            cause: `the op ${match[1]} under op determinism (TF_DETERMINISTIC_OPS)`,
            fix: `replace ${match[1]} with an op that has a deterministic implementation, or run it on the CPU`,
        }),
    },
];
/** The hints of one error text: each known signature it shows, once. */
function errorHints(text) {
    const hints = [];
    for (const signature of SIGNATURES) {
        const match = text.match(signature.pattern);
        if (match)
            hints.push(signature.hint(match));
    }
    return hints;
}
/** Every hint for a check: where its runs part, then each known error signature of its errors, without repeats. */
function checkHints(divergence, errors) {
    const hints = [...(divergence ? [divergenceHint(divergence)].filter((hint) => hint !== null) : []), ...errors.flatMap(errorHints)];
    const seen = new Set();
    return hints.filter((hint) => {
        const key = `${hint.cause}\n${hint.fix}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** One hint in words, labelled as a guess: "Likely cause (…): …". */
function hintSentence(hint) {
    return `Likely cause (a hint, not a finding): ${hint.cause}, since ${hint.observed}. Fix: ${hint.fix}.`;
}
//# sourceMappingURL=hints.js.map
;// CONCATENATED MODULE: ./build/src/report/render.js

















/** The hints of a report, each one sentence labelled as a likely cause (comparison/hints.ts). */
const hintLines = (report) => checkHints(report.divergence, report.errors).map(hintSentence);
/** The sections of a check's report, in the order every rendering shows them. */
const CHECK_SECTIONS = [
    { name: 'the marker that finds the comment again', comment: ({ comment }) => [comment?.marker ?? ''] },
    {
        name: 'the verdict, where the runs part, and the summary',
        summary: ({ report, shape }) => [
            `## ${(0,markdown/* verdictHeadline */.ge)(report)} — tf-repro`,
            ...divergenceLeadMarkdown(report),
            ...summaryMarkdown(report, shape.summaryChars),
        ],
        comment: ({ report, shape }) => [
            `### ${(0,markdown/* verdictHeadline */.ge)(report)} — tf-repro`,
            ...divergenceLeadMarkdown(report),
            ...summaryMarkdown(report, shape.summaryChars),
        ],
        // A message stays one line, however long, for grep and for whoever pastes it into an issue; so does the variations' verdict (issue 23).
        text: ({ report, width }) => [
            // Where the lead says where the runs part, the verdict's line says the rest (or the verdict alone).
            (0,findings/* summaryBesideLead */.T6)(report) ?? `${report.summary.split(':')[0]}.`,
            ...(report.variations ? [(0,variations/* variationsSentence */.UQ)(report.verdict, report.variations)] : []),
            ...(0,report_text/* divergenceText */.us)(report, width),
        ],
        drops: [{ at: { summary: shorten/* LAST_RUNG */.Ap, comment: 4 }, shape: { summaryChars: shorten/* MINIMAL_SUMMARY_CHARS */.tG } }],
    },
    {
        name: 'the errors and warnings',
        summary: ({ report, shape }) => (0,shorten/* noteLines */.GI)(report, shape.notes, 'report.json'),
        comment: ({ report, shape }) => (0,shorten/* noteLines */.GI)(report, shape.notes, 'the job summary'),
        text: ({ report }) => [...report.errors.map((error) => `error: ${error}`), ...report.warnings.map((warning) => `warning: ${warning}`), ''],
        drops: [
            { at: { summary: 3, comment: 3 }, shape: { notes: shorten/* FEW_NOTES */.H2 } },
            { at: { summary: shorten/* LAST_RUNG */.Ap, comment: shorten/* LAST_RUNG */.Ap }, shape: { notes: shorten/* NO_NOTES */.Mj } },
        ],
    },
    {
        name: 'the numbers',
        summary: ({ report }) => [(0,markdown/* summaryNumbers */.LE)(report)],
        comment: ({ report }) => [(0,markdown/* summaryNumbers */.LE)(report)],
        // The CLI gives the settings under the numbers, at the top of the terminal.
        text: ({ report, width }) => [...(0,report_text/* wrap */.LV)(numbersLine(report), width), ...(0,report_text/* wrap */.LV)(`settings: ${(0,markdown/* settingsLine */.S3)(report, (text) => text)}`, width), ''],
    },
    {
        name: 'the ranks of a distributed command',
        summary: ({ report }) => orNone(ranksMarkdown(report)),
        comment: ({ report }) => orNone(ranksMarkdown(report)),
        text: ({ report, width }) => {
            const line = ranksLine(report);
            return line === null ? [] : [...(0,report_text/* wrap */.LV)(line, width), ''];
        },
    },
    {
        name: 'what was left out to fit',
        summary: ({ report, shape, full }) => orNone((0,shorten/* shortenedNote */.L6)(report, shape, full, "GitHub's limit of 1 MiB for a job summary", 'report.json has everything')),
        comment: ({ report, shape, full }) => orNone((0,shorten/* shortenedNote */.L6)(report, shape, full, `GitHub's limit of ${(0,util_text/* withCommas */.rX)(GITHUB_COMMENT_LIMIT)} characters for a comment`, 'The job summary and report.json have everything')),
    },
    {
        name: 'the drift against the baseline',
        summary: ({ report }) => (report.drift ? (0,drift/* driftMarkdown */.fZ)(report.drift, '###', drift/* SUMMARY_DRIFT_ROWS */.vV) : []),
        // Never dropped: bounded (COMMENT_DRIFT_ROWS rows, user text cut), and the news on a pull request.
        comment: ({ report }) => (report.drift ? (0,drift/* driftMarkdown */.fZ)(report.drift, '####', drift/* COMMENT_DRIFT_ROWS */.oE) : []),
        text: ({ report, width }) => (report.drift ? (0,report_text/* driftText */.LU)(report.drift, width) : []),
    },
    {
        name: 'the conditions (vary): the verdict line and a row per factor',
        summary: ({ report }) => (report.variations ? (0,variations/* variationsMarkdown */.SB)(report.verdict, report.variations, '###') : []),
        // Never dropped either: one row per factor (eight at most), user text cut.
        comment: ({ report }) => (report.variations ? (0,variations/* variationsMarkdown */.SB)(report.verdict, report.variations, '####') : []),
        text: ({ report, width }) => (report.variations ? (0,report_text/* variationsText */.QX)(report.variations, width) : []),
    },
    {
        name: 'the negative control: a run with another seed, which must differ',
        // One line, never dropped: whether the check could have seen a difference.
        summary: ({ report }) => (report.negativeControl ? [(0,format/* inertMarkdown */.Ic)((0,negative_control/* negativeControlSentence */.AS)(report.negativeControl))] : []),
        comment: ({ report }) => (report.negativeControl ? [(0,format/* inertMarkdown */.Ic)((0,negative_control/* negativeControlSentence */.AS)(report.negativeControl))] : []),
        text: ({ report, width }) => (report.negativeControl ? [...(0,report_text/* wrap */.LV)((0,negative_control/* negativeControlSentence */.AS)(report.negativeControl), width), ''] : []),
    },
    {
        name: 'the likely causes and their fixes (hints, never findings)',
        summary: ({ report }) => hintLines(report).length > 0
            ? [
                '### Likely causes',
                hintLines(report)
                    .map((line) => `- ${(0,format/* inertMarkdown */.Ic)(line)}`)
                    .join('\n'),
            ]
            : [],
        comment: ({ report }) => hintLines(report).length > 0
            ? [
                hintLines(report)
                    .map((line) => `- ${(0,format/* inertMarkdown */.Ic)(line)}`)
                    .join('\n'),
            ]
            : [],
        text: ({ report, width }) => {
            const lines = hintLines(report);
            return lines.length > 0 ? [...lines.flatMap((line) => (0,report_text/* wrap */.LV)(line, width)), ''] : [];
        },
    },
    {
        name: 'the validation loss where the runs part',
        summary: ({ report, shape }) => (shape.charts ? lossSection(report, '###', false) : []),
        comment: ({ report, shape }) => (shape.charts ? lossSection(report, '####', true) : []),
        text: ({ report, width }) => {
            const curves = (0,findings/* lossCurves */.m7)(report);
            return curves === null ? [] : [...(0,report_text/* lossText */.Tj)(curves, width), ''];
        },
        drops: [{ at: { summary: 1, comment: 1 }, shape: { charts: false } }],
    },
    {
        // The job summary's only: `tf-repro explain`'s per-variable view, folded (the comment stays short, the CLI has explain).
        name: 'which runs agree on each variable where the runs part',
        summary: ({ report, shape }) => (shape.variables ? variablesSection(report) : []),
        drops: [{ at: { summary: 1 }, shape: { variables: false } }],
    },
    {
        name: 'the cost of the settings',
        summary: ({ report, shape }) => (report.cost ? costSection(report.cost, '### With and without the determinism settings', shape.charts) : []),
        comment: ({ report, shape }) => (report.cost ? costSection(report.cost, '#### With and without the determinism settings', shape.charts) : []),
        text: ({ report, width }) => (report.cost ? [...(0,report_text/* costText */.rs)(report.cost, width), ''] : []),
    },
    {
        name: 'the diagnosis',
        summary: ({ report, shape }) => (report.diagnosis ? diagnosisSection(report.diagnosis, '### Which settings this runner needs', shape.diagnosisTable) : []),
        comment: ({ report, shape }) => (report.diagnosis ? compactDiagnosis(report.diagnosis, shape.diagnosisTable) : []),
        text: ({ report, width }) => (report.diagnosis ? [...(0,report_text/* diagnosisText */.f7)(report.diagnosis, width), ''] : []),
        drops: [{ at: { summary: shorten/* LAST_RUNG */.Ap, comment: 3 }, shape: { diagnosisTable: false } }],
    },
    {
        name: 'the settings',
        summary: ({ report, shape }) => (shape.settings ? ['### Settings', (0,markdown/* settingsLine */.S3)(report)] : []),
        comment: ({ report, shape }) => (shape.settings ? [`**Settings:** ${(0,markdown/* settingsLine */.S3)(report)}`] : []),
        drops: [{ at: { summary: shorten/* LAST_RUNG */.Ap, comment: 4 }, shape: { settings: false } }],
    },
    {
        name: "the per-fold table and each run's values",
        summary: ({ report, shape, tables }) => (shape.foldRows === null ? [] : (0,markdown/* perFoldSection */.Cj)(report, tables, shape.foldRows)),
        comment: ({ report, shape, tables }) => (shape.foldRows === null ? [] : commentFoldSections(report, tables, shape.foldRows)),
        text: ({ report, views, width }) => [...(0,report_text/* foldTableText */.RY)(views, width), ...(0,report_text/* perRunTables */.Oi)(report, views, width), ''],
        // Rows go from the end first (fitToLimit), then the table.
        drops: [{ at: { summary: shorten/* PER_FOLD_RUNG */.P$, comment: shorten/* PER_FOLD_RUNG */.P$ }, shape: { foldRows: null } }],
    },
    {
        name: "the time per run, a command's artifacts, a model's seeds",
        summary: ({ report, shape }) => (shape.details ? ['### Time', (0,markdown/* timingTable */.ZS)(report), ...(0,own_training/* ownTrainingMarkdown */.a)(report)] : []),
        // The command, its variables and logs as they are: a reader copies them.
        text: ({ report, width }) => [
            ...(0,own_training/* ownTrainingText */.aH)(report),
            ...(0,report_text/* wrap */.LV)(report.runs
                .map((run) => `run ${run.run}: ${run.status}, ${(0,format/* seconds */.YA)(run.durationSeconds)}${(0,format/* runGpus */.hM)(run) === null ? '' : ` (CUDA_VISIBLE_DEVICES ${(0,format/* runGpus */.hM)(run)})`}`)
                .join(' · '), width),
        ],
        drops: [{ at: { summary: 4 }, shape: { details: false } }],
    },
    {
        name: 'the environment (a command: the command and what it got)',
        summary: ({ report, shape }) => {
            const { heading, body } = (0,markdown/* environmentSection */.Bg)(report);
            return shape.environment ? [`### ${heading}`, body] : [];
        },
        comment: ({ report, shape }) => (shape.environment ? [environmentDetails(report)] : []),
        text: ({ report, width }) => (report.environment ? (0,report_text/* environmentText */.HR)(report.environment, width) : []),
        drops: [{ at: { summary: shorten/* LAST_RUNG */.Ap, comment: 3 }, shape: { environment: false } }],
    },
    { name: 'the link to the run', comment: ({ report, comment }) => (comment ? [footer(report, comment)] : []) },
];
/** The verdict's sentence under the headline and the divergence lead, which it does not repeat. */
function summaryMarkdown(report, chars) {
    const summary = (0,findings/* summaryBesideLead */.T6)(report);
    return summary === null ? [] : [(0,format/* inertMarkdown */.Ic)((0,shorten/* cut */.Jj)(summary, chars))];
}
/** "variance 1.1e-7 · largest difference 1e-3 · 3 runs in 1 min 1 s"; where neither was measured, the runs first, then why. */
function numbersLine(report) {
    const runs = `${(0,util_text/* plural */.LS)(report.runs.length, 'run')} in ${(0,format/* seconds */.YA)(report.durationSeconds)}`;
    if (report.variance === null || report.maxAbsDiff === null)
        return `${runs} · variance and largest difference ${(0,format/* notMeasuredWords */.DQ)(report.notMeasured)}`;
    return `variance ${(0,format/* scientific */.eg)(report.variance)} · largest difference ${(0,format/* scientific */.eg)(report.maxAbsDiff)} · ${runs}`;
}
const orNone = (text) => (text === null ? [] : [text]);
function ranksMarkdown(report) {
    const line = ranksLine(report);
    return line === null ? null : (0,format/* inertMarkdown */.Ic)(line);
}
function fitSections(report, target, comment, size, limit) {
    const tables = (0,markdown/* foldTables */.jA)(report);
    const full = fullShape(report, target === 'summary');
    const { lighter, ladder, last } = (0,shorten/* dropLadder */.Ut)(CHECK_SECTIONS, target, full);
    const render = (shape) => {
        const context = { report, shape, full, tables, comment };
        const parts = CHECK_SECTIONS.flatMap((section) => section[target]?.(context) ?? []);
        return target === 'summary' ? [...parts, ''].join('\n\n') : `${parts.join('\n\n')}\n`;
    };
    return (0,shorten/* fitToLimit */.Qt)({ full, lighter, render, size, limit, ladder, last });
}
const render_utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
/** The job summary, at most `limitBytes` bytes of UTF-8: what is dropped to fit, and when, is each section's `drops`. */
function renderSummaryMarkdown(report, limitBytes = markdown/* SUMMARY_LIMIT_BYTES */.Jz) {
    if (report.across)
        return renderAcrossSummary(report, (0,markdown/* settingsLine */.S3)(report), limitBytes);
    return fitSections(report, 'summary', null, render_utf8Bytes, limitBytes);
}
/**
 * The comment body, at most `limit` characters. Never dropped: the headline, where the runs part,
 * the numbers, the cost table, the diagnosis in a line, the drift and the link.
 */
function renderComment(report, context, limit = GITHUB_COMMENT_LIMIT) {
    if (report.across)
        return renderAcrossComment(report, { marker: context.marker, footer: footer(report, context), settingsLine: (0,markdown/* settingsLine */.S3)(report) }, limit);
    return fitSections(report, 'comment', context, (text) => text.length, limit);
}
/** The CLI's report on stdout: every section's text, in order. */
function renderText(report, width = (0,report_text/* textWidth */.sc)()) {
    if (report.across)
        return (0,report_text/* renderAcrossText */.Vt)(report, width);
    const context = { report, views: (0,fold_view/* foldViews */.M3)(report), width };
    // Sections joined by flat(), never push(...lines): a spread of a hundred thousand folds' lines overflows the stack.
    return CHECK_SECTIONS.map((section) => section.text?.(context) ?? [])
        .flat()
        .join('\n')
        .concat('\n');
}
//# sourceMappingURL=render.js.map

/***/ }),

/***/ 6923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ reportJson),
/* harmony export */   w: () => (/* binding */ decodeNumber)
/* harmony export */ });
const NON_FINITE = new Map([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
]);
/** The report as report.json holds it, indented, ending in a newline. */
function reportJson(report) {
    return `${JSON.stringify(report, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2)}\n`;
}
/** A number as report.json writes it: a JSON number, or "NaN", "Infinity", "-Infinity". Else null. */
function decodeNumber(value) {
    if (typeof value === 'number')
        return value;
    return typeof value === 'string' ? (NON_FINITE.get(value) ?? null) : null;
}
//# sourceMappingURL=report-json.js.map

/***/ }),

/***/ 1646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ savedRole),
/* harmony export */   Gt: () => (/* binding */ savedReport),
/* harmony export */   Nw: () => (/* binding */ savedShardHeader),
/* harmony export */   s9: () => (/* binding */ savedLeg),
/* harmony export */   vV: () => (/* binding */ savedTrace)
/* harmony export */ });
/* harmony import */ var _contracts_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4127);
/* harmony import */ var _contracts_run_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8032);
/* harmony import */ var _contracts_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1292);
/* harmony import */ var _util_user_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2292);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6923);
// A report.json read back for `tf-repro explain`: the parts it renders, checked to be what
// tf-repro writes, with "NaN" and "Infinity" read back as numbers (report-json.ts). An edited or
// foreign file is one clear error that names the file and the field, never a crash further on.
// Reports of tf-repro before these fields existed lack them, which is fine. Pure.





const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A field that is not what tf-repro writes: where, and what it should be. */
class Misfit extends Error {
    where;
    expected;
    constructor(where, expected) {
        super(`${where} is not ${expected}`);
        this.where = where;
        this.expected = expected;
    }
}
/** An object of report.json at `where` ("cost.with"), its fields read and checked by name. */
class Fields {
    json;
    where;
    constructor(json, where) {
        this.json = json;
        this.where = where;
    }
    static of(value, where) {
        if (!isObject(value))
            throw new Misfit(where, 'an object');
        return new Fields(value, where);
    }
    at(name) {
        return this.where === '' ? name : `${this.where}.${name}`;
    }
    raw(name) {
        return Object.hasOwn(this.json, name) ? this.json[name] : undefined;
    }
    has(name) {
        return this.raw(name) !== undefined;
    }
    isNull(name) {
        return this.raw(name) === null;
    }
    object(name) {
        return Fields.of(this.raw(name), this.at(name));
    }
    number(name) {
        const decoded = (0,_report_json_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeNumber */ .w)(this.raw(name));
        if (decoded === null)
            throw new Misfit(this.at(name), 'a number');
        return decoded;
    }
    count(name) {
        return countAt(this.raw(name), this.at(name));
    }
    text(name) {
        return textAt(this.raw(name), this.at(name));
    }
    boolean(name) {
        const value = this.raw(name);
        if (typeof value !== 'boolean')
            throw new Misfit(this.at(name), 'true or false');
        return value;
    }
    oneOf(name, choices) {
        const value = this.raw(name);
        if (typeof value !== 'string' || !choices.includes(value))
            throw new Misfit(this.at(name), `one of ${choices.join(', ')}`);
        return value;
    }
    list(name, item) {
        const value = this.raw(name);
        if (!Array.isArray(value))
            throw new Misfit(this.at(name), 'a list');
        return value.map((entry, i) => item(entry, `${this.at(name)}[${i}]`));
    }
    /** null where the field is null (or, for `orAbsent`, missing), else `read`. */
    nullable(name, read, orAbsent = false) {
        return this.isNull(name) || (orAbsent && !this.has(name)) ? null : read(name);
    }
}
function countAt(value, where) {
    if (!Number.isSafeInteger(value) || value < 0)
        throw new Misfit(where, 'a whole number of at least 0');
    return value;
}
function textAt(value, where) {
    if (typeof value !== 'string')
        throw new Misfit(where, 'a string');
    return value;
}
const VERDICTS = ['reproducible', 'not-reproducible', 'error'];
function divergenceOf(value, where) {
    const d = Fields.of(value, where);
    const runs = d.list('runs', countAt);
    if (runs.length !== 2)
        throw new Misfit(d.at('runs'), 'a pair of runs');
    const narrowing = d.has('narrowing') ? d.object('narrowing') : null;
    return {
        runs: [runs[0], runs[1]],
        fold: d.count('fold'),
        stage: d.nullable('stage', (name) => d.oneOf(name, ['init', 'epoch', 'evaluation'])),
        epoch: d.nullable('epoch', (name) => d.count(name)),
        batch: d.nullable('batch', (name) => d.count(name)),
        variables: d.list('variables', textAt),
        ...(d.has('inputs') ? { inputs: d.oneOf('inputs', ['differ', 'same']) } : {}),
        ...(narrowing === null
            ? {}
            : {
                narrowing: {
                    status: narrowing.oneOf('status', ['found', 'agreed', 'skipped', 'failed']),
                    detail: narrowing.text('detail'),
                    seconds: narrowing.number('seconds'),
                },
            }),
    };
}
/** A divergence, or null (also where an older writer left the field out). */
const divergenceIn = (fields, name) => fields.nullable(name, (n) => divergenceOf(fields.raw(n), fields.at(n)), true);
function workOf(value, where) {
    const work = Fields.of(value, where);
    return { trainedEpochs: work.count('trainedEpochs'), plannedEpochs: work.count('plannedEpochs'), stoppedEarly: work.boolean('stoppedEarly') };
}
function costSideOf(side) {
    return {
        runs: side.count('runs'),
        verdict: side.oneOf('verdict', VERDICTS),
        variance: side.nullable('variance', (name) => side.number(name)),
        maxAbsDiff: side.nullable('maxAbsDiff', (name) => side.number(name)),
        secondsPerRun: side.number('secondsPerRun'),
        divergence: divergenceIn(side, 'divergence'),
    };
}
/** A metric on two sides (issue 23, part 4); null where the field is null or absent (reports before it). */
function differenceIn(fields, name) {
    const difference = fields.nullable(name, (field) => fields.object(field), true);
    if (difference === null)
        return null;
    const value = (side) => difference.nullable(side, (field) => difference.number(field));
    return { fold: difference.count('fold'), metric: difference.text('metric'), control: value('control'), other: value('other') };
}
/** `sameNumbers` and its difference, where the report has them. */
function numbersIn(fields, deltaName) {
    if (!fields.has('sameNumbers'))
        return {};
    return { sameNumbers: fields.nullable('sameNumbers', (name) => fields.boolean(name)), [deltaName]: differenceIn(fields, deltaName) };
}
function costOf(value, where) {
    const cost = Fields.of(value, where);
    return {
        with: costSideOf(cost.object('with')),
        without: costSideOf(cost.object('without')),
        overhead: cost.nullable('overhead', (name) => cost.number(name)),
        case: cost.oneOf('case', _contracts_report_js__WEBPACK_IMPORTED_MODULE_1__/* .COST_CASES */ .c),
        explanation: cost.text('explanation'),
        ...numbersIn(cost, 'numbersDelta'),
    };
}
function settingOf(value, where) {
    const setting = Fields.of(value, where);
    return {
        name: setting.text('name'),
        kind: setting.oneOf('kind', ['variable', 'threads', 'seeding']),
        finding: setting.oneOf('finding', ['necessary', 'pins-numbers', 'not-needed', 'not-tried', 'failed']),
        seconds: setting.nullable('seconds', (name) => setting.number(name)),
        divergence: divergenceIn(setting, 'divergence'),
        detail: setting.has('detail') ? setting.text('detail') : '',
        ...(setting.has('delta') ? { delta: differenceIn(setting, 'delta') } : {}),
    };
}
function diagnosisOf(value, where) {
    const diagnosis = Fields.of(value, where);
    const baseline = diagnosis.object('baseline');
    const fastest = diagnosis.nullable('fastest', (name) => diagnosis.object(name), true);
    return {
        configuration: diagnosis.text('configuration'),
        baseline: {
            seconds: baseline.number('seconds'),
            divergence: divergenceIn(baseline, 'divergence'),
            verdict: baseline.oneOf('verdict', VERDICTS),
            ...numbersIn(baseline, 'delta'),
        },
        settings: diagnosis.list('settings', settingOf),
        fastest: fastest === null
            ? null
            : {
                off: fastest.list('off', textAt),
                seconds: fastest.number('seconds'),
                reproducible: fastest.boolean('reproducible'),
                allOnSeconds: fastest.number('allOnSeconds'),
            },
        budgetMinutes: diagnosis.number('budgetMinutes'),
        spentSeconds: diagnosis.number('spentSeconds'),
        notes: diagnosis.has('notes') ? diagnosis.list('notes', textAt) : [],
    };
}
function checkpointOf(value, where) {
    const checkpoint = Fields.of(value, where);
    const digests = checkpoint.object('digests');
    const names = Object.keys(checkpoint.raw('digests'));
    return {
        fold: checkpoint.count('fold'),
        epoch: checkpoint.count('epoch'),
        batch: checkpoint.nullable('batch', (name) => checkpoint.count(name), true),
        digests: Object.fromEntries(names.map((name) => [name, digests.text(name)])),
        ...(checkpoint.nullable('valLoss', (name) => checkpoint.number(name), true) === null ? {} : { valLoss: checkpoint.number('valLoss') }),
        ...(checkpoint.has('rank') ? { rank: checkpoint.count('rank') } : {}),
        ...(checkpoint.raw('sharded') === true ? { sharded: true } : {}),
        // The digest of the step's inputs (issue 22, part 7), where the run recorded one.
        ...(checkpoint.has('inputSha256') ? { inputSha256: checkpoint.text('inputSha256') } : {}),
    };
}
function runOf(value, where) {
    const run = Fields.of(value, where);
    return { run: run.count('run'), role: run.oneOf('role', _contracts_run_result_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_ROLES */ .W), ...(run.has('trace') ? { trace: run.list('trace', checkpointOf) } : {}) };
}
/** Misfit, the error inside, as the one clear error a user sees: the file, the field, and how to mend it. */
function asUserError(error, path, reader) {
    if (!(error instanceof Misfit))
        return error;
    return new _util_user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${path}: "${error.where}" is not ${error.expected}; ${reader} reads the report.json that tf-repro wrote, unedited`);
}
/**
 * A run's role as report.json holds it (`where`: "runs[2].role"), checked. The report is already
 * of the current schema (report-schema.ts gave a version 1 report's runs the role control).
 */
function savedRole(value, path, where) {
    if (typeof value === 'string' && _contracts_run_result_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_ROLES */ .W.includes(value))
        return value;
    throw asUserError(new Misfit(where, `one of ${_contracts_run_result_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_ROLES */ .W.join(', ')}`), path, 'compare');
}
/** A run's trace as report.json holds it (`where`: "runs[2].trace"), checked: what compare locates divergences in. */
function savedTrace(value, path, where) {
    try {
        if (!Array.isArray(value))
            throw new Misfit(where, 'a list');
        return value.map((entry, i) => checkpointOf(entry, `${where}[${i}]`));
    }
    catch (error) {
        throw asUserError(error, path, 'compare');
    }
}
/**
 * What explain renders of a report.json (its object, already checked to be a tf-repro report of
 * this schema version), each field checked. An error names `path` and the field.
 */
function savedReport(json, path) {
    try {
        const report = Fields.of(json, '');
        return {
            verdict: report.oneOf('verdict', VERDICTS),
            summary: report.text('summary'),
            runs: report.list('runs', runOf),
            ...(report.has('divergence') ? { divergence: divergenceIn(report, 'divergence') } : {}),
            ...(report.has('work') ? { work: workOf(report.raw('work'), 'work') } : {}),
            ...(report.has('cost') ? { cost: costOf(report.raw('cost'), 'cost') } : {}),
            ...(report.has('diagnosis') ? { diagnosis: diagnosisOf(report.raw('diagnosis'), 'diagnosis') } : {}),
        };
    }
    catch (error) {
        throw asUserError(error, path, 'explain');
    }
}
/**
 * A shard leg's header (report.shard), checked; null where the report has none (a whole check's).
 * An error names `path` and the field.
 */
function savedShardHeader(json, path) {
    try {
        const report = Fields.of(json, '');
        if (!report.has('shard'))
            return null;
        const shard = report.object('shard');
        return {
            index: shard.count('index'),
            count: shard.count('count'),
            folds: shard.list('folds', countAt),
            settingsDigest: shard.text('settingsDigest'),
            datasetDigest: shard.text('datasetDigest'),
            toolVersion: shard.text('toolVersion'),
            ...(shard.has('modelSha256') ? { modelSha256: shard.nullable('modelSha256', (name) => shard.text(name)) } : {}),
        };
    }
    catch (error) {
        throw asUserError(error, path, 'merge');
    }
}
/** A saved report's `variations`, as across shows them: which factors changed its numbers; null where it has none. */
function legVariations(raw) {
    const factors = raw?.factors;
    if (!Array.isArray(factors))
        return null;
    const byStatus = (statuses) => _contracts_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .VARY_FACTORS */ .YS.filter((factor) => factors.some((outcome) => outcome?.factor === factor && statuses.includes(String(outcome?.status))));
    return { sensitiveTo: byStatus(['differs']), same: byStatus(['same']), notVaried: byStatus(['not-varied', 'not-tried']) };
}
/** A shard header as `2 of 4` (its raw JSON where it is not one tf-repro writes); null where there is none. */
function shardWords(shard) {
    if (shard === undefined || shard === null)
        return null;
    const { index, count } = shard;
    return typeof index === 'number' && typeof count === 'number' ? `${index} of ${count}` : JSON.stringify(shard);
}
/** A fingerprint as report.json holds it; what across lines up is read as text, so only its shape is checked. */
function fingerprintOf(fields, value) {
    fields.object('determinismVariables');
    // A training process's has its backend; a command's says it is one.
    if (value.kind === 'command')
        fields.text('kind');
    else
        fields.text('backend');
    return value;
}
/**
 * A leg's report.json (its object, already checked to be a tf-repro report of this schema
 * version) as `across` reads it, each field checked. An error names `path` and the field.
 */
function savedLeg(json, path) {
    try {
        const report = Fields.of(json, '');
        const settings = report.object('settings');
        settings.text('source');
        const shard = report.raw('shard');
        return {
            verdict: report.oneOf('verdict', VERDICTS),
            summary: report.text('summary'),
            label: report.nullable('label', (name) => report.text(name), true),
            toolVersion: report.object('tool').text('version'),
            durationSeconds: report.number('durationSeconds'),
            tolerance: report.object('comparison').number('tolerance'),
            settings: report.raw('settings'),
            environment: report.nullable('environment', (name) => fingerprintOf(report.object(name), report.raw(name)), true),
            errors: report.has('errors') ? report.list('errors', textAt) : [],
            shard: shardWords(shard),
            isAcross: report.has('across'),
            variations: legVariations(report.raw('variations')),
        };
    }
    catch (error) {
        throw asUserError(error, path, 'across');
    }
}
//# sourceMappingURL=saved-report.js.map

/***/ }),

/***/ 1669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ LAST_RUNG),
/* harmony export */   GI: () => (/* binding */ noteLines),
/* harmony export */   H2: () => (/* binding */ FEW_NOTES),
/* harmony export */   Jj: () => (/* reexport safe */ _util_text_js__WEBPACK_IMPORTED_MODULE_1__.Jj),
/* harmony export */   L6: () => (/* binding */ shortenedNote),
/* harmony export */   Mj: () => (/* binding */ NO_NOTES),
/* harmony export */   P$: () => (/* binding */ PER_FOLD_RUNG),
/* harmony export */   Qt: () => (/* binding */ fitToLimit),
/* harmony export */   Ut: () => (/* binding */ dropLadder),
/* harmony export */   g2: () => (/* binding */ ALL_NOTES),
/* harmony export */   tG: () => (/* binding */ MINIMAL_SUMMARY_CHARS)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5845);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5636);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7499);




const ALL_NOTES = 'all';
const FEW_NOTES = { count: 5, chars: 500 };
const MINIMAL_SUMMARY_CHARS = 1_000;
const NO_NOTES = { count: 0, chars: 0 };
const PER_FOLD_RUNG = 2;
const LAST_RUNG = Infinity;
/** The shapes `target` tries after the full one, from the sections' drops: lighter ones before rows are dropped, the ladder after, and the last. */
function dropLadder(sections, target, full) {
    const drops = sections
        .flatMap((section) => section.drops ?? [])
        .flatMap((drop) => (drop.at[target] === undefined ? [] : [{ rung: drop.at[target], shape: drop.shape }]))
        .sort((a, b) => a.rung - b.rung);
    const shapeAt = (rung) => drops.filter((drop) => drop.rung <= rung).reduce((shape, drop) => ({ ...shape, ...drop.shape }), full);
    const rungs = [...new Set(drops.map((drop) => drop.rung))];
    return {
        lighter: rungs.filter((rung) => rung < PER_FOLD_RUNG).map(shapeAt),
        ladder: rungs.filter((rung) => rung >= PER_FOLD_RUNG && rung < LAST_RUNG).map(shapeAt),
        last: shapeAt(LAST_RUNG),
    };
}

/** The errors and warnings as GitHub alerts; `elsewhere` names where the ones left out are. */
function noteLines(report, notes, elsewhere) {
    const all = [...report.errors.map((text) => ['CAUTION', text]), ...report.warnings.map((text) => ['WARNING', text])];
    if (notes === ALL_NOTES)
        return all.map(([kind, text]) => `> [!${kind}]\n> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(text)}`);
    const { count, chars } = notes;
    const shown = all.slice(0, count).map(([kind, text]) => `> [!${kind}]\n> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(text, chars))}`);
    const more = all.length - count;
    if (more > 0)
        shown.push(`_${more} more ${more === 1 ? 'error or warning' : 'errors and warnings'} in ${elsewhere}._`);
    return shown;
}
/**
 * "> [!NOTE] Shortened to fit …: left out …": what `shape` leaves out of `full`; null when
 * nothing is. `limit` names the limit, `everything` where the whole report is.
 */
function shortenedNote(report, shape, full, limit, everything) {
    const left = [];
    const folds = report.comparison.folds.length;
    // In the order they are dropped: the charts first.
    if (shape.charts !== full.charts)
        left.push('the charts');
    if (shape.variables !== full.variables)
        left.push('which runs agree on each variable');
    if (shape.foldRows === null)
        left.push('the per-fold table');
    else if (shape.foldRows < folds)
        left.push(`${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(folds - shape.foldRows, 'per-fold row')} (the table shows the first ${shape.foldRows} of ${folds} folds)`);
    if (shape.diagnosisTable !== full.diagnosisTable)
        left.push("the diagnosis's table");
    if (shape.environment !== full.environment)
        left.push(report.command ? 'the command and its variables' : 'the environment fingerprint');
    if (shape.settings !== full.settings)
        left.push('the settings');
    if (shape.details !== full.details)
        left.push('the time per run and the sections on artifacts and seeds');
    if (shape.notes !== ALL_NOTES && report.errors.length + report.warnings.length > 0)
        left.push('some of the errors and warnings, or their ends');
    if (((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryBesideLead */ .T6)(report) ?? '').length > shape.summaryChars)
        left.push('the end of the summary');
    if (left.length === 0)
        return null;
    return `> [!NOTE]\n> Shortened to fit ${limit}: left out ${left.join(', ')}. ${everything}.`;
}
/**
 * The fullest rendering that fits: everything; else each lighter shape in turn; else the most
 * per-fold rows that fit (a binary search, so a few renderings, each only as long as the rows it
 * shows); else each shape of the ladder in turn; else the last.
 */
function fitToLimit({ full, lighter = [], render, size, limit, ladder, last }) {
    const fits = (shape) => {
        const text = render(shape);
        return size(text) <= limit ? text : null;
    };
    let base = full;
    for (const shape of [full, ...lighter]) {
        const text = fits(shape);
        if (text !== null)
            return text;
        base = shape;
    }
    let low = 1;
    let high = (base.foldRows ?? 0) - 1;
    let best = null;
    while (low <= high) {
        const rows = Math.floor((low + high) / 2);
        const text = fits({ ...base, foldRows: rows });
        if (text !== null) {
            best = text;
            low = rows + 1;
        }
        else {
            high = rows - 1;
        }
    }
    if (best !== null)
        return best;
    for (const shape of ladder) {
        const text = fits(shape);
        if (text !== null)
            return text;
    }
    return render(last);
}
//# sourceMappingURL=shorten.js.map

/***/ }),

/***/ 4913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ environmentText),
/* harmony export */   LU: () => (/* binding */ driftText),
/* harmony export */   LV: () => (/* binding */ wrap),
/* harmony export */   Oi: () => (/* binding */ perRunTables),
/* harmony export */   QX: () => (/* binding */ variationsText),
/* harmony export */   RY: () => (/* binding */ foldTableText),
/* harmony export */   Tj: () => (/* binding */ lossText),
/* harmony export */   Vt: () => (/* binding */ renderAcrossText),
/* harmony export */   f7: () => (/* binding */ diagnosisText),
/* harmony export */   gu: () => (/* binding */ indented),
/* harmony export */   nP: () => (/* binding */ alignedTable),
/* harmony export */   rs: () => (/* binding */ costText),
/* harmony export */   sc: () => (/* binding */ textWidth),
/* harmony export */   us: () => (/* binding */ divergenceText)
/* harmony export */ });
/* unused harmony export DEFAULT_TEXT_WIDTH */
/* harmony import */ var _comparison_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8431);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5845);
/* harmony import */ var _agreement_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6804);
/* harmony import */ var _fold_view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9407);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2315);
/* harmony import */ var _variations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8116);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7499);
/* harmony import */ var _across_view_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8633);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5636);










/** The width when stdout is not a terminal (a file, a pipe, a CI log). */
const DEFAULT_TEXT_WIDTH = 100;
/** Narrower than this, wrapping helps nobody. */
const MIN_TEXT_WIDTH = 40;
/** The terminal's columns where `stream` is one, else DEFAULT_TEXT_WIDTH. */
function textWidth(stream = process.stdout) {
    return stream.isTTY && stream.columns ? Math.max(MIN_TEXT_WIDTH, stream.columns) : DEFAULT_TEXT_WIDTH;
}
const MARK = { match: 'ok', mismatch: 'MISMATCH', note: 'allowed' };
/**
 * `text` in lines of at most `width` characters; later lines indented. Parts between ' · ' stay
 * whole where they fit (the '·' ends a line), else it breaks at spaces; a longer word stays whole.
 */
function wrap(text, width, indent = '  ') {
    // A line of its own in the text (an error's output) stays one.
    if (text.includes('\n'))
        return text.split('\n').flatMap((line) => wrap(line, width, indent));
    const parts = text.split(' · ').map((part, i, all) => (i < all.length - 1 ? `${part} ·` : part));
    return pack(parts, ' ', width, indent).flatMap((line, i) => line.length > width ? pack(line.trimStart().split(' '), ' ', width, indent).map((piece, j) => (i > 0 && j === 0 ? indent + piece : piece)) : [line]);
}
/** `parts` joined by `separator`, as many to a line as fit in `width`; a new line starts with `indent`. */
function pack(parts, separator, width, indent) {
    const lines = [];
    let line = null;
    for (const part of parts) {
        if (line === null)
            line = part;
        else if (part !== '' && line.trim() !== '' && line.length + separator.length + part.length > width) {
            lines.push(line.trimEnd());
            line = indent + part;
        }
        else
            line = `${line}${separator}${part}`;
    }
    lines.push(line ?? '');
    return lines;
}
/** "runs 1–4, 6 | run 5 | runs 7–10" in lines of `width`, broken between groups where it can be. */
function wrapGroups(agreement, width) {
    const groups = agreement.split(' | ').map((group, i, all) => (i < all.length - 1 ? `${group} |` : group));
    return pack(groups, ' ', width, '').flatMap((line) => (line.length > width ? wrap(line, width, '') : [line]));
}
/** Column widths of `rows`: a loop, since a spread of a hundred thousand rows overflows the stack. */
function widths(rows) {
    const columns = rows.reduce((most, row) => Math.max(most, row.length), 0);
    return Array.from({ length: columns }, (_, column) => rows.reduce((widest, row) => Math.max(widest, row[column]?.length ?? 0), 0));
}
const FOLD_HEADER = ['fold', 'metric', 'value', 'max Δ', 'variance', '', 'runs that agree'];
/** Narrower than this, the runs that agree go on lines of their own under each row. */
const MIN_AGREEMENT_WIDTH = 24;
/**
 * Per fold, a row per metric and one for the weights, aligned. The last column, the runs that
 * agree, wraps between groups where the row would be wider than `width`; where the other columns
 * leave it too little room, it goes under the row.
 */
function foldTableText(views, width) {
    // Fail-fast can stop every run before any fold was finished twice: nothing to line up.
    if (views.length === 0)
        return ['no fold was finished by two runs, so no fold is compared'];
    const rows = [FOLD_HEADER];
    for (const view of views) {
        view.rows.forEach((row, i) => {
            rows.push([i === 0 ? String(view.fold) : '', row.metric ?? '(weights)', row.value, row.maxAbsDiff, row.variance, MARK[row.mark], row.agreement]);
        });
        if (view.rows.length === 0)
            rows.push([String(view.fold), '—']);
    }
    const columnWidths = widths(rows.map((row) => row.slice(0, -1)));
    const besideStart = columnWidths.reduce((sum, w) => sum + w + 2, 0);
    const beside = width - besideStart >= MIN_AGREEMENT_WIDTH;
    // Under the row: indented as the metric column.
    const underStart = columnWidths[0] + 2;
    const lines = [];
    rows.forEach((row, r) => {
        const fixed = row
            .slice(0, -1)
            .map((cell, column) => cell.padEnd(columnWidths[column]))
            .join('  ');
        const last = row.length < FOLD_HEADER.length ? '' : row.at(-1);
        if (beside) {
            const [first, ...rest] = last === '' ? [''] : wrapGroups(last, width - besideStart);
            lines.push(`${fixed}  ${first}`.trimEnd(), ...rest.map((part) => `${' '.repeat(besideStart)}${part}`));
        }
        else {
            lines.push(fixed.trimEnd());
            // 'all' under every matching row would double the table to say nothing.
            if (last !== '' && last !== _agreement_js__WEBPACK_IMPORTED_MODULE_6__/* .ALL_AGREE */ .nG && r > 0)
                lines.push(...wrapGroups(`agree: ${last}`, width - underStart).map((part, i) => `${' '.repeat(underStart + (i === 0 ? 0 : 7))}${part}`));
        }
    });
    return lines;
}
/**
 * Columns (each padded to its widest cell) in pieces that fit `room` with two spaces before each:
 * as few pieces as fit, of near-equal sizes where that still fits; always at least one a piece.
 */
function columnsThatFit(columns, room) {
    const padded = columns.map((column) => {
        const columnWidth = column.reduce((widest, cell) => Math.max(widest, cell.length), 0);
        return column.map((cell) => cell.padEnd(columnWidth));
    });
    const fits = (piece) => piece.length === 1 || piece.reduce((used, column) => used + 2 + (column[0]?.length ?? 0), 0) <= room;
    const greedy = [];
    for (const column of padded) {
        const last = greedy.at(-1);
        if (last && fits([...last, column]))
            last.push(column);
        else
            greedy.push([column]);
    }
    const balanced = (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_7__/* .chunks */ .VN)(padded, Math.ceil(padded.length / Math.max(1, greedy.length)));
    return balanced.length === greedy.length && balanced.every(fits) ? balanced : greedy;
}
/**
 * Each run's value of each metric in the folds where runs differ: per metric, a row per run and a
 * column per fold, as many folds side by side as `width` allows.
 */
function perRunTables(report, views, width) {
    const runs = report.runs.map((run) => `run ${run.run}`);
    const lines = [];
    report.comparison.metricNames.forEach((name, m) => {
        const columns = (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_7__/* .foldsWhereRunsDiffer */ ._q)(views, m).map((view) => [`fold ${view.fold}`, ...(view.perRun?.[m] ?? [])]);
        const labels = [name, ...runs];
        const labelWidth = labels.reduce((widest, label) => Math.max(widest, label.length), 0);
        for (const piece of columnsThatFit(columns, width - labelWidth)) {
            lines.push('', ...labels.map((label, row) => [label.padEnd(labelWidth), ...piece.map((column) => column[row])].join('  ').trimEnd()));
        }
    });
    return lines.length === 0 ? [] : ['', "each run's values where the runs differ (report.json has them in full):"].concat(lines);
}
/** Narrower than this (and than its widest cell), a table's last column goes on lines of its own under its row. */
const MIN_LAST_COLUMN = 24;
/**
 * `rows` (the header first) as aligned columns behind `indent`. The last column wraps in the room
 * the others leave, or, where that is too little, goes under its row.
 */
function alignedTable(rows, width, indent = '  ') {
    const columnWidths = widths(rows.map((row) => row.slice(0, -1)));
    const lastStart = indent.length + columnWidths.reduce((sum, w) => sum + w + 2, 0);
    const widestLast = rows.reduce((widest, row) => Math.max(widest, row.at(-1)?.length ?? 0), 0);
    const beside = width - lastStart >= Math.min(MIN_LAST_COLUMN, widestLast);
    return rows.flatMap((row) => {
        const fixed = indent +
            row
                .slice(0, -1)
                .map((cell, column) => cell.padEnd(columnWidths[column]))
                .join('  ');
        const last = row.at(-1) ?? '';
        if (row.length < 2)
            return [`${indent}${last}`.trimEnd()];
        if (beside) {
            const [first, ...rest] = wrap(last, width - lastStart, '');
            return [`${fixed}  ${first ?? ''}`.trimEnd(), ...rest.map((part) => `${' '.repeat(lastStart)}${part}`)];
        }
        const under = `${indent}    `;
        return [fixed.trimEnd(), ...(last === '' ? [] : wrap(last, width - under.length, '').map((part) => `${under}${part}`))];
    });
}
/** Rows as columns. */
const transpose = (rows) => (rows[0] ?? []).map((_, column) => rows.map((row) => row[column] ?? ''));
/** `text` wrapped behind `by`, later lines indented further. */
function indented(text, width, by = '  ') {
    return wrap(text, width - by.length).map((line) => `${by}${line}`);
}
/**
 * Where the runs part, how far it was narrowed, and the work fail-fast skipped: a sentence each.
 * Where they part stays one line, as the verdict's sentence does, for grep and for pasting.
 */
function divergenceText(report, width) {
    const [first, ...rest] = (0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .divergenceLead */ .XV)(report);
    return first === undefined ? [] : [first, ...rest.flatMap((sentence) => wrap(sentence, width))];
}
function lossText(curves, width) {
    const drawn = curves.series.length < curves.runsWithLoss ? ` (${curves.series.length} of the ${curves.runsWithLoss} runs with a loss)` : '';
    return [
        ...wrap(`Validation loss at the end of each epoch of fold ${curves.fold}, where the runs part${drawn}:`, width),
        ...alignedTable([(0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .LOSS_HEADER */ .aR)(curves), ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .lossRows */ .xH)(curves)], width),
    ];
}
function costText(cost, width) {
    const [label, explanation] = (0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .costCase */ .YV)(cost);
    const rows = [_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .COST_HEADER */ .qG, ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .costRows */ .Dh)(cost)];
    const sideBySide = alignedTable(rows, Infinity);
    // Too wide for the terminal: a row per measure, a column per side.
    const table = sideBySide.every((line) => line.length <= width) ? sideBySide : alignedTable(transpose(rows), width);
    return [
        'With and without the determinism settings:',
        ...table,
        ...[(0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .overheadSentence */ .cx)(cost), `${label}. ${explanation}`, ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .costDivergences */ .rW)(cost)].flatMap((sentence) => indented(sentence, width)),
    ];
}
function diagnosisText(diagnosis, width) {
    const fastest = (0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .fastestSentence */ .Wu)(diagnosis);
    return [
        'Which settings this runner needs:',
        ...indented((0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .findingsLine */ .P9)(diagnosis), width),
        ...indented((0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .unpinnedTrialSentence */ .tc)(diagnosis), width),
        ...alignedTable([_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .DIAGNOSIS_HEADER */ .Of, ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnosisRows */ .NB)(diagnosis)], width),
        ...[...(fastest === null ? [] : [fastest]), (0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .budgetSentence */ .Bg)(diagnosis)].flatMap((sentence) => indented(sentence, width)),
        ...diagnosis.notes.flatMap((note) => indented(`- ${note}`, width)),
    ];
}
/** The conditions (`vary`): a row per factor, then what the variation cost; an empty line after. Its verdict line is the report's second. */
function variationsText(variations, width) {
    const { rows, cost } = (0,_variations_js__WEBPACK_IMPORTED_MODULE_3__/* .variationsTextLines */ .fs)(variations);
    return ['conditions:', ...alignedTable(rows, width), ...indented(cost, width), ''];
}
/**
 * The drift against the baseline: its sentence on one line (for grep, like the verdict's), where the
 * baseline came from and what qualifies it, then a row per metric that moved; an empty line after.
 */
function driftText(drift, width) {
    const { rows, total } = (0,_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftRows */ .No)(drift, _drift_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_DRIFT_ROWS */ .vV);
    const table = rows.length === 0
        ? []
        : alignedTable([
            ['fold', 'metric', 'baseline', 'this check', 'change'],
            ...rows.map((row) => [String(row.fold), row.metric ?? '(weights)', row.baseline, row.current, row.delta]),
        ], width);
    return [
        (0,_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftSentence */ .L9)(drift),
        // The run's address on a line of its own, whole, to click or copy.
        ...(0,_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftDetails */ .mN)(drift)
            .flatMap((line, i) => (i === 0 && drift.source.kind === 'run' && drift.source.url ? [line, drift.source.url] : [line]))
            .flatMap((line) => indented(line, width)),
        ...table,
        ...(total > rows.length ? indented(`${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .plural */ .LS)(total - rows.length, 'more row')} in report.json (drift.changedFolds)`, width) : []),
        '',
    ];
}
/** How the CLI writes a fingerprint's values: as they are. */
const TEXT_FINGERPRINT = { text: (text) => text, code: (text) => text, list: (items) => items.join('; '), seconds: _format_js__WEBPACK_IMPORTED_MODULE_9__/* .seconds */ .YA };
/** The fingerprint's rows (comparison/fingerprint.ts) in a line, then the determinism variables in one. */
function environmentText(env, width) {
    const rows = (0,_comparison_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprintRows */ .E_)(env, TEXT_FINGERPRINT, _comparison_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSET */ .Ag);
    const label = (row) => row.label.replaceAll('`', '');
    const fields = rows.filter((row) => !row.variable).map((row) => `${label(row)} ${row.value}`);
    const variables = rows.filter((row) => row.variable).map((row) => `${label(row)}=${row.value}`);
    return [...wrap(`environment: ${fields.join(' · ')}`, width), ...wrap(`determinism variables: ${variables.join(' ')}`, width)];
}
/** Folds side by side in the legs × folds grid: as many columns as `width` leaves after the legs' names. */
function gridText(report, width) {
    const across = (0,_across_view_js__WEBPACK_IMPORTED_MODULE_4__/* .acrossOf */ .J6)(report);
    const grid = (0,_across_view_js__WEBPACK_IMPORTED_MODULE_4__/* .acrossGrid */ .En)(across);
    if (grid.length === 0)
        return ['no fold has a result to compare'];
    const names = [...across.legs.map((leg) => `${leg.leg} ${leg.label}`), 'every leg'];
    const columns = grid.map((column) => [`fold ${column.fold}`, ...column.cells, column.identical ? 'same' : 'DIFFERS']);
    const lines = [...wrap((0,_across_view_js__WEBPACK_IMPORTED_MODULE_4__/* .gridLegend */ .YT)(across), width, '')];
    const labelWidth = names.reduce((widest, name) => Math.max(widest, name.length), 0);
    for (const piece of columnsThatFit(columns, width - Math.min(labelWidth, width / 2))) {
        const rows = [['', ...piece.map((column) => column[0])], ...names.map((name, r) => [name, ...piece.map((column) => column[r + 1])])];
        lines.push('', ...rows.map((row) => row
            .map((cell, c) => (c === 0 ? cell.padEnd(labelWidth) : cell))
            .join('  ')
            .trimEnd()));
    }
    return lines;
}
/** The legs' fingerprints: a row per field, a column per leg, `*` first where they differ; where that is too wide, a line per field. */
function fingerprintText(report, width) {
    const { fingerprint, legs } = (0,_across_view_js__WEBPACK_IMPORTED_MODULE_4__/* .acrossOf */ .J6)(report);
    if (fingerprint.length === 0)
        return ['no leg recorded an environment fingerprint'];
    const mark = (differs) => (differs ? '*' : ' ');
    const rows = [
        ['', 'field', ...legs.map((leg) => `${leg.leg} ${leg.label}`)],
        ...fingerprint.map((field) => [mark(field.differs), field.field, ...field.values.map((value) => value ?? '—')]),
    ];
    const side = alignedTable(rows.map((row) => [...row, '']), Infinity, '');
    if (side.every((line) => line.length <= width))
        return side;
    return fingerprint.flatMap((field) => {
        const values = field.differs ? field.values.map((value, i) => `leg ${i + 1}: ${value ?? '—'}`).join(' · ') : `${field.values[0] ?? '—'} (every leg)`;
        return wrap(`${mark(field.differs)} ${field.field}: ${values}`, width, '    ');
    });
}
/** The across report (report/across.ts) as text: both verdicts, a line per leg, the legs × folds grid, the fingerprints. */
function renderAcrossText(report, width = textWidth()) {
    const across = (0,_across_view_js__WEBPACK_IMPORTED_MODULE_4__/* .acrossOf */ .J6)(report);
    const { within, across: acrossWords } = (0,_across_view_js__WEBPACK_IMPORTED_MODULE_4__/* .acrossHeadline */ .Cm)(report);
    const conditions = (0,_variations_js__WEBPACK_IMPORTED_MODULE_3__/* .legConditionsColumn */ .l9)(across);
    const legs = alignedTable([
        ['leg', 'label', 'within', ...(conditions ? ['varied conditions'] : []), 'runs × folds', 'like leg 1', 'backend', 'report'],
        ...across.legs.map((leg) => [
            String(leg.leg),
            leg.label,
            (0,_across_view_js__WEBPACK_IMPORTED_MODULE_4__/* .withinWords */ .pj)(leg.verdict),
            ...(conditions ? [conditions(leg)] : []),
            `${leg.runs} × ${leg.folds}`,
            (0,_across_view_js__WEBPACK_IMPORTED_MODULE_4__/* .foldsLikeFirst */ .wc)(across, leg.leg),
            (0,_across_view_js__WEBPACK_IMPORTED_MODULE_4__/* .legBackend */ .Js)(leg),
            leg.file,
        ]),
    ], width, '');
    const sections = [
        [report.summary],
        report.errors.map((error) => `error: ${error}`),
        report.warnings.map((warning) => `warning: ${warning}`),
        [''],
        wrap(`${within.replace(/^\S+ /, '')} · ${acrossWords.replace(/^\S+ /, '')}`, width),
        wrap((0,_across_view_js__WEBPACK_IMPORTED_MODULE_4__/* .acrossNumbers */ .gq)(report, _format_js__WEBPACK_IMPORTED_MODULE_9__/* .seconds */ .YA, (value) => (0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .scientific */ .eg)(value))
            .map(([label, value]) => `${label}: ${value}`)
            .join(' · '), width),
        wrap(`settings: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsLine */ .S3)(report, (text) => text)}`, width),
        ['', 'legs:'],
        legs,
        ['', 'which legs agree, fold by fold:'],
        gridText(report, width),
        [
            '',
            `environment fingerprints (* marks the fields that differ${across.differingFields.length > 0 ? `: ${across.differingFields.join(', ')}` : ': none'}):`,
        ],
        fingerprintText(report, width),
    ];
    return sections.flat().join('\n') + '\n';
}
//# sourceMappingURL=text.js.map

/***/ }),

/***/ 8116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ reportStepVerdict),
/* harmony export */   SB: () => (/* binding */ variationsMarkdown),
/* harmony export */   UQ: () => (/* binding */ variationsSentence),
/* harmony export */   fs: () => (/* binding */ variationsTextLines),
/* harmony export */   l9: () => (/* binding */ legConditionsColumn)
/* harmony export */ });
/* unused harmony exports differenceWords, trialWhere, conditionRows, variationsCost, legConditionsWords */
/* harmony import */ var _contracts_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1292);
/* harmony import */ var _comparison_divergence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7561);
/* harmony import */ var _comparison_variations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(393);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2315);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5845);
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1669);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7499);







/** User text in a cell (a path in how a factor was varied, an error) is cut to this many characters. */
const CELL_CHARS = 300;
const OUTCOME_WORD = { same: 'same', differs: 'differs', 'not-varied': 'not varied', 'not-tried': 'not tried' };
const OUTCOME_MARK = { same: '✅', differs: '❌', 'not-varied': '➖', 'not-tried': '➖' };
/** The step's verdict of a report: the control runs' own, or 'condition-sensitive'. */
function reportStepVerdict(report) {
    return (0,_comparison_variations_js__WEBPACK_IMPORTED_MODULE_0__/* .stepVerdict */ .sr)(report.verdict, report.variations);
}
/** "val_loss 0.25 → 0.2698, Δ +2e-2": a metric on the control side, then the other. */
function differenceWords(difference) {
    const delta = difference.control === null || difference.other === null ? null : difference.other - difference.control;
    return `${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(difference.metric, 60)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .exact */ .e0)(difference.control)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .exact */ .e0)(difference.other)}, Δ ${(0,_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .signedDelta */ .hI)(delta)}`;
}
/** "val_loss 0.25 → 0.2698, Δ +2e-2": the largest metric difference of a varied run. */
function largestWords(trial) {
    const largest = trial.largest;
    if (largest === null)
        return null;
    return differenceWords(largest);
}
/** Where a factor's varied run parts from the control run, in words: "at fold 0, epoch 2: val_loss 0.25 → 0.27, Δ +2e-2". */
function trialWhere(trial) {
    if (trial.outcome === 'failed')
        return `the varied run failed: ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(trial.error ?? 'it did not finish', CELL_CHARS)}`;
    if (trial.outcome === 'same')
        return '';
    const place = trial.divergence ? (0,_comparison_divergence_js__WEBPACK_IMPORTED_MODULE_4__/* .partingPlace */ .Vf)(trial.divergence) : trial.largest ? `in fold ${trial.largest.fold}` : '';
    const numbers = largestWords(trial);
    const weights = trial.largest === null ? 'the final weights differ' : null;
    return [place, numbers ?? weights].filter(Boolean).join(': ');
}
function factorWhere(variations, factor) {
    const outcome = variations.factors.find((candidate) => candidate.factor === factor);
    const trial = outcome?.trial === null || outcome?.trial === undefined ? undefined : variations.trials[outcome.trial];
    return trial ? trialWhere(trial) || null : null;
}
/** The variations' verdict line (one sentence). */
function variationsSentence(control, variations) {
    return (0,_comparison_variations_js__WEBPACK_IMPORTED_MODULE_0__/* .variationSentence */ .tn)(control, variations, (factor) => factorWhere(variations, factor));
}
/** One row per factor asked for: factor, how it was varied (or why not), outcome, where. */
function conditionRows(variations) {
    return variations.factors.map((outcome) => {
        const together = outcome.together?.length ? ` (with ${outcome.together.join(', ')})` : '';
        const how = outcome.status === 'not-varied' || (outcome.status === 'not-tried' && !outcome.how) ? (outcome.reason ?? '') : outcome.how;
        const where = outcome.status === 'differs'
            ? (factorWhere(variations, outcome.factor) ?? '')
            : outcome.status === 'not-tried'
                ? (outcome.reason ?? '')
                : outcome.status === 'not-varied'
                    ? ''
                    : '';
        return {
            factor: outcome.factor,
            how: (0,_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(how, CELL_CHARS),
            outcome: `${OUTCOME_WORD[outcome.status]}${together}`,
            mark: OUTCOME_MARK[outcome.status],
            where: (0,_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(where, CELL_CHARS),
        };
    });
}
/** "7 varied runs, 12.3 s; compared with run 1". */
function variationsCost(variations) {
    const runs = variations.trials.length;
    if (runs === 0)
        return 'no varied run';
    return `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(runs, 'varied run')} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(variations.seconds)}), each compared with control run ${variations.controlRun ?? '—'}`;
}
/** Markdown of a sentence whose factor names are in backticks: the rest made inert, the names code again (they are our own words). */
function sentenceMarkdown(sentence) {
    const factors = new RegExp(`\\\\\`(${_contracts_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .VARY_FACTORS */ .YS.join('|')})\\\\\``, 'g');
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(sentence).replace(factors, '`$1`');
}
/** The conditions section of the job summary or the comment. */
function variationsMarkdown(control, variations, heading) {
    const rows = conditionRows(variations);
    return [
        `${heading} Conditions`,
        `${variations.sensitiveTo.length > 0 ? '❌' : '✅'} ${sentenceMarkdown(variationsSentence(control, variations))}`,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['factor', 'how it was varied', 'outcome', 'where'], rows.map((row) => [
            `\`${row.factor}\``,
            (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(row.how).replaceAll('|', '\\|'),
            `${row.mark} ${row.outcome}`,
            (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(row.where).replaceAll('|', '\\|'),
        ])),
        `_${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(variationsCost(variations))}. See docs/variations.md._`,
    ];
}
/** The conditions table of the CLI's text (its sentence is the report's second line): a row per factor, and the cost. */
function variationsTextLines(variations) {
    return {
        rows: [
            ['factor', 'outcome', 'where, and how it was varied'],
            ...conditionRows(variations).map((row) => [row.factor, row.outcome, row.where ? `${row.where} · varied: ${row.how}` : row.how]),
        ],
        cost: variationsCost(variations),
    };
}
/** A leg's own variation results in a few words, for across' table of legs: "sensitive to tz", "same in 6 conditions". */
function legConditionsWords(variations) {
    if (!variations)
        return '—';
    if (variations.sensitiveTo.length > 0)
        return `sensitive to ${variations.sensitiveTo.join(', ')}`;
    if (variations.same.length > 0)
        return `same in ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(variations.same.length, 'varied condition')}`;
    return 'nothing varied';
}
/** Across' column of each leg's variation results: its cells, or null where no leg varied anything. */
function legConditionsColumn(across) {
    return across.legs.some((leg) => leg.variations) ? (leg) => legConditionsWords(leg.variations) : null;
}
//# sourceMappingURL=variations.js.map

/***/ }),

/***/ 6119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R9: () => (/* binding */ readCpuHost),
/* harmony export */   Wh: () => (/* binding */ machineFingerprint)
/* harmony export */ });
/* unused harmony export parseCpuInfo */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
// What TensorFlow's default for its oneDNN kernels depends on: the platform, and the CPU's
// features as Linux lists them in /proc/cpuinfo. Read once per process.


/** The first processor's entry of /proc/cpuinfo, as a host. Pure. */
function parseCpuInfo(text, platform, arch) {
    const field = (name) => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'mi').exec(text)?.[1]?.trim() ?? '';
    const flags = (field('flags') || field('Features')).toLowerCase().split(/\s+/).filter(Boolean);
    const armNeoverseV1 = field('CPU implementer').toLowerCase() === '0x41' && field('CPU part').toLowerCase() === '0xd40';
    return { platform, arch, flags, armNeoverseV1 };
}
let cached = null;
function readCpuHost() {
    if (cached === null) {
        let text = '';
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/cpuinfo', 'utf8');
        }
        catch {
            // Not Linux: no flags, which TensorFlow's rule does not need there.
        }
        cached = parseCpuInfo(text, process.platform, process.arch);
    }
    return cached;
}
/** The machine as every fingerprint names it: "linux x64", the first processor's model, how many processors. */
function machineFingerprint() {
    const processors = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.cpus)();
    return { platform: `${process.platform} ${process.arch}`, cpuModel: processors[0]?.model.trim() ?? 'unknown', cpuCount: processors.length };
}
//# sourceMappingURL=cpu-host.js.map

/***/ }),

/***/ 6491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
// Exit codes shared by the CLI and the action's process (README lists them).
/** Exit codes shared by the CLI and the action's process. */
const EXIT = { reproducible: 0, notReproducible: 1, error: 2 };
//# sourceMappingURL=exit-codes.js.map

/***/ }),

/***/ 7322:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   nl: () => (/* binding */ inertJson),
/* harmony export */   wi: () => (/* binding */ inertLines)
/* harmony export */ });
// Text on its way into a GitHub runner's log, made inert. The runner takes a line whose first
// non-blank characters are `::` for a workflow command (`::error::`, `::stop-commands::`,
// `::add-mask::`), and `##[name]` anywhere in a line for one in the older syntax. A metric name, a
// path or a command's output holding one could forge annotations, or switch off the check's own
// `::error::`. Pure.
/** `text` with its line breaks kept, each line made so that no command can start it. */
function inertLines(text) {
    return text.replace(/(^|[\r\n])([^\S\r\n]*)::/g, '$1$2: :').replace(/##\[/g, '## [');
}
/**
 * One line of the action's log: line breaks escaped as the toolkit escapes a command's data (and
 * `%`, so the escape reads back unambiguously), and inert.
 */
function logLine(text) {
    return inertLines(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
/** JSON printed where a runner may read it: `##[` inside a string, written `#\u0023[`, the same value. */
function inertJson(json) {
    return json.replace(/##\[/g, '#\\u0023[');
}
//# sourceMappingURL=log-text.js.map

/***/ }),

/***/ 9563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ restoreUtilIsNullOrUndefined),
/* harmony export */   i: () => (/* binding */ RESTORE_UTIL_SOURCE)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
// Node 23 removed util.isNullOrUndefined (deprecated since Node 4). @tensorflow/tfjs-node 4.22
// calls it as it loads and as it trains, so on Node 24, the action's runtime, it fails with
// "(0 , util_1.isNullOrUndefined) is not a function". The function comes back, only where missing.

/** For a process that loads tfjs-node: the same as the line below, in this process. */
function restoreUtilIsNullOrUndefined() {
    const exports = node_util__WEBPACK_IMPORTED_MODULE_0__;
    if (typeof exports.isNullOrUndefined !== 'function')
        exports.isNullOrUndefined = (value) => value === null || value === undefined;
}
/** The same, as a line of CommonJS for a `node -e` script that loads tfjs-node. */
const RESTORE_UTIL_SOURCE = "{ const u = require('util'); if (typeof u.isNullOrUndefined !== 'function') u.isNullOrUndefined = (value) => value === null || value === undefined; }";
//# sourceMappingURL=node-compat.js.map

/***/ }),

/***/ 1760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ownValue)
/* harmony export */ });
/**
 * The value under `name`, or undefined where there is none. Own properties only: a name is user
 * text (a metric, a path, a Keras class), and `constructor`, `valueOf` or `__proto__` must not
 * find what every object inherits. An absent table has no values.
 */
function ownValue(record, name) {
    return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}
//# sourceMappingURL=records.js.map

/***/ }),

/***/ 5264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ cancelOnTermination)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
// SIGINT (Ctrl-C; a runner cancelling the job) and SIGTERM as a cancel rather than sudden death:
// the first aborts the check, which kills every process it started and reports what had finished;
// a second ends this process at once (the check's own 'exit' handler still kills its processes).

const SIGNALS = ['SIGINT', 'SIGTERM'];
function cancelOnTermination() {
    const controller = new AbortController();
    let received = null;
    const exitCodeOf = (name) => 128 + node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[name];
    const onSignal = (name) => {
        if (received !== null)
            process.exit(exitCodeOf(name));
        received = name;
        controller.abort(name);
    };
    for (const name of SIGNALS)
        process.on(name, onSignal);
    return {
        signal: controller.signal,
        exitCode: () => (received === null ? null : exitCodeOf(received)),
        dispose: () => {
            for (const name of SIGNALS)
                process.off(name, onSignal);
        },
    };
}
//# sourceMappingURL=termination.js.map

/***/ }),

/***/ 8009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
// Kept in step with package.json by a unit test.
const TOOL_NAME = 'tf-repro';
const TOOL_VERSION = '1.0.0';
//# sourceMappingURL=version.js.map

/***/ })

};
