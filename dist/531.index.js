export const id = 531;
export const ids = [531,795];
export const modules = {

/***/ 68972:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ compareArtifacts),
/* harmony export */   ig: () => (/* binding */ withArtifacts)
/* harmony export */ });
/* unused harmony export agreementText */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74432);

/**
 * One row per path any run wrote, sorted by path. `perRun[i]` is run i+1's map; null for a run
 * that never got as far as writing (it counts as having written nothing).
 */
function compareArtifacts(perRun) {
    const paths = [...new Set(perRun.flatMap((digests) => Object.keys(digests ?? {})))].sort();
    return paths.map((path) => {
        // A path is user text: a file may be named `constructor`.
        const sha256 = perRun.map((digests) => (digests === null ? null : ((0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .ownValue */ .eC)(digests, path) ?? null)));
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
    const parts = artifact.groups.map((group) => `${group.runs.length === 1 ? 'run' : 'runs'} ${group.runs.join(', ')}`);
    if (artifact.missingIn.length > 0)
        parts.push(`missing in ${artifact.missingIn.length === 1 ? 'run' : 'runs'} ${artifact.missingIn.join(', ')}`);
    return parts.join(' | ');
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

/***/ 74432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ formatDiff),
/* harmony export */   eC: () => (/* binding */ ownValue),
/* harmony export */   qB: () => (/* binding */ compareRuns),
/* harmony export */   u3: () => (/* binding */ foldsByIndex)
/* harmony export */ });
/* harmony import */ var _divergence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77561);
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75748);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47499);
// Compares the per-fold metrics (and weight digests) of several runs of the same training.



/** A run takes part when it finished, or when it got at least one fold done before failing. */
function participates(run) {
    return run.status === 'ok' || run.folds.length > 0;
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
/**
 * The value under a metric's name, or undefined where there is none. Own properties only: a
 * name is user text, and `constructor` or `__proto__` must not find what every object inherits.
 */
function ownValue(record, name) {
    return Object.hasOwn(record, name) ? record[name] : undefined;
}
/** Each run's folds by index, built once: looking a fold up must not scan the run's folds. */
function foldsByIndex(folds) {
    const byIndex = new Map();
    for (const fold of folds)
        if (!byIndex.has(fold.fold))
            byIndex.set(fold.fold, fold);
    return byIndex;
}
/** 3.1e-3; "infinite" where a NaN or infinity stands against a number. */
function formatDiff(x) {
    if (!Number.isFinite(x))
        return 'infinite (a NaN or infinity against a number)';
    if (x === 0)
        return '0';
    return Number(x.toPrecision(2)).toExponential();
}
function foldList(folds) {
    return `${folds.length === 1 ? 'fold' : 'folds'} ${folds.join(', ')}`;
}
function runList(runs) {
    return `${runs.length === 1 ? 'run' : 'runs'} ${runs.map((r) => r.run).join(', ')}`;
}
/**
 * Compares runs fold by fold. Values are equal when |a − b| <= tolerance, so tolerance 0 means
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
    const stopped = runs.filter((r) => r.status === 'stopped');
    const missing = [];
    // Folds that a stopped run did not finish: compared over the others, left out of the variance.
    const cutShort = new Set();
    const folds = [];
    for (const fold of foldIndices) {
        // One entry per input run so values[i] lines up with runs[i]; non-participants give null.
        const entries = byIndex.map((folds) => folds?.get(fold));
        // Where a run lacks the fold, is that a gap that counts (missing) or one fail-fast left (stopped)?
        const stoppedGap = runs.map((r, i) => r.status === 'stopped' && entries[i] === undefined);
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
            const values = entries.map((e) => (e === undefined ? null : (ownValue(e.metrics, name) ?? null)));
            const presentValues = values.filter((v) => v !== null);
            const incomplete = runs.some((_, i) => counted[i] && values[i] === null);
            runs.forEach((r, i) => {
                if (counted[i] && entries[i] && values[i] === null)
                    missing.push({ run: r.run, fold, metric: name });
            });
            const diff = (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .maxAbsDiff */ .kN)(presentValues);
            metrics.set(name, {
                values,
                maxAbsDiff: diff,
                // No value here (a metric other folds have): 0 keeps the overall mean finite.
                variance: presentValues.length > 0 ? (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .populationVariance */ .N8)(presentValues) : 0,
                matches: !incomplete && presentValues.length >= 2 && diff <= tolerance,
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
    const complete = folds.filter((f) => !cutShort.has(f.fold));
    const all = folds.flatMap((f) => Object.values(f.metrics));
    const forVariance = (complete.length > 0 ? complete : folds).flatMap((f) => Object.values(f.metrics));
    const variance = forVariance.length > 0 ? (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .mean */ .i2)(forVariance.map((m) => m.variance)) : 0;
    const largest = all.reduce((acc, m) => Math.max(acc, m.maxAbsDiff), 0);
    const mismatchedFolds = folds.filter((f) => !f.matches).map((f) => f.fold);
    const failed = runs.filter((r) => r.status === 'failed');
    const withResults = runs.filter((r) => r.folds.length > 0);
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
    const summary = summarize({ verdict, taking, failed, stopped, withResults, missing, folds, metricFolds, tolerance, largest, divergence });
    return { verdict, summary, tolerance, variance, maxAbsDiff: largest, folds, mismatchedFolds, metricNames };
}
/** Two values present that differ beyond the tolerance (a NaN against a number included). */
function differs(m, tolerance) {
    return m.values.filter((v) => v !== null).length >= 2 && m.maxAbsDiff > tolerance;
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
        const weightsKnown = s.folds.every((f) => f.weightsIdentical === true);
        return weightsKnown
            ? `Reproducible: ${size} gave bitwise-identical metrics and weights.`
            : `Reproducible: ${size} gave bitwise-identical metrics (weights not compared: some digests unknown).`;
    }
    const cut = s.stopped.length > 0
        ? `; fail-fast then stopped ${runList(s.stopped)}, so the folds ${s.stopped.length === 1 ? 'it' : 'they'} did not finish are not compared`
        : '';
    const metricsDiffer = s.metricFolds.length > 0 ? metricsSentence(s.metricFolds) : '';
    if (s.divergence && s.stopped.length > 0) {
        return `Not reproducible: ${(0,_divergence_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDivergence */ .SB)(s.divergence)}${metricsDiffer ? `; ${metricsDiffer}` : ''}${cut}.`;
    }
    if (!metricsDiffer) {
        // At tolerance 0 every metric agrees, yet the weights do not: nothing in the metrics would show it.
        const where = s.divergence ? `; ${(0,_divergence_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDivergence */ .SB)(s.divergence)}` : '';
        if (weightOnly.length > 0)
            return `Not reproducible: hidden non-determinism: metrics agree but the weights differ in ${foldList(weightOnly)}${where}${cut}.`;
        const agree = s.folds.length > 0 && s.folds.every((f) => f.weightsIdentical === true) ? 'metrics and final weights agree' : 'metrics agree';
        const parted = s.divergence ? (0,_divergence_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDivergence */ .SB)(s.divergence) : 'the runs differ';
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
            if (m.maxAbsDiff > at.diff)
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
        return `${were} at a difference in the weights that tolerance ${s.tolerance} allows (${(0,_divergence_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDivergence */ .SB)(s.divergence)}), and nothing that finished differs beyond it: set fail-fast to false to train everything`;
    }
    return `${were}, yet nothing that finished differs: the rest is not compared`;
}
//# sourceMappingURL=compare.js.map

/***/ }),

/***/ 77561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ describeDivergence),
/* harmony export */   Vf: () => (/* binding */ partingPlace),
/* harmony export */   Ym: () => (/* binding */ DivergenceWatch),
/* harmony export */   nV: () => (/* binding */ locateDivergence)
/* harmony export */ });
/* unused harmony export sameTrace */
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47499);
// Where runs first part: the earliest checkpoint of the lowest fold at which two runs' variable
// digests differ, or, where every checkpoint agrees, the fold whose results differ. Pure.
//
// Within a fold, checkpoints are ordered by epoch (0: initialisation), and within an epoch the
// batches ascending, then the epoch's end (batch null). A checkpoint one run has and another
// lacks (it stopped or failed before) is no difference: only what two runs both have compares.

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
function partingAt(runs, fold, epoch, batch, variables) {
    return { runs, fold, stage: epoch === 0 ? 'init' : 'epoch', epoch, batch, variables };
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
        return partingAt([point.lowest, point.differing], fold, epoch, batch, variables);
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
    const inOrder = [...runs].sort((a, b) => a.run - b.run);
    const traces = comparePoints(inOrder);
    const unmatched = new Set(comparison.folds.filter((f) => !f.matches).map((f) => f.fold));
    const folds = [...new Set([...traces.keys(), ...unmatched])].sort(ascending);
    let results = null;
    for (const fold of folds) {
        const points = traces.get(fold);
        const inTrace = points ? partingInTrace(inOrder, fold, points) : null;
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
    /** fold → epoch → batch (EPOCH_END for null) → the point. */
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
        let epochs = this.#points.get(fold);
        if (!epochs)
            this.#points.set(fold, (epochs = new Map()));
        let batches = epochs.get(epoch);
        if (!batches)
            epochs.set(epoch, (batches = new Map()));
        const point = batches.get(batch ?? EPOCH_END);
        if (!point) {
            batches.set(batch ?? EPOCH_END, { runs: new Set([run]), lowest: run, digests, sameAsSeen: sameDigestsAs(digests) });
            return null;
        }
        if (point.runs.has(run))
            return null;
        if (point.sameAsSeen(digests)) {
            point.runs.add(run);
            // The same digests, perhaps named in another order: the lowest run's order names the variables.
            if (run < point.lowest)
                Object.assign(point, { lowest: run, digests });
            return null;
        }
        const lowerFirst = run < point.lowest;
        const variables = differingVariables(lowerFirst ? [digests, point.digests] : [point.digests, digests]);
        this.#divergence = partingAt(lowerFirst ? [run, point.lowest] : [point.lowest, run], fold, epoch, batch, variables);
        this.#points.clear();
        return this.#divergence;
    }
}
/** "a", "a and b", "a, b and c", "a, b, c and 5 more": a user's variable names, each on one line. */
function variableList(names) {
    const shown = names.slice(0, 3).map((name) => (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(name, 100));
    if (names.length > 3)
        return `${shown.join(', ')} and ${names.length - 3} more`;
    if (shown.length <= 1)
        return shown.join('');
    return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
/** Where in a fold two runs part, in words: "fold 0, epoch 2, batch 37", "fold 2, at initialisation". */
function placeOf(d) {
    if (d.stage === 'init')
        return `fold ${d.fold}, at initialisation`;
    const batch = d.batch === null ? '' : `, batch ${d.batch}`;
    return `fold ${d.fold}, epoch ${d.epoch ?? '?'}${batch}`;
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
            return `${pair} part at ${placeOf(d)}${variables}${unnarrowed}`;
        }
    }
}
//# sourceMappingURL=divergence.js.map

/***/ }),

/***/ 20836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ compareWithBaseline),
/* harmony export */   a_: () => (/* binding */ metricMoved),
/* harmony export */   iW: () => (/* binding */ unavailableDrift)
/* harmony export */ });
/* unused harmony export settingsThatDiffer */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74432);

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
const field = (name) => (settings) => settings[name];
const commandField = (name) => (settings) => {
    const command = settings.command;
    return typeof command === 'object' && command !== null ? command[name] : undefined;
};
/** The backend that ran, where every run that reported one agrees on it. */
function backendRan(runs) {
    const ran = [...new Set(runs.map((run) => run.environment?.backend).filter((backend) => backend !== undefined))];
    return ran.length === 1 ? ran[0] : null;
}
/** The settings behind a trained check's numbers, by input name. `runs`, `parallel` and the like change none. */
const TRAINING_SETTINGS = [
    ['folds', field('folds')],
    ['epochs', field('epochs')],
    ['batch-size', field('batchSize')],
    ['validation-split', field('validationSplit')],
    ['seed', field('seed')],
    ['samples', field('samples')],
    ['deterministic', field('deterministic')],
    ['threads', field('threads')],
    ['dataset', field('dataset')],
    ['model', field('model')],
];
/** A command's: it trains as it likes; tf-repro gives it the seed, the variables and the threads. */
const COMMAND_SETTINGS = [
    ['command', commandField('command')],
    ['framework', commandField('framework')],
    ['seed', field('seed')],
    ['deterministic', field('deterministic')],
    ['threads', field('threads')],
];
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
    const commandCheck = Boolean(commandField('command')(current.settings) ?? commandField('command')(baseline.settings));
    const differences = [];
    for (const [name, read] of commandCheck ? COMMAND_SETTINGS : TRAINING_SETTINGS) {
        const [was, is] = [shown(name, read(baseline.settings)), shown(name, read(current.settings))];
        if (was !== is)
            differences.push({ name, baseline: was, current: is });
    }
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
/** Per fold, the results of the first run (in run order) that finished it: that run stands for its check. */
function foldsOfCheck(runs) {
    const folds = new Map();
    for (const run of [...runs].sort((a, b) => a.run - b.run)) {
        for (const [index, fold] of (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .foldsByIndex */ .u3)(run.folds))
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
        const [before, after] = [(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .ownValue */ .eC)(was.metrics, name) ?? null, (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .ownValue */ .eC)(is.metrics, name) ?? null];
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

/***/ 98654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ experimentTotalSeconds),
/* harmony export */   Gc: () => (/* binding */ parsePythonFloat),
/* harmony export */   kR: () => (/* binding */ experimentRunsToRunResults),
/* harmony export */   k_: () => (/* binding */ formatExperimentRun),
/* harmony export */   kz: () => (/* binding */ parseExperimentText)
/* harmony export */ });
/* unused harmony exports timestampToDate, formatTimestamp */
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52018);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47499);
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
    const noFolds = (c) => (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(c.line)}: run started at ${c.run.timestamp} has no fold lines`);
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        const trimmed = lines[i].trim();
        if (trimmed === '')
            continue;
        const tokens = trimmed.split(/\s+/);
        if (tokens.length === 1 && (TIMESTAMP.test(trimmed) || TIMESTAMP_LIKE.test(trimmed))) {
            if (!timestampFields(trimmed)) {
                return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: bad timestamp '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(trimmed)}', expected %Y%m%d-%H%M%S like 20200917-141530`);
            }
            if (current && current.run.folds.length === 0)
                return noFolds(current);
            current = { run: { timestamp: trimmed, folds: [] }, line: lineNo, seen: new Set() };
            runs.push(current.run);
            continue;
        }
        if (tokens.length !== 3) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: expected 'fold loss accuracy', found '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(trimmed)}'`);
        }
        if (!current) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: fold line before any timestamp line, found '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(trimmed)}'`);
        }
        const [foldToken, lossToken, accuracyToken] = tokens;
        const fold = parseFoldIndex(foldToken);
        if (fold === null) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: fold index '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(foldToken)}' is not a non-negative integer`);
        }
        const loss = parsePythonFloat(lossToken);
        if (loss === null)
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: loss '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(lossToken)}' is not a number`);
        const accuracy = parsePythonFloat(accuracyToken);
        if (accuracy === null)
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: accuracy '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(accuracyToken)}' is not a number`);
        // A repeated index would silently shadow one fold's result.
        if (current.seen.has(fold)) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: fold ${fold} appears twice in the run started at ${current.run.timestamp}`);
        }
        current.seen.add(fold);
        current.run.folds.push({ fold, loss, accuracy });
    }
    if (current && current.run.folds.length === 0)
        return noFolds(current);
    return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)({ runs });
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

/***/ 57470:
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
/* unused harmony exports DIGESTED_SETTINGS, environmentDifferences */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52018);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47499);
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
const foldsText = (folds) => `${folds.length === 1 ? 'fold' : 'folds'} ${folds.join(', ')}`;
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
/**
 * The settings behind the numbers and the verdict, by field and input name: what every leg must
 * share. Not the dataset's path (its content is datasetDigest), nor what changes only how a check
 * runs (parallel, report-dir, libtensorflow's source, the comment), nor shard itself. The model
 * file counts by its content.
 */
const DIGESTED_SETTINGS = [
    ['runs', 'runs'],
    ['folds', 'folds'],
    ['epochs', 'epochs'],
    ['batchSize', 'batch-size'],
    ['validationSplit', 'validation-split'],
    ['seed', 'seed'],
    ['samples', 'samples'],
    ['deterministic', 'deterministic'],
    ['backend', 'backend'],
    ['threads', 'threads'],
    ['tolerance', 'tolerance'],
    // What fail-fast skips changes what is compared.
    ['failFast', 'fail-fast'],
];
const sha256 = (data) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
/** SHA-256 of DIGESTED_SETTINGS' values, in that order, and of the model file's SHA-256 (null: the default model). */
function settingsDigest(settings, modelSha256) {
    const values = DIGESTED_SETTINGS.map(([field]) => settings[field] ?? null);
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
const shown = (value) => (typeof value === 'string' ? `'${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(value)}'` : (JSON.stringify(value) ?? 'none'));
/** "epochs 1 vs 2, seed 0 vs 1" between two legs' settings; empty where none that is shown differs. */
function settingsDifferences(a, b) {
    const differences = [];
    for (const [field, input] of DIGESTED_SETTINGS) {
        if (JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null))
            differences.push(`${input} ${shown(a[field])} vs ${shown(b[field])}`);
    }
    return differences;
}
const datasetName = (settings) => typeof settings.dataset === 'string' ? `'${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(settings.dataset)}'` : 'the embedded MNIST digits';
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
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)('merge needs the report.json of every shard leg, got none');
    const whole = reports.find((report) => report.header === null);
    if (whole) {
        const what = whole.merged ? 'a report merged from shards already' : "a whole check's report, not a shard's partial report";
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${whole.file} is ${what}: merge takes the report.json that each leg with shard: i/n wrote (and nothing else)`);
    }
    const headed = [...reports].sort((a, b) => a.header.index - b.header.index || a.file.localeCompare(b.file));
    const first = headed[0];
    const otherVersion = firstDiffering(headed, (report) => report.header.toolVersion);
    if (otherVersion) {
        const { which, files } = pair(first, otherVersion);
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${which} were written by tf-repro ${first.header.toolVersion} and ${otherVersion.header.toolVersion} ${files}: run every leg and the merge with the same version of tf-repro`);
    }
    const otherCount = firstDiffering(headed, (report) => report.header.count);
    if (otherCount) {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${first.file} is ${shardName(first.header)} but ${otherCount.file} is ${shardName(otherCount.header)}: every leg must give the same n in shard: i/n`);
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
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${which} were trained with different settings: ${what} ${files}: give every leg the same inputs (only shard differs)`);
    }
    const otherData = firstDiffering(headed, (report) => report.header.datasetDigest);
    if (otherData) {
        const { which, files } = pair(first, otherData);
        const [a, b] = [datasetName(first.settings), datasetName(otherData.settings)];
        const what = a === b ? `${a} differs in content between the legs` : `${a} vs ${b}, whose images or labels differ`;
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${which} were trained on different datasets: ${what} ${files}: give every leg the same dataset`);
    }
    const folds = typeof first.settings.folds === 'number' ? first.settings.folds : null;
    for (const report of headed) {
        const expected = folds === null || report.header.index > report.header.count || report.header.count > folds ? null : shardFolds(report.header, folds);
        const listed = JSON.stringify(report.header.folds);
        if (expected === null || listed !== JSON.stringify(expected)) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${report.file}: ${shardName(report.header)} lists ${foldsText(report.header.folds)}, which is not its share of ${folds ?? 'its'} folds: merge reads the report.json that tf-repro wrote, unedited`);
        }
        const own = new Set(expected);
        for (const run of report.runs) {
            const stray = run.folds.find((fold) => !own.has(fold.fold));
            if (stray)
                return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${report.file}: run ${run.run} has fold ${stray.fold}, which ${shardName(report.header)} does not train`);
        }
    }
    for (let i = 1; i < headed.length; i++) {
        const [previous, report] = [headed[i - 1], headed[i]];
        if (previous.header.index === report.header.index) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${shardName(report.header)} is given twice (${previous.file}, ${report.file}): give each leg's report once (upload each leg's under a name of its own)`);
        }
    }
    const count = first.header.count;
    const given = new Set(headed.map((report) => report.header.index));
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !given.has(index));
    if (missing.length > 0) {
        const what = missing.length === 1 ? `shard ${missing[0]} of ${count} is missing` : `shards ${listed(missing)} of ${count} are missing`;
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`${what}: merge needs the report.json of every leg (did a leg fail before it wrote its report, or its artifact not download?); given: ${headed
            .map((report) => `${shardName(report.header)} (${report.file})`)
            .join(', ')}`);
    }
    return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_1__.ok)(headed);
}
/** "1, 3 and 4". */
function listed(items) {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
/** One run across the legs: folds and trace in fold order, durations added up, the earliest start, the lowest shard's environment. */
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
        status,
        error,
        startedAt: starts.sort()[0] ?? '',
        durationSeconds: present.reduce((sum, { result }) => sum + result.durationSeconds, 0),
        folds: present.flatMap(({ result }) => result.folds).sort((a, b) => a.fold - b.fold),
        environment: present.find(({ result }) => result.environment)?.result.environment ?? null,
        warnings: [...new Set(present.flatMap(({ result }) => result.warnings))],
        ...(present.some(({ result }) => result.artifacts) ? { artifacts: Object.assign({}, ...present.map(({ result }) => result.artifacts ?? {})) } : {}),
        // Stable: each fold's checkpoints stay in the order they were recorded, as training-processes.ts keeps them.
        ...(trace ? { trace: trace.sort((a, b) => a.fold - b.fold) } : {}),
    };
}
/** Fingerprint fields that tell one machine or software stack from another (not where a process was pinned, nor how the package was got). */
const COMPARED_FINGERPRINT = [
    'platform',
    'cpuModel',
    'cpuCount',
    'node',
    'tfjsVersion',
    'backend',
    'backendVersion',
    'backendDetail',
    'threads',
    'determinismVariables',
    'libtensorflowVersion',
    'oneDnn',
    'tensorflowThreads',
    'gpuDevice',
    'gpus',
    'cudaVersion',
    'cudnnVersion',
];
const fingerprintValue = (env, field) => {
    const value = env[field];
    if (field === 'gpus' && Array.isArray(value))
        return value.map((gpu) => `${gpu.name} (driver ${gpu.driverVersion})`).join(', ') || 'none';
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'unknown');
};
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
    const differences = [];
    for (const field of COMPARED_FINGERPRINT) {
        const values = environments.map(({ leg, env }) => ({ index: leg.header.index, value: fingerprintValue(env, field) }));
        if (values.every(({ value }) => value === values[0]?.value))
            continue;
        const groups = new Map();
        for (const { index, value } of values)
            groups.set(value, [...(groups.get(value) ?? []), index]);
        differences.push(`${field}: ${[...groups].map(([value, shards]) => `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(value)} (${shards.length === 1 ? 'shard' : 'shards'} ${shards.join(', ')})`).join(' vs ')}`);
    }
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

/***/ 75748:
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

/***/ 52018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ BACKEND_CHOICES),
/* harmony export */   Ry: () => (/* binding */ SEEDING_PARTS),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   WR: () => (/* binding */ WHOLE_MODEL),
/* harmony export */   cq: () => (/* binding */ COST_CASES),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   ei: () => (/* binding */ FRAMEWORK_CHOICES),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export DRIFT_STATUSES */
// Types for the contracts between stages: settings → runs → comparison → report.
// What is written to disk carries REPORT_SCHEMA_VERSION; bump it when a field changes meaning.
const REPORT_SCHEMA_VERSION = 1;
const BACKEND_CHOICES = ['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'];
/** The seedings a deterministic run of the default workload (or a model file) applies. */
const SEEDING_PARTS = ['initializers', 'shuffle', 'dropout', 'math-random'];
/** The variable name of a trace line that names none: a digest of the whole model. */
const WHOLE_MODEL = '(model)';
const FRAMEWORK_CHOICES = ['tensorflow', 'pytorch', 'jax', 'none'];
const COST_CASES = ['needed-and-sufficient', 'not-needed', 'not-sufficient', 'inconclusive'];
// Drift against a baseline (issue #13, part 3): report.drift (comparison/drift.ts).
/** 'unavailable': no baseline could be had (its `reason` says why); never a failure. */
const DRIFT_STATUSES = (/* unused pure expression or super */ null && (['unchanged', 'changed', 'unavailable']));
/** Exit codes shared by the CLI and the action's process. */
const EXIT = { reproducible: 0, notReproducible: 1, error: 2 };
const ok = (value) => ({ ok: true, value });
const fail = (error) => ({ ok: false, error });
/** A problem with what the user gave us: shown as one line, no stack trace, exit code 2. */
class UserError extends Error {
    name = 'UserError';
}
//# sourceMappingURL=contracts.js.map

/***/ }),

/***/ 89910:
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
/** The variables to add for a deterministic run, less those in `off` (diagnose); none for the baseline. `pinned`: pinnedVariables(). */
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

/***/ 25235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ compareAcross)
/* harmony export */ });
/* unused harmony export findReports */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73382);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52018);
/* harmony import */ var _report_across_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(931);
/* harmony import */ var _report_saved_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71646);
/* harmony import */ var _result_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5605);
// `across`: the report.json files of complete checks from different runners (matrix legs, their
// artifacts downloaded into one job), found by glob, read and checked to be complete reports of
// one check, then compared (report/across.ts). Every file that cannot be compared is one clear
// error naming it and what is wrong.






/**
 * The files the patterns name, in order, each once. A pattern without glob characters is a path,
 * kept as it is (a missing file is then an error that names it); a glob that matches nothing is
 * an error that says what to check.
 */
async function findReports(patterns, what, cwd = process.cwd()) {
    const found = [];
    for (const pattern of patterns) {
        if (!(0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .isDynamicPattern */ .ey)(pattern)) {
            found.push(pattern);
            continue;
        }
        const matches = (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .glob */ .TI)(pattern, { cwd, absolute: false, onlyFiles: true, dot: true, expandDirectories: false })).sort();
        if (matches.length === 0) {
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what}: no file matches '${pattern}' (in ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd)}); download the legs' report artifacts first (actions/download-artifact) and give the path of their report.json files, e.g. reports/*/report.json`);
        }
        found.push(...matches);
    }
    const unique = [...new Map(found.map((path) => [(0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path), path])).values()];
    if (unique.length < 2) {
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what}: found ${unique.length === 1 ? `one report (${unique[0]})` : 'no report'}, and comparing across runners needs at least two: give every leg's report.json`);
    }
    return unique;
}
async function readLeg(file, cwd) {
    const { report, runs } = await (0,_result_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readReportRuns */ .Xb)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, file));
    const leg = { file, runs, ...(0,_report_saved_report_js__WEBPACK_IMPORTED_MODULE_3__/* .savedLeg */ .s9)(report, file) };
    const reason = (0,_report_across_js__WEBPACK_IMPORTED_MODULE_2__/* .incompleteReason */ .D1)(leg);
    if (reason !== null)
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} ${reason}`);
    return leg;
}
/** Reads the legs' reports and compares them across runners. */
async function compareAcross(request) {
    const cwd = request.cwd ?? process.cwd();
    const files = await findReports(request.patterns, request.what, cwd);
    const legs = await Promise.all(files.map((file) => readLeg(file, cwd)));
    const [first, ...others] = legs;
    for (const leg of others) {
        const differences = (0,_report_across_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDifferences */ .F_)(first, leg);
        if (differences.length > 0) {
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${leg.file} is a report of another check than ${first.file}: ${differences.join('; ')}. Across compares one check (the same settings, dataset and tf-repro version) run on different runners`);
        }
    }
    return (0,_report_across_js__WEBPACK_IMPORTED_MODULE_2__/* .buildAcrossReport */ .UT)(legs, request);
}
//# sourceMappingURL=across.js.map

/***/ }),

/***/ 70101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jF: () => (/* binding */ driftAgainstFile),
/* harmony export */   zm: () => (/* binding */ driftAgainstFolder)
/* harmony export */ });
/* unused harmony export findReportIn */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _comparison_drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20836);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34127);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36143);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47499);
/* harmony import */ var _result_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5605);
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

/***/ 22339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ compareResultFiles),
  k: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
/**
 * SIGKILLs every process marked `name=value`, scanning again until a scan finds none it has not
 * already killed (one may start another while being killed). Returns how many it killed.
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
    return killed.size;
}
//# sourceMappingURL=processes.js.map
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(47499);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/contracts.js
var contracts = __webpack_require__(52018);
// EXTERNAL MODULE: ./build/src/comparison/artifacts.js
var artifacts = __webpack_require__(68972);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./build/src/comparison/experiment-format.js
var experiment_format = __webpack_require__(98654);
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
    return (0,contracts/* fail */.fJ)(`${source}: the metrics file is ${(0,util_text/* withCommas */.rX)(bytes)} bytes, over the limit of ${(0,util_text/* withCommas */.rX)(METRICS_FILE_LIMIT_BYTES)} bytes (64 MiB); write only each fold's metrics to it`);
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
        return (0,contracts/* fail */.fJ)(`${parsed.error} (read as ${FORMAT_NAMES[format]})`);
    return (0,contracts.ok)({ format, folds: parsed.value });
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
            return (0,contracts/* fail */.fJ)(`${where(entry.value.line)}: metric "${(0,util_text/* excerpt */.Kb)(entry.key)}" of fold ${fold} is ${jsonType(entry.value)}, not a number`);
        }
        if (metrics.has(entry.key))
            return (0,contracts/* fail */.fJ)(`${where(entry.line)}: metric "${(0,util_text/* excerpt */.Kb)(entry.key)}" appears twice in fold ${fold}`);
        metrics.set(entry.key, entry.value.value);
    }
    if (metrics.size === 0)
        return (0,contracts/* fail */.fJ)(`${where(node.line)}: fold ${fold} has no metrics`);
    return (0,contracts.ok)(Object.fromEntries(metrics));
}
/** A record {"fold": 0, "loss": …}. */
function record(node, where) {
    if (node.type !== 'object')
        return (0,contracts/* fail */.fJ)(`${where(node.line)}: expected an object with a "fold" key, found ${jsonType(node)}`);
    const foldEntry = node.entries.find((entry) => entry.key === 'fold');
    if (!foldEntry)
        return (0,contracts/* fail */.fJ)(`${where(node.line)}: the object has no "fold" key; give each fold's index as "fold": 0`);
    const fold = foldEntry.value.type === 'number' ? foldIndex(foldEntry.value.value) : null;
    if (fold === null)
        return (0,contracts/* fail */.fJ)(`${where(foldEntry.value.line)}: "fold" must be a whole number of at least 0, found ${foldEntry.value.type === 'number' ? foldEntry.value.value : jsonType(foldEntry.value)}`);
    const metrics = metricsOf(node, where, fold, 'fold');
    return metrics.ok ? (0,contracts.ok)({ fold, metrics: metrics.value }) : metrics;
}
function sortedFolds(folds, lines, where) {
    const seen = new Map();
    for (let k = 0; k < folds.length; k++) {
        const { fold } = folds[k];
        if (seen.has(fold))
            return (0,contracts/* fail */.fJ)(`${where(lines[k])}: fold ${fold} appears twice (first on line ${seen.get(fold)})`);
        seen.set(fold, lines[k]);
    }
    if (folds.length === 0)
        return (0,contracts/* fail */.fJ)(`${where(1)}: no folds in the file`);
    return (0,contracts.ok)([...folds].sort((a, b) => a.fold - b.fold));
}
function parseMetricsJson(text, source) {
    const where = (line) => `${source}:${line}`;
    let root;
    try {
        root = parseJsonWithLines(text);
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            return (0,contracts/* fail */.fJ)(`${where(e.line)}: ${e.message}`);
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
                return (0,contracts/* fail */.fJ)(`${where(entry.line)}: key "${(0,util_text/* excerpt */.Kb)(entry.key)}" is not a fold index; expected {"0": {"loss": …, "accuracy": …}, "1": …} or a list of objects with a "fold" key`);
            }
            if (entry.value.type !== 'object')
                return (0,contracts/* fail */.fJ)(`${where(entry.value.line)}: fold ${fold} is ${jsonType(entry.value)}, expected an object of metrics like {"loss": 0.3}`);
            const metrics = metricsOf(entry.value, where, fold, null);
            if (!metrics.ok)
                return metrics;
            folds.push({ fold, metrics: metrics.value });
            lines.push(entry.line);
        }
    }
    else {
        return (0,contracts/* fail */.fJ)(`${where(root.line)}: expected an object of folds or a list of fold objects, found ${jsonType(root)}`);
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
                return (0,contracts/* fail */.fJ)(`${where(e.line)}: ${e.message}`);
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
            return (0,contracts/* fail */.fJ)(`${where(k + 1)}: a quoted cell is not closed or is followed by more than a comma`);
        if (header === null) {
            header = cells;
            headerLine = k + 1;
            foldColumn = cells.findIndex((cell) => cell.toLowerCase() === 'fold');
            if (foldColumn < 0)
                return (0,contracts/* fail */.fJ)(`${where(headerLine)}: the header has no 'fold' column (found ${cells
                    .slice(0, 5)
                    .map((c) => `'${(0,util_text/* excerpt */.Kb)(c)}'`)
                    .join(', ')}${cells.length > 5 ? ', …' : ''}); name the fold index column 'fold'`);
            const named = cells.filter((cell, column) => cell !== '' && column !== foldColumn);
            if (named.length === 0)
                return (0,contracts/* fail */.fJ)(`${where(headerLine)}: the header has no metric columns beside 'fold'`);
            const seen = new Set();
            const twice = named.find((cell) => seen.size === seen.add(cell).size);
            if (twice !== undefined)
                return (0,contracts/* fail */.fJ)(`${where(headerLine)}: the header names '${(0,util_text/* excerpt */.Kb)(twice)}' twice`);
            continue;
        }
        if (cells.length !== header.length) {
            return (0,contracts/* fail */.fJ)(`${where(k + 1)}: ${cells.length} values but the header (line ${headerLine}) has ${header.length} columns`);
        }
        const foldText = cells[foldColumn];
        const foldNumber = (0,experiment_format/* parsePythonFloat */.Gc)(foldText);
        const fold = foldNumber === null ? null : foldIndex(foldNumber);
        if (fold === null)
            return (0,contracts/* fail */.fJ)(`${where(k + 1)}: fold '${(0,util_text/* excerpt */.Kb)(foldText)}' is not a whole number of at least 0`);
        const metrics = new Map();
        for (let column = 0; column < header.length; column++) {
            const name = header[column];
            // An unnamed column is an index pandas wrote (df.to_csv() without index=False): not a metric.
            if (column === foldColumn || name === '')
                continue;
            const cell = cells[column];
            const value = (0,experiment_format/* parsePythonFloat */.Gc)(cell);
            if (value === null)
                return (0,contracts/* fail */.fJ)(`${where(k + 1)}: ${(0,util_text/* excerpt */.Kb)(name)} ${cell === '' ? 'is empty' : `'${(0,util_text/* excerpt */.Kb)(cell)}' is not a number`} (fold ${fold})`);
            metrics.set(name, value);
        }
        folds.push({ fold, metrics: Object.fromEntries(metrics) });
        lines.push(k + 1);
    }
    if (header === null)
        return (0,contracts/* fail */.fJ)(`${where(1)}: the file is empty; expected a header line like 'fold,loss,accuracy'`);
    if (folds.length === 0)
        return (0,contracts/* fail */.fJ)(`${where(headerLine)}: a header but no rows of folds`);
    return sortedFolds(folds, lines, where);
}
// ---- The experiment's text format -------------------------------------------------------------
function parseMetricsExperiment(text, source) {
    const parsed = (0,experiment_format/* parseExperimentText */.kz)(text, source);
    if (!parsed.ok)
        return parsed;
    const last = parsed.value.runs[parsed.value.runs.length - 1];
    if (!last)
        return (0,contracts/* fail */.fJ)(`${source}:1: no run in the file; expected a %Y%m%d-%H%M%S timestamp line, then 'fold loss accuracy' lines`);
    return (0,contracts.ok)(last.folds.map((f) => ({ fold: f.fold, metrics: { loss: f.loss, accuracy: f.accuracy } })).sort((a, b) => a.fold - b.fold));
}
//# sourceMappingURL=metrics-files.js.map
;// CONCATENATED MODULE: ./build/src/comparison/trace-file.js
// Pure parser of the trace a training command writes to $TF_REPRO_TRACE: JSON Lines, one object
// per variable per checkpoint,
//   {"fold": 0, "epoch": 2, "batch": 37, "variable": "dense/kernel", "digest": "<hex>", "val_loss": 0.31}
// with `batch`, `variable` and `val_loss` optional. Consecutive lines of the same (fold, epoch,
// batch) make one TraceCheckpoint. TraceReader takes the text in pieces as the file grows (the
// run is still writing), and hands out each checkpoint once the next one begins; parseTraceFile
// reads a whole file. Every error says "file:line: what is wrong; what is expected". Variable
// names are user text: digests are gathered in Maps and made into objects with Object.fromEntries.



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
    return (0,contracts/* fail */.fJ)(`${name}: the trace file is ${(0,util_text/* withCommas */.rX)(bytes)} bytes, over the limit of ${(0,util_text/* withCommas */.rX)(TRACE_FILE_LIMIT_BYTES)} bytes (256 MiB); write one digest per variable per checkpoint, not the weights`);
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
    return `fold ${checkpoint.fold}, epoch ${checkpoint.epoch}${checkpoint.batch === null ? '' : `, batch ${checkpoint.batch}`}`;
}
function lines(first, last) {
    return first === last ? `line ${first}` : `lines ${first}-${last}`;
}
/** Reads a trace as it grows: text in, whole checkpoints out. After an error it stays failed. */
class TraceReader {
    name;
    /** Every checkpoint handed out so far. */
    checkpoints = [];
    pending = '';
    lineNumber = 0;
    current = null;
    /** Each finished checkpoint's key → its lines, to tell a checkpoint written in two places. */
    finished = new Map();
    failure = null;
    started = false;
    constructor(name) {
        this.name = name;
    }
    /** Adds the text that came next; returns the checkpoints it completed. */
    push(text) {
        if (this.failure !== null)
            return (0,contracts/* fail */.fJ)(this.failure);
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
        return (0,contracts.ok)(done);
    }
    /** The file is complete: its last line, and the checkpoint still open. */
    end(options = {}) {
        if (this.failure !== null)
            return (0,contracts/* fail */.fJ)(this.failure);
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
        return (0,contracts.ok)(done);
    }
    failed(error) {
        this.failure = error;
        return (0,contracts/* fail */.fJ)(error);
    }
    /** The checkpoint the line belongs to grows, or the open one is finished (and returned) and a new one begins. */
    add(line, number) {
        const key = `${line.fold}:${line.epoch}:${line.batch ?? ''}`;
        let done = null;
        if (this.current === null || this.current.key !== key) {
            const earlier = this.finished.get(key);
            if (earlier) {
                return (0,contracts/* fail */.fJ)(`${this.name}:${number}: ${where(line)} was already recorded on ${lines(earlier.first, earlier.last)}, and other checkpoints came between; write each checkpoint's lines together, once`);
            }
            if (this.current !== null)
                done = this.close(this.current);
            this.current = {
                key,
                fold: line.fold,
                epoch: line.epoch,
                batch: line.batch,
                digests: new Map(),
                valLoss: undefined,
                firstLine: number,
                lastLine: number,
            };
        }
        const checkpoint = this.current;
        const twice = checkpoint.digests.get(line.variable);
        if (twice) {
            const what = line.variable === contracts/* WHOLE_MODEL */.WR ? 'a digest without "variable"' : `variable "${(0,util_text/* excerpt */.Kb)(line.variable)}"`;
            return (0,contracts/* fail */.fJ)(`${this.name}:${number}: ${what} appears twice at ${where(line)} (first on line ${twice.line}); give each variable one digest per checkpoint${line.variable === contracts/* WHOLE_MODEL */.WR ? ', and name each with "variable" when there are several' : ''}`);
        }
        if (line.valLoss !== undefined) {
            const before = checkpoint.valLoss;
            if (before !== undefined && !Object.is(before.value, line.valLoss)) {
                return (0,contracts/* fail */.fJ)(`${this.name}:${number}: "val_loss" is ${line.valLoss} here but ${before.value} on line ${before.line}, at the same checkpoint (${where(line)}); give one validation loss per epoch`);
            }
            checkpoint.valLoss = { value: line.valLoss, line: number };
        }
        checkpoint.digests.set(line.variable, { digest: line.digest, line: number });
        checkpoint.lastLine = number;
        return (0,contracts.ok)(done);
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
        this.checkpoints.push(checkpoint);
        return checkpoint;
    }
    /** One line checked; null for a blank one. */
    line(raw, number) {
        const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (text.trim() === '')
            return (0,contracts.ok)(null);
        const at = `${this.name}:${number}`;
        if (text.length > TRACE_LINE_LIMIT_CHARS)
            return (0,contracts/* fail */.fJ)(`${at}: ${LONG_LINE}`);
        let node;
        try {
            node = parseJsonWithLines(text, number);
        }
        catch (error) {
            return (0,contracts/* fail */.fJ)(`${at}: ${error.message}; expected one JSON object per line, like ${EXAMPLE}`);
        }
        if (node.type !== 'object')
            return (0,contracts/* fail */.fJ)(`${at}: expected a JSON object like ${EXAMPLE}, found ${describeNode(node)}`);
        const fields = new Map();
        for (const entry of node.entries) {
            if (fields.has(entry.key))
                return (0,contracts/* fail */.fJ)(`${at}: key "${(0,util_text/* excerpt */.Kb)(entry.key)}" appears twice`);
            fields.set(entry.key, entry.value);
        }
        const index = (key, least, required) => {
            const value = fields.get(key);
            if (value === undefined || value.type === 'null') {
                return required
                    ? (0,contracts/* fail */.fJ)(`${at}: no "${key}"; give ${key === 'fold' ? 'the fold, from 0' : 'the epoch: 0 after initialisation, then 1, 2, …'}, like ${EXAMPLE}`)
                    : (0,contracts.ok)(null);
            }
            if (value.type === 'number' && Number.isSafeInteger(value.value) && value.value >= least)
                return (0,contracts.ok)(value.value);
            return (0,contracts/* fail */.fJ)(`${at}: "${key}" must be a whole number of at least ${least}, found ${value.type === 'number' ? value.value : describeNode(value)}`);
        };
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
            return (0,contracts/* fail */.fJ)(`${at}: "batch" ${batch.value} at epoch 0; epoch 0 is the model after initialisation, before any batch: batches count from 1 in epochs 1, 2, …`);
        }
        const variable = fields.get('variable');
        if (variable !== undefined && variable.type !== 'null' && (variable.type !== 'string' || variable.value === '')) {
            return (0,contracts/* fail */.fJ)(`${at}: "variable" must be the variable's name, a non-empty string, found ${variable.type === 'string' ? 'an empty string' : describeNode(variable)}`);
        }
        const digest = fields.get('digest');
        if (digest === undefined || digest.type === 'null')
            return (0,contracts/* fail */.fJ)(`${at}: no "digest"; give a digest of the variable's bytes (e.g. SHA-256 hex), like ${EXAMPLE}`);
        if (digest.type !== 'string' || digest.value === '') {
            return (0,contracts/* fail */.fJ)(`${at}: "digest" must be a non-empty string (e.g. SHA-256 hex), found ${digest.type === 'string' ? 'an empty string' : describeNode(digest)}`);
        }
        const valLoss = fields.get('val_loss');
        if (valLoss !== undefined && valLoss.type !== 'null' && valLoss.type !== 'number')
            return (0,contracts/* fail */.fJ)(`${at}: "val_loss" must be a number, found ${describeNode(valLoss)}`);
        return (0,contracts.ok)({
            fold: fold.value,
            epoch: epoch.value,
            batch: batch.value,
            variable: variable?.type === 'string' ? variable.value : contracts/* WHOLE_MODEL */.WR,
            digest: digest.value,
            valLoss: valLoss === undefined ? undefined : valLoss.type === 'number' ? valLoss.value : null,
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
// EXTERNAL MODULE: ./build/src/determinism/environment.js
var environment = __webpack_require__(89910);
;// CONCATENATED MODULE: ./build/src/determinism/framework-environment.js

const XLA_DETERMINISTIC = '--xla_gpu_deterministic_ops=true';
/**
 * The framework's determinism variables (none without `deterministic`, the baseline), less those
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
/** A host whose CPU TensorFlow turns oneDNN on for nowhere: where the caller only needs the names. */
const NO_CPU_FEATURES = { platform: 'linux', arch: 'x64', flags: [], armNeoverseV1: false };
function presetVariables(framework, threads, inherited, host) {
    switch (framework) {
        case 'tensorflow':
            return (0,environment/* determinismEnvironment */.fu)(true, threads, [], (0,environment/* pinnedVariables */.AP)(inherited, host));
        case 'pytorch':
            // cuBLAS needs a fixed workspace for deterministic results (torch.use_deterministic_algorithms says so).
            return { CUBLAS_WORKSPACE_CONFIG: ':4096:8', PYTHONHASHSEED: '0', OMP_NUM_THREADS: String(threads) };
        case 'jax': {
            const flags = inherited['XLA_FLAGS']?.trim() ?? '';
            return { XLA_FLAGS: flags.includes(XLA_DETERMINISTIC) ? flags : `${flags} ${XLA_DETERMINISTIC}`.trim(), PYTHONHASHSEED: '0' };
        }
        case 'none':
            return {};
    }
}
/**
 * TF_REPRO_SEED, TF_REPRO_RUN (1-based, as the report numbers runs), TF_REPRO_METRICS and
 * TF_REPRO_TRACE (where the run may write its checkpoints' digests, comparison/trace-file.ts).
 */
function reproVariables(seed, run, metricsPath, tracePath) {
    return { TF_REPRO_SEED: String(seed), TF_REPRO_RUN: String(run), TF_REPRO_METRICS: metricsPath, TF_REPRO_TRACE: tracePath };
}
//# sourceMappingURL=framework-environment.js.map
// EXTERNAL MODULE: ./build/src/util/child-environment.js
var child_environment = __webpack_require__(59596);
// EXTERNAL MODULE: ./build/src/util/cpu-host.js
var cpu_host = __webpack_require__(66119);
// EXTERNAL MODULE: ./build/src/util/errors.js
var errors = __webpack_require__(36143);
;// CONCATENATED MODULE: ./build/src/runs/command-runs.js
// Runs the user's own training command `runs` times, one after another, each a fresh shell in
// `working-directory` with its framework's determinism variables and TF_REPRO_SEED, TF_REPRO_RUN
// and TF_REPRO_METRICS, in an environment without the runner's own channels and tokens
// (util/child-environment.ts userCodeEnvironment). Each run gets its own process group, and
// TF_REPRO_RUN_ID in the environment of every process it starts: at its end, its timeout or a
// cancel, the group is killed and so is every process still marked with it (on Linux, also those
// that left the group with `setsid`), so nothing a run started outlives it. Its stdout and stderr
// go to files; its metrics are read from the metrics file it wrote, and the artifacts it wrote are
// hashed before the next run starts. A run may also write a trace to TF_REPRO_TRACE
// (comparison/trace-file.ts): it is read as it grows, each checkpoint handed to `onTrace` while
// the run goes on, and kept in the run's result. A failed, cancelled or stopped run stops the runs
// after it; what finished is kept.

















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
async function sha256(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path), hash);
    return hash.digest('hex');
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
    const handle = await (0,promises_.open)(path, 'r').catch(() => null);
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
    const out = await (0,promises_.open)(options.stdoutPath, 'w');
    const err = await (0,promises_.open)(options.stderrPath, 'w');
    try {
        const child = (0,external_node_child_process_.spawn)(command, { shell: true, cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', out.fd, err.fd] });
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
    constructor(path, name, onCheckpoint) {
        this.path = path;
        this.onCheckpoint = onCheckpoint;
        this.reader = new TraceReader(name);
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
            this.failure ??= `${this.reader.name}: the trace file could not be read (${(0,errors/* errorMessage */.g)(error)})`;
        }
    }
    async readAvailable() {
        if (this.failure !== null)
            return;
        if (this.handle === null) {
            this.handle = await (0,promises_.open)(this.path, 'r').catch(() => null);
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
function minutesText(minutes) {
    return minutes >= 1 ? (0,util_text/* plural */.LS)(Number(minutes.toFixed(2)), 'minute') : `${Number((minutes * 60).toFixed(1))} seconds`;
}
async function runCommands(options) {
    const { command: settings } = options;
    const cwd = (0,external_node_path_.resolve)(settings.workingDirectory ?? '.');
    const info = await (0,promises_.stat)(cwd).catch(() => null);
    if (!info || !info.isDirectory()) {
        throw new contracts/* UserError */.yo(`'working-directory': ${cwd} ${info ? 'is not a directory' : 'does not exist'}; give the directory the command runs in (relative to the workspace)`);
    }
    const outputDir = (0,external_node_path_.resolve)(options.outputDir);
    const logDir = (0,external_node_path_.join)(outputDir, 'logs');
    const metricsDir = (0,external_node_path_.join)(outputDir, 'metrics');
    const traceDir = (0,external_node_path_.join)(outputDir, 'traces');
    await (0,promises_.mkdir)(logDir, { recursive: true });
    await (0,promises_.mkdir)(metricsDir, { recursive: true });
    await (0,promises_.mkdir)(traceDir, { recursive: true });
    const variablesOff = options.variablesOff ?? [];
    const inherited = (0,child_environment/* userCodeEnvironment */.Oq)(process.env);
    // A variable switched off is off: the runner's own environment must not set it either.
    for (const name of variablesOff)
        delete inherited[name];
    const determinism = frameworkEnvironment(settings.framework, options.deterministic, options.threads, inherited, variablesOff, (0,cpu_host/* readCpuHost */.R)());
    const timeoutMs = settings.timeoutMinutes * 60_000;
    const results = [];
    const logs = [];
    const artifactCounts = new Map();
    let variables = {};
    for (let run = 1; run <= options.runs; run++) {
        if (options.signal?.aborted || options.stop?.aborted)
            break;
        options.hooks?.onRunStart?.(run);
        const startedAt = new Date().toISOString();
        const started = performance.now();
        const metricsPath = settings.metricsFile === null ? (0,external_node_path_.join)(metricsDir, `run-${run}.metrics`) : (0,external_node_path_.resolve)(cwd, settings.metricsFile);
        const metricsName = settings.metricsFile === null ? metricsPath : settings.metricsFile;
        // Our own path must not hold a metrics file of an earlier check in the same report directory.
        if (settings.metricsFile === null)
            await (0,promises_.rm)(metricsPath, { force: true });
        const metricsBefore = await stampOf(metricsPath);
        const tracePath = (0,external_node_path_.join)(traceDir, `run-${run}.jsonl`);
        await (0,promises_.rm)(tracePath, { force: true });
        const artifactsBefore = await artifactStamps(settings.artifacts, cwd);
        const stdoutPath = (0,external_node_path_.join)(logDir, `run-${run}.stdout.log`);
        const stderrPath = (0,external_node_path_.join)(logDir, `run-${run}.stderr.log`);
        logs.push(stdoutPath, stderrPath);
        const extra = { ...determinism, ...reproVariables(options.seed, run, metricsPath, tracePath) };
        if (run === 1)
            variables = extra;
        const env = { ...inherited, ...extra, [RUN_ID_VARIABLE]: `${options.checkId}-${run}` };
        const onTrace = options.onTrace;
        const trace = new TraceTail(tracePath, tracePath, onTrace && ((checkpoint) => onTrace(run, checkpoint)));
        trace.start();
        const exit = await runOnce(settings.command, { cwd, env, stdoutPath, stderrPath, timeoutMs, signal: options.signal, stop: options.stop });
        const result = { run, status: 'ok', error: null, startedAt, durationSeconds: 0, folds: [], environment: null, warnings: [] };
        // A run that did not end by itself may have been cut off in the middle of a line.
        const endedByItself = exit.spawnError === null && exit.code === 0 && !exit.timedOut;
        const traced = await trace.finish(!endedByItself);
        if (trace.callbackError !== null)
            throw trace.callbackError;
        if (traced?.ok)
            result.trace = traced.value;
        // The artifacts this run wrote: new files, or files whose stamp changed.
        const artifacts = new Map();
        for (const [path, stamp] of await artifactStamps(settings.artifacts, cwd)) {
            if (artifactsBefore.get(path) === stamp)
                continue;
            artifacts.set(path, await sha256((0,external_node_path_.join)(cwd, path)));
            artifactCounts.set(path, (artifactCounts.get(path) ?? 0) + 1);
        }
        // Object.fromEntries defines own properties: a file named __proto__ is kept like any other.
        if (settings.artifacts.length > 0)
            result.artifacts = Object.fromEntries(artifacts);
        const logsText = options.logsKept ? ` (logs: ${[stdoutPath, stderrPath].map((p) => (0,external_node_path_.relative)(outputDir, p)).join(', ')})` : '';
        const failure = async (how) => {
            const parts = [`run ${run} failed: ${how}${logsText}`];
            for (const [name, path] of [
                ['stderr', stderrPath],
                ['stdout', stdoutPath],
            ]) {
                const text = await tail(path);
                if (text)
                    parts.push(`${name}, last lines:\n${text}`);
            }
            return parts.join('\n');
        };
        let error = null;
        let stopped = false;
        if (exit.spawnError !== null)
            error = await failure(`the command could not start (${exit.spawnError})`);
        else if (exit.cancelled && exit.code !== 0)
            error = await failure(`the check was cancelled (${String(options.signal?.reason)}) and the command killed with every process it started`);
        else if (exit.stopped && exit.code !== 0) {
            // Stopped on purpose: not a failure. Folds it finished and wrote are kept, where it wrote them whole.
            stopped = true;
            const metricsAfter = await stampOf(metricsPath);
            if (metricsAfter !== null && metricsAfter !== metricsBefore && oversizedMetricsFile((await (0,promises_.stat)(metricsPath)).size, metricsName) === null) {
                const parsed = parseMetricsFile(await (0,promises_.readFile)(metricsPath, 'utf8'), metricsName);
                if (parsed.ok)
                    result.folds = parsed.value.folds.map((fold) => ({ fold: fold.fold, metrics: fold.metrics, weightsSha256: null, trainSeconds: null }));
                for (const fold of result.folds)
                    options.hooks?.onFold?.(run, fold);
            }
        }
        else if (exit.timedOut)
            error = await failure(`it ran past timeout-minutes (${minutesText(settings.timeoutMinutes)}) and was killed with every process it started`);
        else if (exit.code !== 0)
            error = await failure(exit.signal ? `the command was killed by ${exit.signal}` : `the command exited with code ${exit.code}`);
        else {
            const metricsAfter = await stampOf(metricsPath);
            if (metricsAfter === null) {
                error =
                    settings.metricsFile === null
                        ? `run ${run} failed: the command wrote no metrics; write them to the path in $TF_REPRO_METRICS, or name the file it writes with 'metrics-file'`
                        : `run ${run} failed: the command did not write the metrics file ${metricsName} (${metricsPath} does not exist)`;
            }
            else if (metricsAfter === metricsBefore) {
                error = `run ${run} failed: the metrics file ${metricsName} is the one an earlier run left; this run did not write it`;
            }
            else {
                const parsed = oversizedMetricsFile((await (0,promises_.stat)(metricsPath)).size, metricsName) ?? parseMetricsFile(await (0,promises_.readFile)(metricsPath, 'utf8'), metricsName);
                if (!parsed.ok)
                    error = `run ${run}: malformed metrics: ${parsed.error}`;
                else if (traced !== undefined && !traced.ok)
                    error = `run ${run}: malformed trace: ${traced.error}`;
                else {
                    result.folds = parsed.value.folds.map((fold) => ({ fold: fold.fold, metrics: fold.metrics, weightsSha256: null, trainSeconds: null }));
                    for (const fold of result.folds)
                        options.hooks?.onFold?.(run, fold);
                }
            }
        }
        result.durationSeconds = (performance.now() - started) / 1000;
        if (error !== null) {
            result.status = 'failed';
            result.error = error;
        }
        else if (stopped) {
            result.status = 'stopped';
        }
        results.push(result);
        options.hooks?.onRunEnd?.(result);
        if (error !== null || stopped)
            break;
    }
    const warnings = [];
    if (settings.artifacts.length > 0 && artifactCounts.size === 0 && results.some((r) => r.status === 'ok')) {
        warnings.push(`'artifacts' (${settings.artifacts.join(', ')}) matched no file that a run wrote in ${cwd}`);
    }
    return { runs: results, workingDirectory: cwd, variables, logs, warnings };
}
//# sourceMappingURL=command-runs.js.map
// EXTERNAL MODULE: ./build/src/comparison/compare.js
var compare = __webpack_require__(74432);
// EXTERNAL MODULE: ./build/src/comparison/divergence.js
var divergence = __webpack_require__(77561);
// EXTERNAL MODULE: ./build/src/comparison/statistics.js
var statistics = __webpack_require__(75748);
;// CONCATENATED MODULE: ./build/src/comparison/cost.js
// What determinism costs, and whether it was needed: the runs with the settings beside the same
// runs without them (compare-nondeterministic), as the experiment this project automates set them
// side by side, and which of four cases the runner is in. Pure.



/** One side of the table from its runs and their comparison: the runs with results, and their mean time. */
function costSide(runs, comparison, divergence) {
    const withResults = runs.filter((r) => r.folds.length > 0);
    return {
        runs: withResults.length,
        verdict: comparison.verdict,
        variance: comparison.variance,
        maxAbsDiff: comparison.maxAbsDiff,
        secondsPerRun: withResults.length > 0 ? (0,statistics/* mean */.i2)(withResults.map((r) => r.durationSeconds)) : 0,
        divergence,
    };
}
/** "runs 1 and 2 part at fold 0, epoch 2 (first in dense/kernel)", or the spread where no divergence is known. */
function howTheyPart(side) {
    const d = side.divergence;
    if (d)
        return `runs ${d.runs[0]} and ${d.runs[1]} part ${(0,divergence/* partingPlace */.Vf)(d)}`;
    return `the runs differ (variance ${(0,compare/* formatDiff */.Vs)(side.variance)}, largest difference ${(0,compare/* formatDiff */.Vs)(side.maxAbsDiff)})`;
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
        const cost = overhead === null ? 'only cost time' : `only cost time: a run takes ${overhead.toFixed(2)}× as long with them`;
        return { case: 'not-needed', explanation: `Not needed on this runner: the runs without the settings agreed too, so here the settings ${cost}.` };
    }
    if (!withOk && !withoutOk) {
        return {
            case: 'not-sufficient',
            explanation: `Not sufficient on this runner: with the settings ${howTheyPart(withSide)}, and without them the runs vary too (variance ${(0,compare/* formatDiff */.Vs)(withSide.variance)} with, ${(0,compare/* formatDiff */.Vs)(withoutSide.variance)} without).`,
        };
    }
    return {
        case: 'inconclusive',
        explanation: `Inconclusive: with the settings ${howTheyPart(withSide)}, yet without them the runs agreed, so the difference is not for want of the settings: it comes and goes, or the settings bring it. Run the check again to tell.`,
    };
}
/** The experiment's table: both sides, the overhead (with over without) and which of the four cases this is. */
function costComparison(withSide, withoutSide, options) {
    const overhead = overheadOf(withSide, withoutSide);
    return { with: withSide, without: withoutSide, overhead, ...decide(withSide, withoutSide, overhead, options) };
}
//# sourceMappingURL=cost.js.map
// EXTERNAL MODULE: ./build/src/engine/conclude.js
var conclude = __webpack_require__(49879);
;// CONCATENATED MODULE: ./build/src/engine/trainer.js

/** Trains with the changes; with `failFast`, compares digests as they arrive and stops at the first divergence. */
async function trainWatched(trainer, changes, purpose, failFast, hooks) {
    const stop = new AbortController();
    const watch = new divergence/* DivergenceWatch */.Ym();
    const onTrace = (run, checkpoint) => {
        hooks?.onTrace?.(run, checkpoint);
        if (failFast && !stop.signal.aborted && watch.add(run, checkpoint) !== null)
            stop.abort('divergence');
    };
    const runs = await trainer.train(changes, { purpose, hooks: { ...hooks, onTrace }, stop: stop.signal, sideBySide: failFast });
    return { runs, stoppedEarly: stop.signal.aborted };
}
//# sourceMappingURL=trainer.js.map
;// CONCATENATED MODULE: ./build/src/engine/diagnose.js
// `diagnose`: which settings matter on this runner. On the shortest configuration that shows the
// difference (two runs of the fold where the check's runs parted, up to that epoch; a command as it
// is), it trains once with every setting on (the control) and once with none (the baseline), then
// with each setting switched off alone: the runs part (necessary) or still agree (not needed here).
// Then it switches every setting found not needed off together and times the fastest configuration
// that still reproduces. Trials stop at their first divergence, and none starts that would not fit
// in the budget (the longest trial so far is the estimate); what was not tried is listed.









/** Every setting the check applies, each with the change that switches it off. */
function diagnoseCandidates(settings, trainer) {
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
        ...contracts/* SEEDING_PARTS */.Ry.map((part) => ({ name: part, kind: 'seeding', off: { unseeded: [part] } })),
    ];
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
async function diagnose(settings, trainer, divergence, options = {}) {
    const started = performance.now();
    const budgetSeconds = settings.diagnoseBudgetMinutes * 60;
    const notes = [];
    // The shortest configuration that shows the difference the check found: its fold, up to its epoch.
    const fold = divergence?.fold ?? 0;
    const epochs = divergence?.stage === 'epoch' && divergence.epoch !== null ? divergence.epoch : divergence?.stage === 'evaluation' ? settings.epochs : 1;
    const trial = trainer.kind === 'training' ? { runs: 2, onlyFolds: [fold], epochs, deterministic: true, trace: 'epochs' } : { runs: 2, deterministic: true };
    const images = settings.samples === 0 ? 'every image' : `${(0,util_text/* withCommas */.rX)(settings.samples)} images`;
    const configuration = trainer.kind === 'training' ? `2 runs of fold ${fold}, ${(0,util_text/* plural */.LS)(epochs, 'epoch')}, ${images}` : `2 runs of the command, each in full`;
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
            return { seconds, verdict: comparison.verdict, divergence: parted, error: failed ? (failed.error ?? 'a run failed').split('\n')[0] : null };
        }
        catch (error) {
            const seconds = (performance.now() - trialStarted) / 1000;
            longest = Math.max(longest, seconds);
            return { seconds, verdict: 'error', divergence: null, error: (0,errors/* errorMessage */.g)(error) };
        }
    };
    const control = await run('every setting on (the control)', {});
    if (control.error)
        notes.push(`with every setting on, a run failed: ${control.error}`);
    else if (control.verdict !== 'reproducible')
        notes.push('with every setting on the runs already part on this configuration: the settings are not sufficient here, so a setting found "not needed" may still matter');
    const baseline = await run('every setting off (the baseline)', { deterministic: false });
    const list = diagnoseCandidates(settings, trainer);
    const diagnosed = [];
    const baselineAgrees = baseline.error === null && baseline.verdict === 'reproducible';
    if (baselineAgrees)
        notes.push('with every setting off the runs agree on this configuration: none of the settings is needed here');
    for (const candidate of list) {
        const entry = { name: candidate.name, kind: candidate.kind, finding: 'not-tried', seconds: null, divergence: null, detail: '' };
        diagnosed.push(entry);
        if (baselineAgrees) {
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
            entry.finding = 'not-needed';
        }
        else {
            entry.finding = 'necessary';
            entry.divergence = outcome.divergence;
        }
    }
    const notTried = diagnosed.filter((d) => d.finding === 'not-tried').map((d) => d.name);
    if (notTried.length > 0)
        notes.push(`not tried (${diagnosed.find((d) => d.finding === 'not-tried')?.detail}): ${notTried.join(', ')}`);
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
        baseline: { seconds: baseline.seconds, divergence: baseline.divergence, verdict: baseline.verdict },
        settings: diagnosed,
        fastest,
        budgetMinutes: settings.diagnoseBudgetMinutes,
        spentSeconds: spent(),
        notes,
    };
}
//# sourceMappingURL=diagnose.js.map
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
    if (settings.compareNondeterministic && !aborted()) {
        options.log?.(`Training the same ${(0,util_text/* plural */.LS)(settings.runs, 'run')} without the determinism settings (compare-nondeterministic).`);
        const withoutRuns = await trainer.train({ deterministic: false }, { purpose: 'without' });
        const without = (0,conclude/* compareWithDivergence */.w)(withoutRuns, settings.tolerance);
        // Our own workload trains the free runs with no seed at all; a model file or a command may seed itself.
        const freeRunsWereSeeded = trainer.kind === 'command' || Boolean(settings.model);
        explained.cost = costComparison(costSide(runs, compared.comparison, divergence), costSide(withoutRuns, without.comparison, without.divergence), {
            freeRunsWereSeeded,
        });
    }
    if (settings.diagnose && !aborted()) {
        explained.diagnosis = await diagnose(settings, trainer, divergence, { log: options.log, signal: options.signal });
    }
    return explained;
}
//# sourceMappingURL=explain.js.map
;// CONCATENATED MODULE: ./build/src/engine/command-source.js
// Runs produced by the user's own training command, run `runs` times (runs/command-runs.ts), with
// the artifacts it wrote hashed for comparison.








/** A home for the logs and metrics files of a check without a report directory; it goes at the end. */
async function temporaryOutputDir() {
    const parent = (0,external_node_os_.tmpdir)();
    try {
        return await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, 'tf-repro-command-'));
    }
    catch (error) {
        throw new contracts/* UserError */.yo(`the temporary directory ${parent} (TMPDIR) cannot hold the command's logs (${(0,errors/* errorMessage */.g)(error)}): set TMPDIR to a directory that exists and can be written, or give 'report-dir'`);
    }
}
async function produceCommandRuns(settings, options) {
    const started = performance.now();
    const outputDir = settings.reportDir ?? (await temporaryOutputDir());
    let checkRuns = null;
    let trials = 0;
    try {
        const trainer = {
            kind: 'command',
            train: async (changes, request) => {
                const check = request.purpose === 'check';
                // The runs without the settings and the diagnosis's trials keep their logs apart from the check's own.
                const dir = check ? outputDir : (0,external_node_path_.join)(outputDir, 'trials', `${request.purpose}-${++trials}`);
                const result = await runCommands({
                    command: settings.command,
                    runs: changes.runs ?? settings.runs,
                    seed: settings.seed,
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
                logs: settings.reportDir === null ? [] : result.logs.map((path) => (0,external_node_path_.relative)(outputDir, path)),
            },
        };
    }
    finally {
        if (settings.reportDir === null)
            await (0,promises_.rm)(outputDir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=command-source.js.map
// EXTERNAL MODULE: ./build/src/engine/report-dir.js + 1 modules
var report_dir = __webpack_require__(27007);
// EXTERNAL MODULE: ./build/src/engine/result-files.js
var result_files = __webpack_require__(5605);
// EXTERNAL MODULE: ./build/src/data/idx-files.js
var idx_files = __webpack_require__(42859);
// EXTERNAL MODULE: ./build/src/data/load.js + 3 modules
var load = __webpack_require__(52671);
// EXTERNAL MODULE: ./build/src/paths.js
var paths = __webpack_require__(4793);
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
        throw new contracts/* UserError */.yo(`installing ${plan.packageName}@${plan.version} failed: ${why}${tail ? `: ${tail}` : ''}. ` +
            `Its install downloads libtensorflow: give the runner access to storage.googleapis.com, or set TFJS_NODE_CDN_STORAGE to a mirror`);
    }
    if (!(0,external_node_fs_.existsSync)(plan.packageDir))
        throw new contracts/* UserError */.yo(`installing ${plan.packageName}@${plan.version}: npm succeeded but ${plan.packageDir} is missing`);
    await (0,promises_.writeFile)(plan.completeMarker, '');
    return { installed: 'now', packageDir: plan.packageDir, seconds: (performance.now() - started) / 1000 };
}
//# sourceMappingURL=install.js.map
// EXTERNAL MODULE: ./build/src/util/node-compat.js
var node_compat = __webpack_require__(49563);
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
        throw new contracts/* UserError */.yo(`${INPUT}: building ${plan.packageName} against ${source.description} needs a C++ compiler (g++), make and python3 on PATH; ` +
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
        throw new contracts/* UserError */.yo(`${INPUT}: installing ${plan.packageName}@${plan.version} from the npm registry failed: ${why}: ${npmFailureReason(installed.output)}`);
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
        throw new contracts/* UserError */.yo(`${INPUT}: copying the library from ${source.description} into the tool cache failed: ${(0,errors/* errorMessage */.g)(error)}`);
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
        throw new contracts/* UserError */.yo(`${INPUT}: compiling ${plan.packageName}'s binding against libtensorflow ${source.key.version} failed: ${buildFailureReason(compiled.output)}. ` +
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
        throw new contracts/* UserError */.yo(`${INPUT}: the binding built against ${source.description} does not load: ${why.trim()}`);
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
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./build/src/provision/zip-archive.js
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
        const file = await (0,promises_.open)(path, 'r');
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
    /** An entry's bytes, for small entries (headers). */
    async read(name) {
        const entry = this.entries.get(name);
        if (!entry)
            return null;
        const chunks = [];
        await this.stream(entry, (chunk) => void chunks.push(chunk));
        return Buffer.concat(chunks);
    }
    /** Streams an entry into a new file, checking its size and CRC-32 on the way. */
    async extract(name, destination) {
        const entry = this.entries.get(name);
        if (!entry)
            throw new Error(`${name} is not in ${this.path}`);
        const out = (0,external_node_fs_.createWriteStream)(destination, { flags: 'wx', mode: 0o755 });
        await this.stream(entry, (chunk) => new Promise((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve()))));
        await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
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
        const check = new external_node_stream_.Writable({
            write(chunk, _encoding, done) {
                crc = crc32(chunk, crc);
                size += chunk.length;
                Promise.resolve(sink(chunk)).then(() => done(), done);
            },
        });
        if (entry.compressedSize > 0) {
            const raw = (0,external_node_fs_.createReadStream)(this.path, { start: dataStart, end: dataStart + entry.compressedSize - 1, highWaterMark: 1 << 20 });
            await (entry.method === 8 ? (0,external_node_stream_promises_.pipeline)(raw, external_node_zlib_.createInflateRaw(), check) : (0,external_node_stream_promises_.pipeline)(raw, check));
        }
        if (size !== entry.size || crc >>> 0 !== entry.crc32)
            throw new Error(`${entry.name} in ${this.path} is damaged (size or CRC-32 differs from its directory entry)`);
    }
}
/** CRC-32 as zip computes it: Node's zlib has it from 20.15 and 22.2. */
function crc32(data, previous = 0) {
    if (typeof external_node_zlib_.crc32 !== 'function')
        throw new Error(`Node ${process.version} has no zlib.crc32: use Node 20.15 or later`);
    return external_node_zlib_.crc32(data, previous);
}
async function readAt(file, position, length) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
}
//# sourceMappingURL=zip-archive.js.map
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
        throw new contracts/* UserError */.yo(`${libtensorflow_source_INPUT}: building the native backend against a TensorFlow is supported on Linux only (this is ${process.platform}); leave ${libtensorflow_source_INPUT} empty`);
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
                throw new contracts/* UserError */.yo(`${libtensorflow_source_INPUT}: ${dir} does not exist; ${WHAT_TO_GIVE}`);
            if (!info.isDirectory())
                throw new contracts/* UserError */.yo(`${libtensorflow_source_INPUT}: ${dir} is a file, not a folder or a .whl; ${WHAT_TO_GIVE}`);
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
        throw new contracts/* UserError */.yo(`${libtensorflow_source_INPUT}: python: python3 is not on PATH; activate the Python environment that has TensorFlow before this step, or give the folder or wheel instead`);
    }
    const answer = result.code === 0 ? (result.output.map(parseJsonLine).findLast((value) => value !== null && 'python' in value) ?? null) : null;
    if (answer === null) {
        const why = result.code === 'timeout' ? `no answer in ${PYTHON_TIMEOUT_MS / 1000} s` : (result.output.at(-1) ?? `exited with ${result.code}`);
        throw new contracts/* UserError */.yo(`${libtensorflow_source_INPUT}: python: python3 could not be asked where TensorFlow is: ${why}`);
    }
    if (typeof answer.dir !== 'string') {
        throw new contracts/* UserError */.yo(`${libtensorflow_source_INPUT}: python: ${String(answer.python)} has no tensorflow module; install it there (pip install tensorflow), activate the environment that has it before this step, or give the folder or wheel instead`);
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
        throw new contracts/* UserError */.yo(`${libtensorflow_source_INPUT}: no TensorFlow C library in ${dir}: looked for ${choice.lookedFor.join(', ')} (each with its libtensorflow_framework and include/tensorflow/c/c_api.h); ${WHAT_TO_GIVE}`);
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
        crc = crc32(chunk, crc);
    // Only a faster next check is lost where the memo cannot be written.
    await (0,promises_.mkdir)(memoDir, { recursive: true })
        .then(() => (0,promises_.writeFile)(memo, JSON.stringify({ path: (0,external_node_path_.resolve)(path), stamp, crc32: crc })))
        .catch(() => { });
    return { size: info.size, crc32: crc };
}
async function wheelSource(input, path) {
    const info = await (0,promises_.stat)(path).catch(() => null);
    if (info === null)
        throw new contracts/* UserError */.yo(`${libtensorflow_source_INPUT}: ${path} does not exist; ${WHAT_TO_GIVE}`);
    if (!info.isFile())
        throw new contracts/* UserError */.yo(`${libtensorflow_source_INPUT}: ${path} is a folder, yet its name ends in .whl; give the wheel file itself, or the folder without .whl at the end`);
    let archive;
    try {
        archive = await ZipArchive.open(path);
    }
    catch (error) {
        throw new contracts/* UserError */.yo(`${libtensorflow_source_INPUT}: ${path} cannot be read as a wheel: ${(0,errors/* errorMessage */.g)(error)}; ${WHAT_TO_GIVE}`);
    }
    try {
        const choice = findLibraryLayout((name) => archive.entries.has(name), ['tensorflow']);
        if (!('found' in choice)) {
            throw new contracts/* UserError */.yo(`${libtensorflow_source_INPUT}: the wheel ${(0,external_node_path_.basename)(path)} has no TensorFlow C library: looked for ${choice.lookedFor.join(', ')} (each with its libtensorflow_framework and include/tensorflow/c/c_api.h). ` +
                `Give a wheel of tensorflow or tensorflow-cpu for Linux (which ship libtensorflow_cc.so.2), or python or a folder instead`);
        }
        const layout = choice.found;
        const name = (relative) => layoutPath(layout, relative);
        const header = await archive.read(name(`${layout.includeRoot}/${VERSION_HEADER}`));
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
            readHeader: async (relative) => (await archive.read(name(`${layout.includeRoot}/${relative}`)))?.toString('utf8') ?? null,
            copyLibrary: (which, destination) => archive.extract(name(which === 'library' ? layout.library : layout.framework), destination),
            close: () => archive.close(),
        };
    }
    catch (error) {
        await archive.close();
        throw error;
    }
}
/** The wheel's own version, from its *.dist-info/METADATA. */
async function wheelVersion(archive) {
    for (const name of archive.entries.keys()) {
        const match = /^([^/]+\.dist-info)\/METADATA$/.exec(name);
        if (!match)
            continue;
        const topLevel = (await archive.read(`${match[1]}/top_level.txt`))?.toString('utf8') ?? 'tensorflow';
        if (!ownsTensorflowPackage(topLevel))
            continue;
        const version = versionFromMetadata((await archive.read(name))?.toString('utf8') ?? '');
        if (version)
            return version;
    }
    return null;
}
//# sourceMappingURL=libtensorflow-source.js.map
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
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
            return (0,contracts/* fail */.fJ)(`nvidia-smi line ${lineIndex + 1}: expected 'name, driver_version, memory.total', found '${line}'`);
        const memory = fields[fields.length - 1];
        const driverVersion = fields[fields.length - 2];
        const name = fields.slice(0, -2).join(',');
        const memoryMatch = /^(\d+)\s*MiB$/i.exec(memory);
        if (!/^\d+(\.\d+)*$/.test(driverVersion))
            return (0,contracts/* fail */.fJ)(`nvidia-smi line ${lineIndex + 1}: driver version '${driverVersion}' is not a version number`);
        gpus.push({ index: lineIndex, name, driverVersion, memoryTotalMiB: memoryMatch ? Number(memoryMatch[1]) : null });
    }
    return (0,contracts.ok)(gpus);
}
//# sourceMappingURL=nvidia-smi.js.map
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
        throw new contracts/* UserError */.yo(decision.error);
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
var model_preflight = __webpack_require__(44795);
// EXTERNAL MODULE: ./build/src/runs/protocol.js
var protocol = __webpack_require__(46);
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
    if (parallel !== 'auto')
        return parallel;
    const byProcessors = machine.gpus > 0 ? Math.min(machine.cpus, machine.gpus * WORKERS_PER_GPU) : Math.floor(machine.cpus / Math.max(1, threads));
    const byMemory = Math.floor((machine.totalMemoryBytes * 0.75) / MEMORY_PER_WORKER_BYTES);
    return Math.max(1, Math.min(byProcessors, byMemory));
}
//# sourceMappingURL=schedule.js.map
// EXTERNAL MODULE: ./build/src/runs/output-tail.js
var output_tail = __webpack_require__(77858);
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
    try {
        if (logTarget)
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(logTarget.path), { recursive: true });
        const child = (0,external_node_child_process_.fork)(entryScript, [protocol/* WORKER_ARGUMENT */.$q], {
            env: (0,child_environment/* childEnvironment */.Qc)({
                ...(0,environment/* determinismEnvironment */.fu)(settings.deterministic, settings.threads, settings.variablesOff, (0,environment/* pinnedVariables */.AP)(process.env, (0,cpu_host/* readCpuHost */.R)())),
                ...(0,environment/* nativeLibraryEnvironment */.CV)(placement.backends.map((candidate) => (candidate.backend === 'tensorflow' ? candidate.native?.libraryPath : undefined)), process.env),
                ...(gpu ? { CUDA_VISIBLE_DEVICES: String(gpu.index) } : {}),
            }),
            execArgv: [],
            stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
            // Structured clone, not JSON: a NaN loss must reach the report as NaN, not null.
            serialization: 'advanced',
        });
        forked = child;
        stop?.addEventListener('abort', onStop, { once: true });
        if (stop?.aborted)
            onStop();
        if (logTarget?.header === null)
            log = (0,external_node_fs_.createWriteStream)(logTarget.path);
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
                    events.onFold(message.result);
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
    }
    await new Promise((resolve) => (log ? log.end(resolve) : resolve()));
    if (logTarget?.header != null) {
        // One append per process, so sections never mix.
        try {
            (0,external_node_fs_.appendFileSync)(logTarget.path, Buffer.concat([Buffer.from(`${logTarget.header}\n`), ...section]));
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
                state.result.error = `run ${state.result.run} did not train ${untrained.length === 1 ? 'fold' : 'folds'} ${untrained.join(', ')}: no process started for them after ${failure ?? 'a failure'}`;
            }
            else {
                state.result.status = 'ok';
            }
        }
        options.hooks?.onRunEnd?.(state.result);
    };
    const runJob = async (job, gpu) => {
        const several = (jobsPerRun.get(job.run) ?? 1) > 1;
        let state = states.get(job.run);
        if (!state) {
            const result = {
                run: job.run,
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
        const what = several ? `run ${job.run} (${foldsLabel(job.folds)})` : `run ${job.run}`;
        const logTarget = options.logDir === null ? null : { path: (0,external_node_path_.join)(options.logDir, `run-${job.run}.log`), header: several ? `===== ${what} =====` : null };
        const placement = { entryScript: options.entryScript, ready: options.ready, backends: options.backends, gpu, stop };
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
            onFold: (fold) => {
                if (gpu)
                    fold.device = `GPU ${gpu.index} (${gpu.name})`;
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
        const gpu = options.gpus && options.gpus.length > 0 ? options.gpus[slotIndex % options.gpus.length] : null;
        for (const job of slot) {
            if (failure !== null || stop?.aborted)
                return;
            await runJob(job, gpu);
        }
    }));
    // Runs cut short by a failure elsewhere, or by the stop, end here with what they finished.
    for (const state of states.values())
        endRun(state);
    return [...states.values()].map((state) => state.result).sort((a, b) => a.run - b.run);
}
//# sourceMappingURL=training-processes.js.map
// EXTERNAL MODULE: ./build/src/comparison/shards.js
var shards = __webpack_require__(57470);
// EXTERNAL MODULE: ./build/src/engine/shards.js
var engine_shards = __webpack_require__(92879);
;// CONCATENATED MODULE: ./build/src/engine/training-source.js
// Runs produced by training here: the default workload or the user's model file, every run's
// folds in fresh processes (runs/training-processes.ts), after the dataset and the backend were
// checked once in this process, and the model once in a fresh process (runs/model-preflight.ts).
// The same preparation serves every training a check does: the runs, the narrowing re-train, the
// runs without the settings (compare-nondeterministic) and the diagnosis's trials.










function trainingSettings(settings) {
    const { tolerance: _tolerance, failOnMismatch: _fail, reportDir: _dir, parallel: _parallel, command: _command, failFast: _failFast, compareNondeterministic: _compare, diagnose: _diagnose, diagnoseBudgetMinutes: _budget, libtensorflow: _libtensorflow, shard: _shard, label: _label, across: _across, failOnCrossRunnerDifference: _failAcross, baseline: _baseline, baselineArtifact: _baselineArtifact, failOnDrift: _failOnDrift, ...training } = settings;
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
        const shard = settings.shard ? await (0,engine_shards/* shardHeader */.St)({ ...settings, shard: settings.shard }, await inflated) : null;
        // The native backend is installed (once per runner) and the GPUs found before any process starts.
        const provisioned = await provisionBackends(settings.backend, options.log, process.env, library);
        const first = provisioned.candidates[0];
        const gpus = first?.backend === 'tensorflow' && first.flavor === 'gpu' ? provisioned.machine.gpus : [];
        const base = trainingSettings(settings);
        const logDir = settings.reportDir === null ? null : (0,external_node_path_.join)(settings.reportDir, 'logs');
        const trainer = {
            kind: 'training',
            train: async (changes, run) => {
                const training = { ...base, ...changes };
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
    await (0,report_dir/* prepareReportDir */.r)(settings.reportDir);
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

/***/ 49879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ concludeCheck),
/* harmony export */   w: () => (/* binding */ compareWithDivergence)
/* harmony export */ });
/* harmony import */ var _comparison_artifacts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68972);
/* harmony import */ var _comparison_compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74432);
/* harmony import */ var _comparison_divergence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77561);
/* harmony import */ var _comparison_shards_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57470);
/* harmony import */ var _report_build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42056);





/**
 * The comparison and where the runs first part. The locator needs the comparison (a fold whose
 * results differ although every checkpoint agrees), and the verdict needs the divergence (runs
 * stopped at it, a difference only the trace shows): so compare, locate, and compare again with it.
 */
function compareWithDivergence(runs, tolerance, known) {
    const first = (0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRuns */ .qB)(runs, tolerance);
    const divergence = known !== undefined ? known : (0,_comparison_divergence_js__WEBPACK_IMPORTED_MODULE_3__/* .locateDivergence */ .nV)(runs, first);
    return { comparison: divergence === null ? first : (0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRuns */ .qB)(runs, tolerance, { divergence }), divergence };
}
function concludeCheck(produced) {
    const { comparison: metrics, divergence } = compareWithDivergence(produced.runs, produced.tolerance, produced.divergence);
    const { comparison, warnings } = produced.artifacts ? (0,_comparison_artifacts_js__WEBPACK_IMPORTED_MODULE_4__/* .withArtifacts */ .ig)(metrics, produced.artifacts) : { comparison: metrics, warnings: [] };
    const report = (0,_report_build_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)({
        settings: produced.settings,
        source: produced.source,
        runs: produced.runs,
        comparison,
        durationSeconds: produced.durationSeconds,
        warnings: [...produced.warnings, ...warnings],
        errors: produced.errors,
    });
    if (produced.suppliedSeeds)
        report.suppliedSeeds = produced.suppliedSeeds;
    if (produced.command)
        report.command = produced.command;
    if (produced.artifacts)
        report.artifacts = produced.artifacts;
    report.divergence = divergence;
    if (produced.work)
        report.work = produced.work;
    if (produced.cost)
        report.cost = produced.cost;
    if (produced.diagnosis)
        report.diagnosis = produced.diagnosis;
    if (produced.shard) {
        report.shard = produced.shard;
        report.summary = (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_0__/* .shardSummary */ .LF)(report.summary, produced.shard, produced.settings.folds ?? produced.shard.folds.length);
    }
    if (produced.merged)
        report.merged = produced.merged;
    return report;
}
//# sourceMappingURL=conclude.js.map

/***/ }),

/***/ 27007:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ prepareReportDir),
  a: () => (/* binding */ saveReport)
});

// EXTERNAL MODULE: ./build/src/contracts.js
var contracts = __webpack_require__(52018);
// EXTERNAL MODULE: ./build/src/report/files.js
var files = __webpack_require__(34127);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
    const probe = (0,external_node_path_.join)(absolute, `.tf-repro-write-test-${process.pid}`);
    try {
        await (0,promises_.writeFile)(probe, '');
        await (0,promises_.rm)(probe);
    }
    catch (error) {
        return reasonFor(error, absolute);
    }
    return null;
}
//# sourceMappingURL=directories.js.map
// EXTERNAL MODULE: ./build/src/util/errors.js
var errors = __webpack_require__(36143);
;// CONCATENATED MODULE: ./build/src/engine/report-dir.js
// The report directory: made and checked before a check starts, so that no check runs for a report
// it cannot write, and written at the end with an error that says where and why.




/** Creates the directory (and its parents) and checks that a file can be written in it. */
async function prepareReportDir(dir) {
    if (dir === null)
        return;
    const problem = await makeWritableDirectory(dir);
    if (problem !== null)
        throw new contracts/* UserError */.yo(`'report-dir': ${dir} cannot be used (${problem}); give a directory that can be created and written`);
}
/** writeReportFiles, with a failure (a full disk, the directory removed meanwhile) as one clear error. Returns report.json's path. */
async function saveReport(report, dir) {
    try {
        return await (0,files/* writeReportFiles */.t4)(report, dir);
    }
    catch (error) {
        throw new contracts/* UserError */.yo(`'report-dir': the report could not be written in ${dir} (${(0,errors/* errorMessage */.g)(error)})`);
    }
}
//# sourceMappingURL=report-dir.js.map

/***/ }),

/***/ 5605:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ readReportFile),
/* harmony export */   OU: () => (/* binding */ produceRunsFromFiles),
/* harmony export */   Up: () => (/* binding */ readBaselineReport),
/* harmony export */   Xb: () => (/* binding */ readReportRuns),
/* harmony export */   ky: () => (/* binding */ runsOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52018);
/* harmony import */ var _comparison_experiment_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98654);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47499);
/* harmony import */ var _report_report_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56923);
/* harmony import */ var _report_saved_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71646);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36143);
// Runs produced by reading result files already written: our report.json, or the published
// experiment's text format. Runs are renumbered in the order given, across files.







const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOr = (value, otherwise) => (typeof value === 'string' ? value : otherwise);
/**
 * One fold of a run in report.json, its metrics decoded ("NaN", "Infinity" and "-Infinity" are
 * numbers that JSON cannot spell). `where` names the run for an error.
 */
function foldOf(value, where) {
    if (!isObject(value) || !Number.isSafeInteger(value.fold) || value.fold < 0 || !isObject(value.metrics)) {
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: a fold is not {"fold": <index>, "metrics": {…}}; compare reads the report.json that tf-repro wrote, unedited`);
    }
    const fold = value.fold;
    const metrics = Object.entries(value.metrics).map(([name, raw]) => {
        const number = (0,_report_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeNumber */ .w)(raw);
        if (number !== null)
            return [name, number];
        const old = raw === null ? ' (a tf-repro older than this one wrote NaN and Infinity as null: compare its results.txt instead)' : '';
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: metric "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .excerpt */ .Kb)(name)}" of fold ${fold} is ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .excerpt */ .Kb)(JSON.stringify(raw) ?? String(raw))}, not a number${old}`);
    });
    const device = value.device;
    return {
        fold,
        // Object.fromEntries makes every name an own property, `__proto__` included.
        metrics: Object.fromEntries(metrics),
        weightsSha256: stringOr(value.weightsSha256, null),
        trainSeconds: (0,_report_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeNumber */ .w)(value.trainSeconds),
        ...(typeof device === 'string' || device === null ? { device } : {}),
    };
}
const RUN_STATUSES = ['ok', 'failed', 'stopped'];
const VERDICTS = ['reproducible', 'not-reproducible', 'error'];
/** The runs of a report.json, checked: what the comparison reads must be what it expects. */
function runsOf(runs, path) {
    return runs.map((value, index) => {
        const where = `${path}: run ${index + 1}`;
        if (!isObject(value) || !Array.isArray(value.folds) || !RUN_STATUSES.includes(value.status)) {
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where} is not a run with a status and a list of folds; compare reads the report.json that tf-repro wrote, unedited`);
        }
        return {
            run: index + 1,
            status: value.status,
            error: stringOr(value.error, null),
            startedAt: stringOr(value.startedAt, ''),
            durationSeconds: (0,_report_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeNumber */ .w)(value.durationSeconds) ?? 0,
            folds: value.folds.map((fold) => foldOf(fold, where)),
            environment: isObject(value.environment) ? value.environment : null,
            warnings: Array.isArray(value.warnings) ? value.warnings.filter((warning) => typeof warning === 'string') : [],
            ...(isObject(value.artifacts)
                ? { artifacts: Object.fromEntries(Object.entries(value.artifacts).filter((entry) => typeof entry[1] === 'string')) }
                : {}),
            ...(value.trace === undefined ? {} : { trace: (0,_report_saved_report_js__WEBPACK_IMPORTED_MODULE_4__/* .savedTrace */ .vV)(value.trace, path, `runs[${index}].trace`) }),
        };
    });
}
/** A file the user named, as text; one clear error naming it (as `what`) where it cannot be read. */
async function readNamedFile(path, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot read ${what} '${path}': ${error.code ?? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)}`);
    }
}
/** report.json's text as its object, checked to be a tf-repro report of the schema this version writes. */
function parseReportJson(text, path) {
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${path}: not valid JSON (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error))})`);
    }
    const version = isObject(report) ? report.schemaVersion : undefined;
    if (typeof version === 'number' && version !== _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_VERSION */ .WI) {
        const tool = isObject(report) && isObject(report.tool) && typeof report.tool.version === 'string' ? ` (tf-repro ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .excerpt */ .Kb)(report.tool.version, 20)})` : '';
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${path}: a report of schema version ${version}${tool}; this tf-repro reads version ${_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_VERSION */ .WI}`);
    }
    if (!isObject(report) || version !== _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_VERSION */ .WI || !Array.isArray(report.runs)) {
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${path}: not a tf-repro report (expected schemaVersion ${_contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_VERSION */ .WI} and a runs list)`);
    }
    return report;
}
/** A report.json that tf-repro wrote, as its object (what tf-repro explain reads), read and checked as compare reads one. */
async function readReportFile(path) {
    const text = await readNamedFile(path, 'report');
    if (!text.trimStart().startsWith('{')) {
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${path}: not a tf-repro report (a report.json starts with '{'; a check writes one with report-dir)`);
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
    const tool = isObject(report.tool) ? report.tool : {};
    return {
        settings: isObject(report.settings) ? report.settings : {},
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
        return { runs: runsOf(report.runs, path), seconds: (0,_report_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeNumber */ .w)(report.durationSeconds) ?? 0 };
    }
    const parsed = (0,_comparison_experiment_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parseExperimentText */ .kz)(text, path);
    if (!parsed.ok)
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(parsed.error);
    return { runs: (0,_comparison_experiment_format_js__WEBPACK_IMPORTED_MODULE_2__/* .experimentRunsToRunResults */ .kR)(parsed.value, path), seconds: (0,_comparison_experiment_format_js__WEBPACK_IMPORTED_MODULE_2__/* .experimentTotalSeconds */ .FM)(parsed.value.runs.map((run) => run.timestamp)) };
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

/***/ 92879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   St: () => (/* binding */ shardHeader),
/* harmony export */   mO: () => (/* binding */ mergeShardReports)
/* harmony export */ });
/* unused harmony export expandReportPatterns */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(73382);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52018);
/* harmony import */ var _comparison_shards_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57470);
/* harmony import */ var _data_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52671);
/* harmony import */ var _report_report_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56923);
/* harmony import */ var _report_saved_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71646);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(36143);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(28009);
/* harmony import */ var _conclude_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49879);
/* harmony import */ var _report_dir_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(27007);
/* harmony import */ var _result_files_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5605);
// Shards (issue #13, part 1), the I/O side: a shard leg's header (the digests of its settings and
// of its dataset, computed once in the check's own process), and the merge: the legs' report.json
// files found, read back, checked and joined (comparison/shards.ts), then concluded as one check.














/**
 * The header of shard `settings.shard`'s partial report. The dataset is loaded here once, as the
 * training processes will take it (the first `samples` images), to digest its content; the model
 * file (already checked by its preflight) is digested by its bytes.
 */
async function shardHeader(settings, inflated) {
    const dataset = await (0,_data_load_js__WEBPACK_IMPORTED_MODULE_5__.loadSettingsDataset)(settings, inflated);
    let model = null;
    if (settings.model) {
        try {
            model = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                .update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(settings.model))
                .digest('hex');
        }
        catch (error) {
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot read 'model' ${settings.model} to digest it for the shard's report: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .errorMessage */ .g)(error)}`);
        }
    }
    return {
        index: settings.shard.index,
        count: settings.shard.count,
        folds: (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_4__/* .shardFolds */ .rt)(settings.shard, settings.folds),
        settingsDigest: (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_4__/* .settingsDigest */ .KI)(settings, model),
        datasetDigest: (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_4__/* .datasetDigest */ .Vx)(dataset),
        toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_12__/* .TOOL_VERSION */ .w,
    };
}
/**
 * The files `patterns` name (globs, or paths as they are), relative to `cwd` as given, each once;
 * a glob that matches nothing is one clear error.
 */
async function expandReportPatterns(patterns, cwd, input) {
    const files = [];
    const seen = new Set();
    for (const pattern of patterns) {
        // An absolute pattern gives absolute paths, a relative one paths relative to cwd: as the user wrote it.
        const matched = (0,tinyglobby__WEBPACK_IMPORTED_MODULE_13__/* .isDynamicPattern */ .ey)(pattern)
            ? (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_13__/* .glob */ .TI)(pattern, { cwd, onlyFiles: true, dot: true, expandDirectories: false, absolute: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(pattern) })).sort()
            : [pattern];
        if (matched.length === 0) {
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${input}: no file matches '${pattern}' in ${cwd}: download every shard leg's report first (actions/download-artifact), or give the report.json files' paths`);
        }
        for (const file of matched) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, file);
            if (!seen.has(path)) {
                seen.add(path);
                files.push(file);
            }
        }
    }
    return files;
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const texts = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
/** One report.json given to merge, read back and checked as tf-repro compare and explain read one. */
async function readShardReport(file, cwd) {
    const json = await (0,_result_files_js__WEBPACK_IMPORTED_MODULE_10__/* .readReportFile */ .$h)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, file));
    const explained = (0,_report_saved_report_js__WEBPACK_IMPORTED_MODULE_7__/* .savedReport */ .Gt)(json, file);
    return {
        file,
        header: (0,_report_saved_report_js__WEBPACK_IMPORTED_MODULE_7__/* .savedShardHeader */ .Nw)(json, file),
        merged: json.merged !== undefined,
        settings: isObject(json.settings) ? json.settings : {},
        runs: (0,_result_files_js__WEBPACK_IMPORTED_MODULE_10__/* .runsOf */ .ky)(json.runs, file),
        ...('divergence' in explained ? { divergence: explained.divergence } : {}),
        ...(explained.work ? { work: explained.work } : {}),
        durationSeconds: (0,_report_report_json_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeNumber */ .w)(json.durationSeconds) ?? 0,
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
    await (0,_report_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .prepareReportDir */ .r)(options.reportDir);
    const files = await expandReportPatterns(patterns, options.cwd, options.input);
    const reports = await Promise.all(files.map((file) => readShardReport(file, options.cwd)));
    const checked = (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_4__/* .checkShardSet */ .tl)(reports);
    if (!checked.ok)
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(checked.error);
    const legs = checked.value;
    const first = legs[0];
    const joined = (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_4__/* .joinShards */ .eS)(legs);
    const settings = Object.fromEntries(Object.entries(first.settings).filter(([name]) => !LEG_ONLY.includes(name)));
    settings.reportDir = options.reportDir;
    const tolerance = typeof settings.tolerance === 'number' ? settings.tolerance : 0;
    const located = (0,_conclude_js__WEBPACK_IMPORTED_MODULE_8__/* .compareWithDivergence */ .w)(joined.runs, tolerance).divergence;
    return (0,_conclude_js__WEBPACK_IMPORTED_MODULE_8__/* .concludeCheck */ .O)({
        settings,
        tolerance,
        source: typeof first.settings.source === 'string' ? first.settings.source : legs.map((leg) => leg.file).join(', '),
        runs: joined.runs,
        durationSeconds: joined.durationSeconds,
        warnings: joined.warnings,
        errors: joined.errors,
        divergence: (0,_comparison_shards_js__WEBPACK_IMPORTED_MODULE_4__/* .keepNarrowing */ .H$)(located, joined.divergences),
        ...(joined.work ? { work: joined.work } : {}),
        merged: { shards: legs.length, files: legs.map((leg) => leg.file) },
    });
}
//# sourceMappingURL=shards.js.map

/***/ }),

/***/ 13337:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ defaultLabel)
/* harmony export */ });
/* unused harmony export matrixValues */
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70800);
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

/***/ 12138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ SETTING_DEFAULTS),
/* harmony export */   h$: () => (/* binding */ cliFlagLabel),
/* harmony export */   jX: () => (/* binding */ actionInputLabel),
/* harmony export */   l: () => (/* binding */ BASELINE_FROM_MAIN)
/* harmony export */ });
// The settings by name, with their defaults: the action's inputs and the CLI's flags share them
// (a test holds action.yml to this table).
const SETTING_DEFAULTS = {
    runs: '2',
    folds: '10',
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
    parallel: 'auto',
    dataset: '',
    tolerance: '0',
    'fail-on-mismatch': 'true',
    'report-dir': '',
    // Explaining the verdict (issue #11): stop at the first divergence, the cost table, the diagnosis.
    'fail-fast': 'true',
    'compare-nondeterministic': 'false',
    diagnose: 'false',
    'diagnose-budget-minutes': '10',
    // Bring your own training (own-training.ts): a model file, or a command and what only it takes.
    model: '',
    command: '',
    'working-directory': '',
    framework: 'tensorflow',
    'metrics-file': '',
    'timeout-minutes': '0',
    artifacts: '',
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
};
/** `baseline: main`: the baseline is found with the GitHub API rather than read from a file. */
const BASELINE_FROM_MAIN = 'main';
const actionInputLabel = (name) => `input '${name}'`;
const cliFlagLabel = (name) => `--${name}`;
//# sourceMappingURL=setting-names.js.map

/***/ }),

/***/ 70800:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rn: () => (/* binding */ MAX_LABEL_LENGTH),
  P$: () => (/* binding */ parseSettings)
});

// UNUSED EXPORTS: COUNT_BOUNDS

// EXTERNAL MODULE: ./build/src/inputs/numbers.js
var numbers = __webpack_require__(9705);
// EXTERNAL MODULE: ./build/src/inputs/setting-names.js
var setting_names = __webpack_require__(12138);
// EXTERNAL MODULE: ./build/src/contracts.js
var contracts = __webpack_require__(52018);
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(47499);
;// CONCATENATED MODULE: ./build/src/inputs/own-training.js
// The inputs that bring the user's own training: `model` (a model file tf-repro trains) or
// `command` (a training command tf-repro runs), and the inputs that only a command takes. Part of
// settings.ts's up-front validation: each problem is one line naming the input.



/** Inputs that mean something only with `command`, with the value that means "not given". */
const COMMAND_ONLY = [
    ['working-directory', ''],
    ['metrics-file', ''],
    ['artifacts', ''],
    ['timeout-minutes', '0'],
];
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
    if (!contracts/* FRAMEWORK_CHOICES */.ei.includes(frameworkText)) {
        errors.push(`${label('framework')} must be one of ${contracts/* FRAMEWORK_CHOICES */.ei.join(', ')}, got '${frameworkText}'`);
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
        return { model, command: null, errors };
    }
    if (model !== null) {
        errors.push(`${label('model')} and ${label('command')} cannot be used together: 'model' is a model file that tf-repro trains, 'command' runs your own training; give one of them`);
    }
    if (text('dataset') !== '') {
        errors.push(`${label('dataset')} does not apply with ${label('command')}: the command loads its own data (pass its path to the command instead)`);
    }
    const artifacts = splitGlobs(text('artifacts'));
    const command = {
        command: commandText,
        workingDirectory: text('working-directory') === '' ? null : text('working-directory'),
        framework: contracts/* FRAMEWORK_CHOICES */.ei.includes(frameworkText) ? frameworkText : 'tensorflow',
        metricsFile: text('metrics-file') === '' ? null : text('metrics-file'),
        timeoutMinutes: timeoutFits ? timeout : 0,
        artifacts,
    };
    return { model, command, errors };
}
//# sourceMappingURL=own-training.js.map
// EXTERNAL MODULE: ./build/src/inputs/shard.js
var inputs_shard = __webpack_require__(91063);
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
        return value === undefined || value === '' ? setting_names/* SETTING_DEFAULTS */.Eg[name] : value;
    };
    const inBounds = (name, number) => number !== null && number >= COUNT_BOUNDS[name][0] && number <= COUNT_BOUNDS[name][1];
    const bounds = (name) => `from ${(0,util_text/* withCommas */.rX)(COUNT_BOUNDS[name][0])} to ${(0,util_text/* withCommas */.rX)(COUNT_BOUNDS[name][1])}`;
    const wholeNumber = (name, meaning = '') => {
        const value = text(name);
        const number = (0,numbers/* parseWholeNumber */.o)(value);
        if (!inBounds(name, number)) {
            errors.push(`${label(name)} must be a whole number ${bounds(name)}${meaning}, got '${value}'`);
            return Number(setting_names/* SETTING_DEFAULTS */.Eg[name]);
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
    if (!contracts/* BACKEND_CHOICES */.EV.includes(backendText)) {
        errors.push(`${label('backend')} must be one of ${contracts/* BACKEND_CHOICES */.EV.join(', ')}, got '${backendText}'`);
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
        backend: contracts/* BACKEND_CHOICES */.EV.includes(backendText) ? backendText : 'auto',
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
    const own = parseOwnTraining(text, label);
    errors.push(...own.errors);
    if (own.model !== null)
        settings.model = own.model;
    if (own.command !== null)
        settings.command = own.command;
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
    if (errors.length === 0 && settings.samples !== 0 && settings.samples < settings.folds) {
        errors.push(`${label('samples')} is ${settings.samples}, fewer than ${label('folds')} (${settings.folds}): every fold needs images; use at least ${settings.folds}, or 0 for all`);
    }
    return errors.length === 0 ? (0,contracts.ok)(settings) : (0,contracts/* fail */.fJ)(errors.join('\n'));
}
//# sourceMappingURL=settings.js.map

/***/ }),

/***/ 91063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ parseMerge),
/* harmony export */   K9: () => (/* binding */ shardConflicts),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9705);
/* harmony import */ var _setting_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12138);


/** `shard` as given ('' for the whole check), checked against `folds`; null: the whole check. */
function parseShard(text, folds, label) {
    if (text === '')
        return { shard: null, error: null };
    const match = /^(\S+)\s*\/\s*(\S+)$/.exec(text);
    const index = match ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWholeNumber */ .o)(match[1]) : null;
    const count = match ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWholeNumber */ .o)(match[2]) : null;
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
    return errors;
}
/**
 * Inputs a merge job may give beside `merge`: where the report goes, whether a difference fails the
 * job, the merged check's label (for across), and a baseline to compare the merged check with.
 */
const MERGE_TAKES = ['merge', 'report-dir', 'fail-on-mismatch', 'label', 'baseline', 'baseline-artifact', 'fail-on-drift'];
/**
 * `merge` as its globs (empty: no merge), and an error for every other setting given a value
 * other than its default: the merged check's settings are the legs' own.
 */
function parseMerge(raw, label) {
    const patterns = splitLines(raw.merge ?? '');
    if (patterns.length === 0)
        return { patterns, errors: [] };
    const given = Object.keys(_setting_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SETTING_DEFAULTS */ .Eg).filter((name) => {
        const value = raw[name]?.trim();
        return !MERGE_TAKES.includes(name) && value !== undefined && value !== '' && value !== _setting_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SETTING_DEFAULTS */ .Eg[name];
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

/***/ 59601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gb: () => (/* binding */ renderAcrossSummary),
/* harmony export */   lW: () => (/* binding */ renderAcrossComment)
/* harmony export */ });
/* unused harmony exports legsTable, gridMarkdown, fingerprintMarkdown, valuesMarkdown, acrossShortenedNote */
/* harmony import */ var _across_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88633);
/* harmony import */ var _findings_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39328);
/* harmony import */ var _fold_view_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99407);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45845);
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51669);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47499);






/** Folds per legs × folds table: with the legs' column, 11 columns, narrow enough for any page. */
const FOLDS_PER_TABLE = 10;
/** A label is user text and may be long: a column header or a row's first cell shows this much (the legs' table shows it whole). */
const LABEL_CHARS = 40;
/** A fingerprint value (a list of GPUs, a library's path) in a cell. */
const VALUE_CHARS = 120;
/** Folds per table of each leg's values. */
const VALUE_FOLDS_PER_TABLE = 7;
const MARK = { reproducible: '✅', 'not-reproducible': '❌', error: '⚠️' };
const legName = (leg) => `${leg.leg} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)((0,_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(leg.label, LABEL_CHARS))}`;
const escapeCell = (text) => text.replaceAll('*', '\\*');
/** A row per leg: its label, its own verdict, its size, how many folds it agrees with leg 1 in, its backend and file. */
function legsTable(across) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['leg', 'label', 'within its runner', 'runs × folds', 'folds like leg 1', 'backend', 'report'], across.legs.map((leg) => [
        String(leg.leg),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(leg.label),
        `${MARK[leg.verdict]} ${(0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .withinWords */ .pj)(leg.verdict)}`,
        `${leg.runs} × ${leg.folds}`,
        (0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .foldsLikeFirst */ .wc)(across, leg.leg),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)((0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .legBackend */ .Js)(leg)),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(leg.file),
    ]));
}
/** The legs × folds table of the first `shown` folds, in pieces of FOLDS_PER_TABLE folds, after a line that says what the letters mean. */
function gridMarkdown(across, shown) {
    const grid = (0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .acrossGrid */ .En)(across).slice(0, shown);
    if (grid.length === 0)
        return '_No fold has a result to compare._';
    const tables = (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_4__/* .chunks */ .VN)(grid, FOLDS_PER_TABLE).map((piece) => (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['leg', ...piece.map((column) => `fold ${column.fold}`)], [
        ...across.legs.map((leg) => [legName(leg), ...piece.map((column) => escapeCell(column.cells[leg.leg - 1]))]),
        ['**every leg**', ...piece.map((column) => (column.identical ? '✅' : '❌'))],
    ]));
    return [`_${escapeCell((0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .gridLegend */ .YT)(across))}_`, ...tables].join('\n\n');
}
/** The fingerprints side by side, a row per field, ≠ where legs differ; `all`: also the fields every leg shares. */
function fingerprintMarkdown(across, all) {
    const { fingerprint } = across;
    if (fingerprint.length === 0)
        return '_No leg recorded an environment fingerprint (a command trains where tf-repro does not see)._';
    const differing = fingerprint.filter((field) => field.differs).length;
    const lead = differing > 0
        ? `_≠: the field differs between legs, which is where a difference across runners comes from (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(differing, 'field')})._`
        : '_Every field of the fingerprint is the same on every leg: a difference across them comes from something it does not record._';
    const rows = all ? fingerprint : fingerprint.filter((field) => field.differs);
    const left = fingerprint.length - rows.length;
    const table = rows.length === 0
        ? null
        : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['field', ...across.legs.map(legName), ''], rows.map((field) => [
            field.differs ? `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(field.field)}**` : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)(field.field),
            ...field.values.map((value) => (value === null ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)((0,_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(value, VALUE_CHARS)))),
            field.differs ? '≠' : '',
        ]));
    return [lead, ...(table === null ? [] : [table]), ...(left > 0 ? [`_${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(left, 'field')} the same on every leg left out._`] : [])].join('\n\n');
}
/** Each leg's value of each metric where legs differ (of the first `shown` folds), folded; null where they agree. */
function valuesMarkdown(report, shown) {
    const across = (0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .acrossOf */ .J6)(report);
    const metrics = (0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .valuesWhereLegsDiffer */ .hV)(report, shown);
    if (metrics.length === 0)
        return null;
    const folds = Math.max(...metrics.map((metric) => metric.folds.length));
    const sections = metrics.flatMap(({ metric, folds: differing }) => [
        `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)((0,_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(metric, 60))}**`,
        ...(0,_fold_view_js__WEBPACK_IMPORTED_MODULE_4__/* .chunks */ .VN)(differing, VALUE_FOLDS_PER_TABLE).map((piece) => (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['leg', ...piece.map((column) => `fold ${column.fold}`)], across.legs.map((leg) => [legName(leg), ...piece.map((column) => column.values[leg.leg - 1] ?? '—')]))),
    ]);
    return (0,_findings_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .folded */ .TM)(`Each leg's values where the legs differ (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(folds, 'fold')})`, sections.join('\n\n'));
}
function numbersTable(report) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['', ''], (0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .acrossNumbers */ .gq)(report, _format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA, (value) => (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .scientific */ .eg)(value)));
}
/** "> [!NOTE] Shortened to fit …: left out …"; null when `shape` leaves nothing out. */
function acrossShortenedNote(report, shape, full, limit, everything) {
    const folds = (0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .acrossOf */ .J6)(report).folds.length;
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
function render(report, shape, full, frame) {
    const across = (0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .acrossOf */ .J6)(report);
    const { within, across: acrossWords } = (0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .acrossHeadline */ .Cm)(report);
    const sub = frame.heading === '##' ? '###' : '####';
    const shortened = acrossShortenedNote(report, shape, full, frame.limitText, frame.everything);
    const values = shape.details && shape.foldRows !== null ? valuesMarkdown(report, shape.foldRows) : null;
    const fingerprintTitle = across.differingFields.length > 0
        ? `Environment fingerprints: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(across.differingFields.length, 'field')} differ`
        : 'Environment fingerprints: no field differs';
    const fingerprint = shape.fingerprint ? fingerprintMarkdown(across, shape.environment) : null;
    const parts = [
        ...frame.top,
        `${frame.heading} ${within} · ${acrossWords} — tf-repro`,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .inertMarkdown */ .Ic)((0,_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(report.summary, shape.summaryChars)),
        ...(0,_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .noteLines */ .GI)(report, shape.notes, frame.notesElsewhere),
        numbersTable(report),
        ...(shortened === null ? [] : [shortened]),
        `${sub} Legs`,
        legsTable(across),
        ...(shape.foldRows === null ? [] : [`${sub} Which legs agree, fold by fold`, gridMarkdown(across, shape.foldRows)]),
        ...(values === null ? [] : [values]),
        ...(fingerprint === null ? [] : frame.foldFingerprints ? [(0,_findings_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .folded */ .TM)(fingerprintTitle, fingerprint)] : [`${sub} ${fingerprintTitle}`, fingerprint]),
        ...(shape.settings ? [frame.heading === '##' ? `${sub} Settings\n\n${frame.settingsLine}` : `**Settings:** ${frame.settingsLine}`] : []),
        ...frame.bottom,
    ];
    return `${parts.join('\n\n')}\n`;
}
function fit(report, frame, size, limit) {
    const full = {
        foldRows: (0,_across_view_js__WEBPACK_IMPORTED_MODULE_0__/* .acrossOf */ .J6)(report).folds.length,
        environment: true,
        settings: true,
        details: true,
        notes: 'all',
        summaryChars: Infinity,
        charts: false,
        diagnosisTable: false,
        fingerprint: true,
    };
    const valueless = { ...full, details: false };
    const differing = { ...valueless, environment: false };
    const tableless = { ...differing, foldRows: null };
    const lean = { ...tableless, fingerprint: false, notes: _shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .FEW_NOTES */ .H2 };
    return (0,_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .fitToLimit */ .Qt)({
        full,
        lighter: [valueless, differing],
        render: (shape) => render(report, shape, full, frame),
        size,
        limit,
        ladder: [tableless, lean, { ...lean, settings: false, summaryChars: _shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .MINIMAL_SUMMARY_CHARS */ .tG }],
        // Nothing left to drop: the headline, a short summary, the numbers and the legs.
        last: { ...lean, settings: false, notes: { count: 0, chars: 0 }, summaryChars: _shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .MINIMAL_SUMMARY_CHARS */ .tG },
    });
}
const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
/** The job summary of an across report, at most `limitBytes` bytes of UTF-8. */
function renderAcrossSummary(report, settingsLine, limitBytes) {
    return fit(report, {
        top: [],
        heading: '##',
        settingsLine,
        limitText: "GitHub's limit of 1 MiB for a job summary",
        everything: 'report.json has everything',
        notesElsewhere: 'report.json',
        foldFingerprints: false,
        bottom: [],
    }, utf8Bytes, limitBytes);
}
/** The pull request comment of an across report (marker first, footer last), at most `limit` characters. */
function renderAcrossComment(report, parts, limit) {
    return fit(report, {
        top: [parts.marker],
        heading: '###',
        settingsLine: parts.settingsLine,
        limitText: `GitHub's limit of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_5__/* .withCommas */ .rX)(limit)} characters for a comment`,
        everything: 'The job summary and report.json have everything',
        notesElsewhere: 'the job summary',
        foldFingerprints: true,
        bottom: [parts.footer],
    }, (text) => text.length, limit);
}
//# sourceMappingURL=across-markdown.js.map

/***/ }),

/***/ 88633:
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
/* harmony import */ var _fold_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99407);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47499);


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
    return leg.environment ? `${leg.environment.backend} ${leg.environment.backendVersion}` : 'command';
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
        ['legs', `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(across.legs.length, 'leg')}, ${across.legs.filter((leg) => leg.verdict === 'reproducible').length} reproducible within itself`],
        ['folds identical on every leg', `${identical} of ${across.folds.length}`],
        ['variance across legs (mean over folds and metrics)', scientific(report.variance)],
        ['largest difference across legs', scientific(report.maxAbsDiff)],
        ["the legs' time, added up", time(report.durationSeconds)],
    ];
}
/**
 * Each leg's value of each metric in the folds where legs differ, among the first `shown` folds:
 * per metric, the folds and per fold a value per leg (fold-view.ts's formatting). Empty where
 * legs agree.
 */
function valuesWhereLegsDiffer(report, shown) {
    const views = (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_1__/* .foldViews */ .M3)(report).slice(0, shown);
    return report.comparison.metricNames.flatMap((metric, m) => {
        const folds = (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_1__/* .foldsWhereRunsDiffer */ ._q)(views, m).map((view) => ({ fold: view.fold, values: view.perRun?.[m] ?? [] }));
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
/* unused harmony exports legList, legLabels, legGroups, UNSET, lineUpFingerprints */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _comparison_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74432);
/* harmony import */ var _agreement_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66804);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42056);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47499);
// Complete checks of several runners (matrix legs) compared, in two verdicts: reproducible within
// each runner (each leg's own verdict) and identical across them (per fold, which legs agree, by
// weights digest and metrics at the legs' tolerance, grouped as agreement.ts groups runs). Each leg
// is one run of the comparison, the first of its runs that finished the fold, so the comparison is
// compare.ts's own. The legs' environment fingerprints are lined up field by field, the fields
// that differ marked: that is where a cross-runner difference comes from. Pure.





/** Which settings decide a check's numbers, by input name: legs must agree on each to be compared. */
const DECIDING = [
    ['tf-repro version', (leg) => leg.toolVersion],
    ['folds', (leg) => leg.settings.folds],
    ['epochs', (leg) => leg.settings.epochs],
    ['batch-size', (leg) => leg.settings.batchSize],
    ['validation-split', (leg) => leg.settings.validationSplit],
    ['seed', (leg) => leg.settings.seed],
    ['samples', (leg) => leg.settings.samples],
    ['deterministic', (leg) => leg.settings.deterministic],
    ['dataset', (leg) => leg.settings.dataset],
    // A model file's path is made absolute, and workspaces lie in different places on different runners.
    ['model', (leg) => (typeof leg.settings.model === 'string' ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(leg.settings.model) : leg.settings.model)],
    ['command', (leg) => leg.settings.command?.command],
    ['framework', (leg) => leg.settings.command?.framework],
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
        const found = new Set(leg.runs.flatMap((run) => run.folds.map((fold) => fold.fold)));
        const cutShort = leg.runs.some((run) => run.status !== 'ok');
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
    return (0,_agreement_js__WEBPACK_IMPORTED_MODULE_2__/* .runList */ .kK)(legs).replace(/^run(s?) /, 'leg$1 ');
}
/**
 * Each leg's name: its label, or the name of the folder its report lies in (actions/download-artifact
 * puts each artifact in a folder of its name); a name that two legs share gets " (2)", " (3)".
 */
function legLabels(legs) {
    const names = legs.map((leg) => leg.label ?? ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(leg.file)) || leg.file));
    const seen = new Map();
    return names.map((name) => {
        const count = (seen.get(name) ?? 0) + 1;
        seen.set(name, count);
        return count === 1 ? name : `${name} (${count})`;
    });
}
/** A leg as one run: per fold, the first of its runs that has it. */
function legAsRun(leg, number) {
    const folds = new Map();
    for (const run of leg.runs)
        for (const fold of run.folds)
            if (!folds.has(fold.fold))
                folds.set(fold.fold, fold);
    return {
        run: number,
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
        const metric = (0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .ownValue */ .eC)(fold.metrics, name);
        addPartition((0,_agreement_js__WEBPACK_IMPORTED_MODULE_2__/* .groupRunsByValue */ .KW)(metric?.values ?? legs.map(() => null), legs, tolerance));
    }
    if (tolerance === 0 && digests.every((digest) => digest !== null))
        addPartition((0,_agreement_js__WEBPACK_IMPORTED_MODULE_2__/* .groupRunsByText */ .E7)(digests, legs));
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
    const participating = leg.runs.filter((run) => run.folds.length > 0);
    return participating.length < 2 ? new Set() : new Set((0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareRuns */ .qB)(participating, leg.tolerance).mismatchedFolds);
}
const onOff = (value) => (value ? 'on' : 'off');
/** The fingerprint's fields as `across` lines them up: name, and the value as shown (null: none). */
const FINGERPRINT_FIELDS = [
    ['backend', (env) => env.backend],
    ['backendVersion', (env) => env.backendVersion],
    ['backendDetail', (env) => env.backendDetail],
    ['tfjsVersion', (env) => env.tfjsVersion],
    ['threads', (env) => String(env.threads)],
    ['cpuModel', (env) => env.cpuModel],
    ['cpuCount', (env) => String(env.cpuCount)],
    ['platform', (env) => env.platform],
    ['node', (env) => env.node],
    ['libtensorflowVersion', (env) => env.libtensorflowVersion ?? null],
    ['nativePackage.libtensorflowSource', (env) => env.nativePackage?.libtensorflowSource ?? null],
    ['nativePackage.oneDnnBuiltIn', (env) => (env.nativePackage ? String(env.nativePackage.oneDnnBuiltIn) : null)],
    ['oneDnn', (env) => (env.oneDnn == null ? null : onOff(env.oneDnn))],
    ['tensorflowThreads', (env) => (env.tensorflowThreads ? `intra-op ${env.tensorflowThreads.intraOp}, inter-op ${env.tensorflowThreads.interOp}` : null)],
    ['gpuDevice', (env) => (env.gpuDevice == null ? null : env.gpuDevice ? 'GPU' : 'CPU')],
    ['gpus', (env) => (env.gpus && env.gpus.length > 0 ? env.gpus.map((gpu) => `${gpu.index}: ${gpu.name} (driver ${gpu.driverVersion})`).join('; ') : null)],
    ['cudaVersion', (env) => env.cudaVersion ?? null],
    ['cudnnVersion', (env) => env.cudnnVersion ?? null],
    ['cudaVisibleDevices', (env) => env.cudaVisibleDevices ?? null],
];
/** Unset, as the training process saw a determinism variable. */
const UNSET = '(unset)';
/** A value of a fingerprint read from a file as text, whatever an edited file holds there. */
function shown(value) {
    if (value === null || value === undefined)
        return null;
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/**
 * The legs' fingerprints, field by field, fields no leg has left out; `differs` where two legs show
 * different values (none against one counts). The determinism variables are a field each.
 */
function lineUpFingerprints(environments) {
    const fields = FINGERPRINT_FIELDS.map(([field, read]) => ({
        field,
        values: environments.map((env) => {
            if (env === null)
                return null;
            try {
                return shown(read(env));
            }
            catch {
                // A fingerprint from an edited file without the nested object: nothing to show.
                return null;
            }
        }),
        differs: false,
    }));
    const variables = [...new Set(environments.flatMap((env) => Object.keys(env?.determinismVariables ?? {})))];
    for (const name of variables) {
        fields.push({
            field: `determinismVariables.${name}`,
            values: environments.map((env) => {
                if (!env?.determinismVariables || !Object.hasOwn(env.determinismVariables, name))
                    return null;
                return shown(env.determinismVariables[name]) ?? UNSET;
            }),
            differs: false,
        });
    }
    return fields.filter((field) => field.values.some((value) => value !== null)).map((field) => ({ ...field, differs: new Set(field.values).size > 1 }));
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
    const where = `${differing.length} of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(across.folds.length, 'fold')} ${differing.length === 1 ? 'differs' : 'differ'} across runners ` +
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
    const comparison = (0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareRuns */ .qB)(runs, tolerance);
    const within = legs.map(foldsDifferingWithin);
    const byIndex = runs.map((run) => (0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .foldsByIndex */ .u3)(run.folds));
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
        runs: leg.runs.length,
        folds: typeof leg.settings.folds === 'number' ? leg.settings.folds : new Set(leg.runs.flatMap((run) => run.folds.map((f) => f.fold))).size,
        tolerance: leg.tolerance,
        toolVersion: leg.toolVersion,
        durationSeconds: leg.durationSeconds,
        environment: leg.environment,
    }));
    const fingerprint = lineUpFingerprints(legs.map((leg) => leg.environment));
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
    const source = `${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(legs.length, 'leg')}: ${legs.map((leg) => leg.file).join(', ')}`;
    const report = (0,_build_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)({
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

/***/ 66804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ groupRunsByText),
/* harmony export */   KW: () => (/* binding */ groupRunsByValue),
/* harmony export */   kK: () => (/* binding */ runList),
/* harmony export */   nG: () => (/* binding */ ALL_AGREE),
/* harmony export */   w6: () => (/* binding */ groupsText)
/* harmony export */ });
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
    return `${sorted.length === 1 ? 'run' : 'runs'} ${parts.join(', ')}`;
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

/***/ 42056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport)
/* harmony export */ });
/* unused harmony export gpuFindings */
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52018);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28009);
/* harmony import */ var _comparison_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74432);
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
        const named = devices
            .filter((d) => d.device)
            .map((d) => `run ${d.run}: ${d.device}`)
            .join(', ');
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
    const backends = new Set(parts.runs.map((run) => run.environment?.backend).filter(Boolean));
    warnings.push(...gpuFindings(parts.runs, parts.comparison));
    if (backends.size > 1)
        warnings.push(`runs trained on different backends (${[...backends].join(', ')}): their numbers are not expected to agree`);
    const errors = [...(parts.errors ?? []), ...parts.runs.flatMap((run) => (run.error ? [run.error] : []))];
    return {
        schemaVersion: _contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA_VERSION */ .WI,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w },
        createdAt: new Date().toISOString(),
        verdict: parts.comparison.verdict,
        summary: parts.comparison.summary,
        variance: parts.comparison.variance,
        maxAbsDiff: parts.comparison.maxAbsDiff,
        durationSeconds: parts.durationSeconds,
        settings: { ...parts.settings, source: parts.source },
        comparison: parts.comparison,
        runs: parts.runs,
        environment: parts.runs.find((run) => run.environment)?.environment ?? null,
        warnings,
        errors,
    };
}
//# sourceMappingURL=build.js.map

/***/ }),

/***/ 32315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ driftSentence),
/* harmony export */   No: () => (/* binding */ driftRows),
/* harmony export */   fZ: () => (/* binding */ driftMarkdown),
/* harmony export */   mN: () => (/* binding */ driftDetails),
/* harmony export */   oE: () => (/* binding */ COMMENT_DRIFT_ROWS),
/* harmony export */   vV: () => (/* binding */ SUMMARY_DRIFT_ROWS)
/* harmony export */ });
/* unused harmony exports driftTitle, sourceWords, signedDelta, driftFinding */
/* harmony import */ var _comparison_drift_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20836);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45845);
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51669);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47499);




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

/***/ 34127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uq: () => (/* binding */ REPORT_FILE),
/* harmony export */   t4: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* unused harmony exports RESULTS_FILE, SUMMARY_FILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _comparison_experiment_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98654);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70075);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56923);
// Writes a report where the user asked: JSON (versioned), the experiment's text format, markdown.





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
    const results = fits && !report.across ? withFolds.map((run) => (0,_comparison_experiment_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatExperimentRun */ .k_)(new Date(run.startedAt), run.folds)).join('') : null;
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, REPORT_FILE);
    await Promise.all([
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportPath, (0,_report_json_js__WEBPACK_IMPORTED_MODULE_4__/* .reportJson */ .l)(report)),
        results === null ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, RESULTS_FILE), { force: true }) : (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, RESULTS_FILE), results),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, SUMMARY_FILE), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSummaryMarkdown */ .i$)(report)),
    ]);
    return reportPath;
}
//# sourceMappingURL=files.js.map

/***/ }),

/***/ 39328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ compactDiagnosis),
  pD: () => (/* binding */ costSection),
  VE: () => (/* binding */ diagnosisSection),
  MZ: () => (/* binding */ divergenceLeadMarkdown),
  TM: () => (/* binding */ folded),
  nP: () => (/* binding */ fullShape),
  Xf: () => (/* binding */ lossSection)
});

// UNUSED EXPORTS: hasCharts, lossTable

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
var findings = __webpack_require__(85636);
// EXTERNAL MODULE: ./build/src/report/format.js
var format = __webpack_require__(45845);
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(47499);
// EXTERNAL MODULE: ./build/src/report/shorten.js
var shorten = __webpack_require__(51669);
;// CONCATENATED MODULE: ./build/src/report/findings-markdown.js





const inertRows = (rows) => rows.map((row) => row.map(format/* inertMarkdown */.Ic));
const folded = (title, body) => ['<details>', `<summary>${title}</summary>`, '', body, '', '</details>'].join('\n');
/** The divergence in bold, then how it was narrowed and the work fail-fast skipped; empty without one. */
function divergenceLeadMarkdown(report) {
    const [first, ...rest] = (0,findings/* divergenceLead */.XV)(report).map(format/* inertMarkdown */.Ic);
    return first === undefined ? [] : [`**${first}**`, ...(rest.length > 0 ? [rest.join(' ')] : [])];
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
 * The job summary's diagnosis: the findings in a line, then, where `table`, the baseline and a row
 * per setting; the fastest configuration and the budget; where `table`, what it could not try.
 */
function diagnosisSection(diagnosis, heading, table) {
    const fastest = (0,findings/* fastestSentence */.Wu)(diagnosis);
    return [
        heading,
        (0,format/* inertMarkdown */.Ic)((0,findings/* findingsLine */.P9)(diagnosis)),
        ...(table ? [(0,format/* inertMarkdown */.Ic)((0,findings/* baselineSentence */.FD)(diagnosis)), diagnosisTable(diagnosis)] : []),
        ...(fastest === null ? [] : [(0,format/* inertMarkdown */.Ic)(fastest)]),
        (0,format/* inertMarkdown */.Ic)((0,findings/* budgetSentence */.Bg)(diagnosis)),
        ...(table ? noteList(diagnosis.notes) : []),
    ];
}
/** The comment's: the findings in a line, the fastest configuration and the budget; the table and notes folded where `table`. */
function compactDiagnosis(diagnosis, table) {
    const fastest = (0,findings/* fastestSentence */.Wu)(diagnosis);
    const body = [(0,format/* inertMarkdown */.Ic)((0,findings/* baselineSentence */.FD)(diagnosis)), diagnosisTable(diagnosis), ...noteList(diagnosis.notes)].join('\n\n');
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
    };
}
//# sourceMappingURL=findings-markdown.js.map

/***/ }),

/***/ 85636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ budgetSentence),
/* harmony export */   Dh: () => (/* binding */ costRows),
/* harmony export */   FD: () => (/* binding */ baselineSentence),
/* harmony export */   NB: () => (/* binding */ diagnosisRows),
/* harmony export */   Of: () => (/* binding */ DIAGNOSIS_HEADER),
/* harmony export */   P9: () => (/* binding */ findingsLine),
/* harmony export */   PT: () => (/* binding */ workSentence),
/* harmony export */   S$: () => (/* binding */ noDivergenceLine),
/* harmony export */   Ss: () => (/* binding */ lossLead),
/* harmony export */   Wu: () => (/* binding */ fastestSentence),
/* harmony export */   XV: () => (/* binding */ divergenceLead),
/* harmony export */   YV: () => (/* binding */ costCase),
/* harmony export */   aR: () => (/* binding */ LOSS_HEADER),
/* harmony export */   cx: () => (/* binding */ overheadSentence),
/* harmony export */   m7: () => (/* binding */ lossCurves),
/* harmony export */   qG: () => (/* binding */ COST_HEADER),
/* harmony export */   rW: () => (/* binding */ costDivergences),
/* harmony export */   u0: () => (/* binding */ variableDetail),
/* harmony export */   xH: () => (/* binding */ lossRows)
/* harmony export */ });
/* unused harmony exports asSentence, divergenceSentence, narrowingSentence, MAX_LOSS_RUNS, overheadRatio, FINDING_WORDS */
/* harmony import */ var _comparison_divergence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77561);
/* harmony import */ var _agreement_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66804);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45845);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47499);




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
    const at = (b) => report.runs.map((run) => ({ run: run.run, checkpoint: run.trace?.find((c) => c.fold === fold && c.epoch === epoch && c.batch === b) ?? null }));
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
        const groups = (0,_agreement_js__WEBPACK_IMPORTED_MODULE_3__/* .groupRunsByText */ .E7)(present.map((entry) => entry.checkpoint.digests[name] ?? null), runs);
        if (groups.groups.length === 1 && groups.missing.length === 0)
            agreeing++;
        else
            differing.push({ variable: name, agreement: (0,_agreement_js__WEBPACK_IMPORTED_MODULE_3__/* .groupsText */ .w6)(groups) });
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
    const ordered = [...report.runs].sort((x, y) => rank(x.run) - rank(y.run) || x.run - y.run);
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
        return [String(e + 1), ...values.map(format), (0,_agreement_js__WEBPACK_IMPORTED_MODULE_3__/* .groupsText */ .w6)((0,_agreement_js__WEBPACK_IMPORTED_MODULE_3__/* .groupRunsByValue */ .KW)(values, runs, 0))];
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
    return [label, String(side.runs), VERDICT_WORDS[side.verdict], (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .scientific */ .eg)(side.variance), (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .scientific */ .eg)(side.maxAbsDiff), (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(side.secondsPerRun)];
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
        : `Overhead: ${ratio} (the time per run with the settings over the time without them).`;
}
const COST_CASE_WORDS = {
    'needed-and-sufficient': 'Needed and sufficient',
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
    return sides.flatMap(([label, side]) => (side.divergence ? [asSentence(`${label}, ${(0,_comparison_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDivergence */ .SB)(side.divergence)}`)] : []));
}
const DIAGNOSIS_HEADER = ['setting', 'kind', 'finding', 'time', 'where the runs part, or why not'];
const KIND_WORDS = { variable: 'variable', threads: 'threads', seeding: 'seeding' };
const FINDING_WORDS = {
    necessary: 'necessary',
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
        setting.finding === 'necessary' && setting.divergence ? (0,_comparison_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDivergence */ .SB)(setting.divergence) : setting.detail,
    ]);
}
/** "a", "a and b", "a, b and c". */
function listed(names) {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
/** What each trial ran, and what happened with every setting off: two sentences. */
function baselineSentence(diagnosis) {
    const { baseline } = diagnosis;
    const time = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(baseline.seconds);
    const outcome = baseline.divergence !== null
        ? `${(0,_comparison_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDivergence */ .SB)(baseline.divergence)} (${time})`
        : baseline.verdict === 'error'
            ? `the trial failed (${time})`
            : baseline.verdict === 'reproducible'
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
    const parts = [necessary.length > 0 ? `Necessary here: ${necessary.join(', ')}.` : 'None is necessary here.'];
    for (const finding of ['not-needed', 'not-tried', 'failed']) {
        const count = named(finding).length;
        if (count > 0)
            parts.push(`${asSentence(FINDING_WORDS[finding]).slice(0, -1)}: ${count}.`);
    }
    return parts.join(' ');
}
//# sourceMappingURL=findings.js.map

/***/ }),

/***/ 99407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M3: () => (/* binding */ foldViews),
/* harmony export */   VN: () => (/* binding */ chunks),
/* harmony export */   _q: () => (/* binding */ foldsWhereRunsDiffer)
/* harmony export */ });
/* harmony import */ var _comparison_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74432);
/* harmony import */ var _agreement_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66804);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45845);



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
            const metric = (0,_comparison_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .ownValue */ .eC)(fold.metrics, name);
            const values = metric?.values ?? runs.map(() => null);
            // Most folds of most checks: every run the same, shown once (and quickly, for a hundred thousand folds).
            const same = sameValues(values) && values[0] !== null;
            const format = same ? null : (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .distinguishingFormat */ .Xp)(values);
            if (format !== null)
                differs = true;
            perRun.push(format === null ? [] : values.map(format));
            if (metric === undefined)
                continue;
            rows.push({
                metric: name,
                value: format === null ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .shortNumber */ .In)(values[0]) : (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .valueOrRange */ .ic)(values, format),
                // Two digits say how large; report.json has them whole.
                maxAbsDiff: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .scientific */ .eg)(metric.maxAbsDiff, 2),
                variance: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .scientific */ .eg)(metric.variance, 2),
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

/***/ 45845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ inertMarkdown),
/* harmony export */   In: () => (/* binding */ shortNumber),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   Xp: () => (/* binding */ distinguishingFormat),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   YK: () => (/* binding */ nativePackageObtained),
/* harmony export */   e0: () => (/* binding */ exact),
/* harmony export */   eg: () => (/* binding */ scientific),
/* harmony export */   ic: () => (/* binding */ valueOrRange),
/* harmony export */   tL: () => (/* binding */ markdownTableLines)
/* harmony export */ });
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
function seconds(value) {
    if (value < 60)
        return `${value.toFixed(1)} s`;
    const minutes = Math.floor(value / 60);
    return `${minutes} min ${Math.round(value - minutes * 60)} s`;
}
/** How the check got the native package: "built in 38.2 s", "found in the tool cache". */
function nativePackageObtained(native) {
    switch (native.obtained) {
        case 'cached':
            return 'found in the tool cache';
        case 'built':
            return `built in ${seconds(native.seconds)}`;
        case 'installed':
            return `installed in ${seconds(native.seconds)}`;
    }
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
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 70075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ perRunMarkdown),
/* harmony export */   Bg: () => (/* binding */ environmentSection),
/* harmony export */   LE: () => (/* binding */ summaryNumbers),
/* harmony export */   S3: () => (/* binding */ settingsLine),
/* harmony export */   TM: () => (/* binding */ foldTableMarkdown),
/* harmony export */   ge: () => (/* binding */ verdictHeadline),
/* harmony export */   i$: () => (/* binding */ renderSummaryMarkdown),
/* harmony export */   jA: () => (/* binding */ foldTables)
/* harmony export */ });
/* unused harmony exports timingTable, runsDone, SUMMARY_LIMIT_BYTES */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45845);
/* harmony import */ var _fold_view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99407);
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51669);
/* harmony import */ var _own_training_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56835);
/* harmony import */ var _findings_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39328);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32315);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47499);
/* harmony import */ var _across_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59601);








const VERDICT_HEADLINE = {
    reproducible: '✅ Reproducible',
    'not-reproducible': '❌ Not reproducible',
    error: '⚠️ Error',
};
function verdictHeadline(report) {
    return VERDICT_HEADLINE[report.verdict];
}
/** "runs 2 · folds 3 · …", in the inputs' own names. */
function settingsLine(report, escape = _format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic) {
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
    ];
    const known = parts.filter(([, value]) => value !== undefined).map(([name, value]) => `${name} ${escape(String(value))}`);
    return known.length > 0 ? known.join(' · ') : escape(s.source);
}
/** Metric names are user text and may be long; a table cell shows this much of one (report.json has it whole). */
const METRIC_NAME_CHARS = 60;
/** Folds per table of each run's values: with the run's column, 8 columns, narrow enough for any page. */
const FOLDS_PER_TABLE = 7;
const MARK = { match: '✅', mismatch: '❌', note: '⚠️' };
const metricLabel = (name) => (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic)((0,_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(name, METRIC_NAME_CHARS));
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
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownTableLines */ .tL)(FOLD_HEADER, rows.length > 0 ? rows : [[String(view.fold), '—', '—', '', '', '', '']]).slice(2);
}
function foldTables(report) {
    const views = (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_5__/* .foldViews */ .M3)(report);
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
    return [foldTableLead(report), '', ...(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownTableLines */ .tL)(FOLD_HEADER, []), ...tables.rows.slice(0, shown).flat()].join('\n');
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
        const differing = (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_5__/* .foldsWhereRunsDiffer */ ._q)(tables.views.slice(0, shown), m);
        if (differing.length === 0)
            return;
        folds = Math.max(folds, differing.length);
        sections.push(`**${metricLabel(name)}**`);
        for (const piece of (0,_fold_view_js__WEBPACK_IMPORTED_MODULE_5__/* .chunks */ .VN)(differing, FOLDS_PER_TABLE)) {
            sections.push((0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownTable */ .Qj)(['run', ...piece.map((view) => `fold ${view.fold}`)], runs.map((run, r) => [run, ...piece.map((view) => view.perRun?.[m]?.[r] ?? '—')])));
        }
    });
    if (sections.length === 0)
        return null;
    return [
        '<details>',
        `<summary>Each run's values where the runs differ (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(folds, 'fold')})</summary>`,
        '',
        sections.join('\n\n'),
        '',
        '</details>',
    ].join('\n');
}
function timingTable(report) {
    const rows = report.runs.map((run) => [`run ${run.run}`, run.status, (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .seconds */ .YA)(run.durationSeconds), String(run.folds.length)]);
    rows.push(['**total**', '', `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .seconds */ .YA)(report.durationSeconds)}**`, '']);
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownTable */ .Qj)(['run', 'status', 'time', 'folds done'], rows);
}
/**
 * The environment the numbers came from: the training process's fingerprint or, for a command,
 * which tf-repro does not see inside, the command and the variables each run got.
 */
function environmentSection(report) {
    if (report.command)
        return { heading: 'Command', foldedTitle: 'Command and the variables each run got', body: (0,_own_training_js__WEBPACK_IMPORTED_MODULE_7__/* .commandTable */ .Eg)(report.command) };
    return { heading: 'Environment', foldedTitle: 'Environment fingerprint', body: environmentTable(report) };
}
function environmentTable(report) {
    const env = report.environment;
    if (!env)
        return '_No training process reported its environment._';
    const rows = [
        ['Node.js', env.node],
        ['platform', env.platform],
        ['CPU', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic)(env.cpuModel)} × ${env.cpuCount}`],
        ['TensorFlow.js', env.tfjsVersion],
        ['backend', `${env.backend} ${env.backendVersion} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic)(env.backendDetail)})`],
        ['threads', String(env.threads)],
        ...(env.gpus && env.gpus.length > 0
            ? [['GPUs', env.gpus.map((g) => `${g.index}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic)(g.name)} (driver ${g.driverVersion})`).join('<br>')]]
            : []),
        ...(env.cudaVersion !== undefined && env.gpus?.length
            ? [['CUDA / cuDNN found', `${env.cudaVersion ?? 'unknown'} / ${env.cudnnVersion ?? 'unknown'}`]]
            : []),
        ...(env.libtensorflowVersion ? [['libtensorflow', (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic)(env.libtensorflowVersion)]] : []),
        ...(env.nativePackage
            ? [
                ['libtensorflow from', (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic)(env.nativePackage.libtensorflowSource)],
                ['native package', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .nativePackageObtained */ .YK)(env.nativePackage)}: \`${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic)(env.nativePackage.dir)}\``],
                ...(env.nativePackage.libraryPath?.length
                    ? [['first on `LD_LIBRARY_PATH`', env.nativePackage.libraryPath.map((dir) => `\`${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic)(dir)}\``).join('<br>')]]
                    : []),
            ]
            : []),
        ...(env.oneDnn != null ? [['oneDNN', env.oneDnn ? 'on' : 'off']] : []),
        ...(env.tensorflowThreads ? [['TensorFlow thread pools', `intra-op ${env.tensorflowThreads.intraOp}, inter-op ${env.tensorflowThreads.interOp}`]] : []),
        ...(env.gpuDevice != null ? [['TensorFlow device', env.gpuDevice ? 'GPU' : 'CPU']] : []),
        ...(env.cudaVisibleDevices ? [['`CUDA_VISIBLE_DEVICES`', `\`${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic)(env.cudaVisibleDevices)}\``]] : []),
        ...Object.entries(env.determinismVariables).map(([name, value]) => [`\`${name}\``, value === null ? '_unset_' : `\`${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic)(value)}\``]),
    ];
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownTable */ .Qj)(['', 'as the training process saw it'], rows);
}
/** "2 of 2 runs finished", "0 of 3 runs finished, 3 stopped by fail-fast". */
function runsDone(report) {
    const count = (status) => report.runs.filter((run) => run.status === status).length;
    const stopped = count('stopped');
    return `${count('ok')} of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(report.runs.length, 'run')} finished${stopped > 0 ? `, ${stopped} stopped by fail-fast` : ''}`;
}
function summaryNumbers(report) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownTable */ .Qj)(['', ''], [
        ['variance (mean over folds and metrics)', (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .scientific */ .eg)(report.variance)],
        ['largest difference', (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .scientific */ .eg)(report.maxAbsDiff)],
        ['runs', `${runsDone(report)}, ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(report.comparison.folds.length, 'fold')} each`],
        ['time', (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .seconds */ .YA)(report.durationSeconds)],
    ]);
}
/**
 * GitHub shows at most 1 MiB (1,048,576 bytes) of a step's summary and drops the whole summary
 * when it is longer; this leaves room for what else the step may write.
 */
const SUMMARY_LIMIT_BYTES = 1_000_000;
const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
function perFoldSection(report, tables, shown) {
    const folds = report.comparison.folds.length;
    const perRun = perRunMarkdown(report, tables, shown);
    return [
        `### Per fold${shown < folds ? ` (the first ${shown} of ${folds})` : ''}`,
        foldTableMarkdown(report, tables, shown),
        ...(perRun === null ? [] : [perRun]),
    ];
}
function renderSummary(report, shape, full, tables) {
    const shortened = (0,_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .shortenedNote */ .L6)(report, shape, full, "GitHub's limit of 1 MiB for a job summary", 'report.json has everything');
    const environment = environmentSection(report);
    return [
        `## ${verdictHeadline(report)} — tf-repro`,
        ...(0,_findings_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .divergenceLeadMarkdown */ .MZ)(report),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inertMarkdown */ .Ic)((0,_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(report.summary, shape.summaryChars)),
        ...(0,_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .noteLines */ .GI)(report, shape.notes, 'report.json'),
        summaryNumbers(report),
        ...(shortened === null ? [] : [shortened]),
        ...(report.drift ? (0,_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftMarkdown */ .fZ)(report.drift, '###', _drift_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_DRIFT_ROWS */ .vV) : []),
        ...(shape.charts ? (0,_findings_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .lossSection */ .Xf)(report, '###', false) : []),
        ...(report.cost ? (0,_findings_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .costSection */ .pD)(report.cost, '### With and without the determinism settings', shape.charts) : []),
        ...(report.diagnosis ? (0,_findings_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosisSection */ .VE)(report.diagnosis, '### Which settings this runner needs', shape.diagnosisTable) : []),
        ...(shape.settings ? ['### Settings', settingsLine(report)] : []),
        ...(shape.foldRows === null ? [] : perFoldSection(report, tables, shape.foldRows)),
        ...(shape.details ? ['### Time', timingTable(report), ...(0,_own_training_js__WEBPACK_IMPORTED_MODULE_7__/* .ownTrainingMarkdown */ .a)(report)] : []),
        ...(shape.environment ? [`### ${environment.heading}`, environment.body] : []),
        '',
    ].join('\n\n');
}
/**
 * The job summary, at most `limitBytes` bytes of UTF-8. What is dropped, in order, until it fits:
 * the charts, per-fold rows (from the end), the per-fold table, most of the errors and warnings,
 * the time and own-training sections, then everything but the headline, where the runs part, the
 * numbers, the cost table, the diagnosis in a line and the note that says so.
 */
function renderSummaryMarkdown(report, limitBytes = SUMMARY_LIMIT_BYTES) {
    if (report.across)
        return (0,_across_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderAcrossSummary */ .gb)(report, settingsLine(report), limitBytes);
    const tables = foldTables(report);
    const full = (0,_findings_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fullShape */ .nP)(report, true);
    const chartless = { ...full, charts: false };
    const tableless = { ...chartless, foldRows: null };
    return (0,_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .fitToLimit */ .Qt)({
        full,
        lighter: full.charts ? [chartless] : [],
        render: (shape) => renderSummary(report, shape, full, tables),
        size: utf8Bytes,
        limit: limitBytes,
        ladder: [tableless, { ...tableless, notes: _shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .FEW_NOTES */ .H2 }, { ...tableless, notes: _shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .FEW_NOTES */ .H2, details: false }],
        last: {
            foldRows: null,
            environment: false,
            settings: false,
            details: false,
            notes: { count: 0, chars: 0 },
            summaryChars: _shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .MINIMAL_SUMMARY_CHARS */ .tG,
            charts: false,
            diagnosisTable: false,
        },
    });
}
//# sourceMappingURL=markdown.js.map

/***/ }),

/***/ 56835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ commandTable),
/* harmony export */   a: () => (/* binding */ ownTrainingMarkdown),
/* harmony export */   aH: () => (/* binding */ ownTrainingText)
/* harmony export */ });
/* unused harmony export artifactGroupsText */
/* harmony import */ var _agreement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66804);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45845);


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
    return `${lead}\n\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['', 'each run got'], rows)}`;
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
            .join(' ')}`);
        if (command.logs.length > 0)
            lines.push(`logs: ${command.logs.join(' ')}`);
    }
    return lines;
}
//# sourceMappingURL=own-training.js.map

/***/ }),

/***/ 56923:
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

/***/ 71646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ savedReport),
/* harmony export */   Nw: () => (/* binding */ savedShardHeader),
/* harmony export */   s9: () => (/* binding */ savedLeg),
/* harmony export */   vV: () => (/* binding */ savedTrace)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52018);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56923);
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
        const decoded = (0,_report_json_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeNumber */ .w)(this.raw(name));
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
        variance: side.number('variance'),
        maxAbsDiff: side.number('maxAbsDiff'),
        secondsPerRun: side.number('secondsPerRun'),
        divergence: divergenceIn(side, 'divergence'),
    };
}
function costOf(value, where) {
    const cost = Fields.of(value, where);
    return {
        with: costSideOf(cost.object('with')),
        without: costSideOf(cost.object('without')),
        overhead: cost.nullable('overhead', (name) => cost.number(name)),
        case: cost.oneOf('case', _contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .COST_CASES */ .cq),
        explanation: cost.text('explanation'),
    };
}
function settingOf(value, where) {
    const setting = Fields.of(value, where);
    return {
        name: setting.text('name'),
        kind: setting.oneOf('kind', ['variable', 'threads', 'seeding']),
        finding: setting.oneOf('finding', ['necessary', 'not-needed', 'not-tried', 'failed']),
        seconds: setting.nullable('seconds', (name) => setting.number(name)),
        divergence: divergenceIn(setting, 'divergence'),
        detail: setting.has('detail') ? setting.text('detail') : '',
    };
}
function diagnosisOf(value, where) {
    const diagnosis = Fields.of(value, where);
    const baseline = diagnosis.object('baseline');
    const fastest = diagnosis.nullable('fastest', (name) => diagnosis.object(name), true);
    return {
        configuration: diagnosis.text('configuration'),
        baseline: { seconds: baseline.number('seconds'), divergence: divergenceIn(baseline, 'divergence'), verdict: baseline.oneOf('verdict', VERDICTS) },
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
    };
}
function runOf(value, where) {
    const run = Fields.of(value, where);
    return { run: run.count('run'), ...(run.has('trace') ? { trace: run.list('trace', checkpointOf) } : {}) };
}
/** Misfit, the error inside, as the one clear error a user sees: the file, the field, and how to mend it. */
function asUserError(error, path, reader) {
    if (!(error instanceof Misfit))
        return error;
    return new _contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path}: "${error.where}" is not ${error.expected}; ${reader} reads the report.json that tf-repro wrote, unedited`);
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
        };
    }
    catch (error) {
        throw asUserError(error, path, 'merge');
    }
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
        };
    }
    catch (error) {
        throw asUserError(error, path, 'across');
    }
}
//# sourceMappingURL=saved-report.js.map

/***/ }),

/***/ 51669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ noteLines),
/* harmony export */   H2: () => (/* binding */ FEW_NOTES),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   L6: () => (/* binding */ shortenedNote),
/* harmony export */   Qt: () => (/* binding */ fitToLimit),
/* harmony export */   g2: () => (/* binding */ ALL_NOTES),
/* harmony export */   tG: () => (/* binding */ MINIMAL_SUMMARY_CHARS)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45845);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47499);


const ALL_NOTES = 'all';
const FEW_NOTES = { count: 5, chars: 500 };
const MINIMAL_SUMMARY_CHARS = 1_000;
/** Cuts user text before it is escaped, so that no escape sequence is ever cut in half. */
function cut(text, chars) {
    return text.length <= chars ? text : `${text.slice(0, chars)}…`;
}
/** The errors and warnings as GitHub alerts; `elsewhere` names where the ones left out are. */
function noteLines(report, notes, elsewhere) {
    const all = [...report.errors.map((text) => ['CAUTION', text]), ...report.warnings.map((text) => ['WARNING', text])];
    if (notes === ALL_NOTES)
        return all.map(([kind, text]) => `> [!${kind}]\n> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(text)}`);
    const { count, chars } = notes;
    const shown = all.slice(0, count).map(([kind, text]) => `> [!${kind}]\n> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(cut(text, chars))}`);
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
    if (report.summary.length > shape.summaryChars)
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

/***/ 44795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPreflightProcess: () => (/* binding */ runPreflightProcess),
/* harmony export */   x: () => (/* binding */ preflightModel)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52018);
/* harmony import */ var _util_child_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59596);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36143);
/* harmony import */ var _output_tail_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77858);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46);
// The user's model checked once before any training process starts, in a fresh process of its own:
// a module model is user code, and the check's own process (the action's, which holds the GitHub
// token) must never run it. The child loads the dataset and builds the model on the cpu backend
// (model/user-preflight.ts); a model that does not fit the dataset is one clear error here, not the
// same crash in every run. Its environment is the training processes' one, without the tokens.






/** How long the child may take to exit once it has answered (a module's timer may keep it alive). */
const EXIT_GRACE_MS = 5000;
/**
 * Checks `settings.model` against the dataset in a fresh process started from `entryScript`.
 * Throws the child's UserError as a UserError; anything else as an Error. The child has ended
 * when this returns or throws.
 */
async function preflightModel(settings, entryScript) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.fork)(entryScript, [_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .PREFLIGHT_ARGUMENT */ .Kl], { env: (0,_util_child_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .childEnvironment */ .Qc)(), execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    // The module's own output: shown only when the process dies without an answer.
    const tail = new _output_tail_js__WEBPACK_IMPORTED_MODULE_4__/* .OutputTail */ .g();
    for (const stream of [child.stdout, child.stderr])
        stream.on('data', (chunk) => tail.append(chunk));
    let answer = null;
    const exited = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) => resolve([code, signal]));
    });
    child.on('message', (message) => {
        answer ??= message;
        setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS).unref();
    });
    let code;
    let signal;
    try {
        child.send({ settings });
        [code, signal] = await exited;
    }
    catch (error) {
        child.kill('SIGKILL');
        throw new Error(`could not start the process that checks the model (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error)})`, { cause: error });
    }
    const message = answer;
    if (message?.type === 'checked')
        return message.model;
    if (message?.type === 'error') {
        if (message.userError)
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(message.message);
        throw Object.assign(new Error(message.message), { stack: `${message.stack}\n    (in the process that checks the model)` });
    }
    // Only the model's code runs there besides ours: a process.exit() of its own, or memory it ran out of.
    const output = tail.lastLines(5);
    throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`'model': ${settings.model}: the process that checks it ${signal ? `was killed by ${signal}` : `exited with code ${code}`} before the check ended; ` +
        `does createModel call process.exit(), or run out of memory?${output ? ` Its last output:\n${output}` : ''}`);
}
/** The child's side: answers one PreflightJob, then ends. */
function runPreflightProcess() {
    if (!process.send) {
        console.error('tf-repro: the model preflight must be started by tf-repro, with an IPC channel');
        process.exit(2);
    }
    // Ends with the channel: after the answer, and when the parent is gone. Whatever the module left running ends with it.
    process.once('disconnect', () => process.exit());
    process.once('message', (job) => {
        check(job)
            .then((model) => (0,_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .sendToParent */ .Ac)({ type: 'checked', model }))
            .catch(async (error) => {
            process.exitCode = 2;
            await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .sendToParent */ .Ac)({ type: 'error', message: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error), userError: error instanceof _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo, stack: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorStack */ .j)(error) }).catch(() => { });
        })
            .finally(() => process.disconnect());
    });
}
async function check({ settings }) {
    // The dataset loads while tfjs does; its errors still come first.
    const dataset = __webpack_require__.e(/* import() */ 671).then(__webpack_require__.bind(__webpack_require__, 52671)).then(({ loadSettingsDataset }) => loadSettingsDataset(settings));
    dataset.catch(() => { });
    const { preflightUserModel } = await Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(762), __webpack_require__.e(48), __webpack_require__.e(306), __webpack_require__.e(58), __webpack_require__.e(921), __webpack_require__.e(26)]).then(__webpack_require__.bind(__webpack_require__, 44026));
    const { description, seeds, warnings } = await preflightUserModel(settings, await dataset);
    return { description, seeds, warnings };
}
//# sourceMappingURL=model-preflight.js.map

/***/ }),

/***/ 77858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ OutputTail)
/* harmony export */ });
// The last bytes of a child process's output, for the error of a process that failed.
const OUTPUT_TAIL_BYTES = 4000;
class OutputTail {
    text = '';
    append(chunk) {
        this.text = (this.text + chunk.toString('utf8')).slice(-OUTPUT_TAIL_BYTES);
    }
    lastLines(count) {
        return this.text.trimEnd().split('\n').slice(-count).join('\n');
    }
}
//# sourceMappingURL=output-tail.js.map

/***/ }),

/***/ 59596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ userCodeEnvironment),
/* harmony export */   Qc: () => (/* binding */ childEnvironment)
/* harmony export */ });
/* unused harmony export isWithheldVariable */
// The environment of every process tf-repro starts that runs user code (a model module, a training
// command) or trains: this process's, as a `run:` step in another job would see it, so that user
// code is never handed the runner's channels to the step or its credentials.
/**
 * The runner's channels to the step itself (user code writing to them would set the step's
 * outputs, variables or summary ahead of the verdict) and the credentials it gives actions but not
 * `run:` steps.
 */
const RUNNER_ONLY_VARIABLES = new Set([
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_STATE',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
]);
/** The action's inputs (`github-token` is INPUT_GITHUB-TOKEN) and its saved state. */
const RUNNER_ONLY_PREFIXES = ['INPUT_', 'STATE_'];
/** Whether user code must not get this variable. Names are compared in upper case: Windows' are case-insensitive. */
function isWithheldVariable(name) {
    const upper = name.toUpperCase();
    return RUNNER_ONLY_VARIABLES.has(upper) || RUNNER_ONLY_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
/** The environment for the user's own code: `env` without what only the action itself may use. */
function userCodeEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !isWithheldVariable(name)));
}
/** A child process's environment: this process's, as user code may see it, plus `extra`. */
function childEnvironment(extra = {}) {
    return { ...userCodeEnvironment(process.env), ...extra };
}
//# sourceMappingURL=child-environment.js.map

/***/ }),

/***/ 66119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readCpuHost)
/* harmony export */ });
/* unused harmony export parseCpuInfo */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
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
//# sourceMappingURL=cpu-host.js.map

/***/ }),

/***/ 36143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage),
/* harmony export */   j: () => (/* binding */ errorStack)
/* harmony export */ });
// What a caught value says. JavaScript can throw anything, so every catch that shows what went
// wrong goes through here rather than assuming an Error.
/** An Error's message; anything else that was thrown, as text. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** An Error's stack (its message where it has none), for an unexpected failure; anything else, as text. */
function errorStack(error) {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 47322:
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

/***/ 49563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ restoreUtilIsNullOrUndefined),
/* harmony export */   i: () => (/* binding */ RESTORE_UTIL_SOURCE)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
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

/***/ 55264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ cancelOnTermination)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
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

/***/ 28009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
// Kept in step with package.json by a unit test.
const TOOL_NAME = 'tf-repro';
const TOOL_VERSION = '0.1.0';
//# sourceMappingURL=version.js.map

/***/ })

};
