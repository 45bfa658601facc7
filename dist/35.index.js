export const id = 35;
export const ids = [35];
export const modules = {

/***/ 30035:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  USAGE: () => (/* binding */ USAGE),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./build/src/contracts.js
var contracts = __webpack_require__(52018);
// EXTERNAL MODULE: ./build/src/engine/across.js
var across = __webpack_require__(25235);
// EXTERNAL MODULE: ./build/src/engine/check.js + 24 modules
var check = __webpack_require__(22339);
// EXTERNAL MODULE: ./build/src/engine/shards.js
var shards = __webpack_require__(92879);
// EXTERNAL MODULE: ./build/src/comparison/shards.js
var comparison_shards = __webpack_require__(57470);
// EXTERNAL MODULE: ./build/src/inputs/label.js
var label = __webpack_require__(13337);
// EXTERNAL MODULE: ./build/src/engine/result-files.js
var result_files = __webpack_require__(5605);
// EXTERNAL MODULE: ./build/src/engine/report-dir.js + 1 modules
var report_dir = __webpack_require__(27007);
// EXTERNAL MODULE: ./build/src/inputs/settings.js + 1 modules
var inputs_settings = __webpack_require__(70800);
// EXTERNAL MODULE: ./build/src/inputs/setting-names.js
var setting_names = __webpack_require__(12138);
// EXTERNAL MODULE: ./build/src/engine/baseline.js
var baseline = __webpack_require__(70101);
// EXTERNAL MODULE: ./build/src/report/drift.js
var report_drift = __webpack_require__(32315);
// EXTERNAL MODULE: ./build/src/inputs/numbers.js
var numbers = __webpack_require__(9705);
// EXTERNAL MODULE: ./build/src/report/report-json.js
var report_json = __webpack_require__(56923);
// EXTERNAL MODULE: ./build/src/report/format.js
var format = __webpack_require__(45845);
// EXTERNAL MODULE: ./build/src/report/agreement.js
var agreement = __webpack_require__(66804);
// EXTERNAL MODULE: ./build/src/report/fold-view.js
var fold_view = __webpack_require__(99407);
// EXTERNAL MODULE: ./build/src/report/markdown.js
var markdown = __webpack_require__(70075);
// EXTERNAL MODULE: ./build/src/report/own-training.js
var own_training = __webpack_require__(56835);
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(47499);
// EXTERNAL MODULE: ./build/src/report/across-view.js
var across_view = __webpack_require__(88633);
// EXTERNAL MODULE: ./build/src/report/findings.js
var findings = __webpack_require__(85636);
;// CONCATENATED MODULE: ./build/src/report/text.js









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
function foldTable(views, width) {
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
            if (last !== '' && last !== agreement/* ALL_AGREE */.nG && r > 0)
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
    const balanced = (0,fold_view/* chunks */.VN)(padded, Math.ceil(padded.length / Math.max(1, greedy.length)));
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
        const columns = (0,fold_view/* foldsWhereRunsDiffer */._q)(views, m).map((view) => [`fold ${view.fold}`, ...(view.perRun?.[m] ?? [])]);
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
    const [first, ...rest] = (0,findings/* divergenceLead */.XV)(report);
    return first === undefined ? [] : [first, ...rest.flatMap((sentence) => wrap(sentence, width))];
}
function lossText(curves, width) {
    const drawn = curves.series.length < curves.runsWithLoss ? ` (${curves.series.length} of the ${curves.runsWithLoss} runs with a loss)` : '';
    return [
        ...wrap(`Validation loss at the end of each epoch of fold ${curves.fold}, where the runs part${drawn}:`, width),
        ...alignedTable([(0,findings/* LOSS_HEADER */.aR)(curves), ...(0,findings/* lossRows */.xH)(curves)], width),
    ];
}
function costText(cost, width) {
    const [label, explanation] = (0,findings/* costCase */.YV)(cost);
    const rows = [findings/* COST_HEADER */.qG, ...(0,findings/* costRows */.Dh)(cost)];
    const sideBySide = alignedTable(rows, Infinity);
    // Too wide for the terminal: a row per measure, a column per side.
    const table = sideBySide.every((line) => line.length <= width) ? sideBySide : alignedTable(transpose(rows), width);
    return [
        'With and without the determinism settings:',
        ...table,
        ...[(0,findings/* overheadSentence */.cx)(cost), `${label}. ${explanation}`, ...(0,findings/* costDivergences */.rW)(cost)].flatMap((sentence) => indented(sentence, width)),
    ];
}
function diagnosisText(diagnosis, width) {
    const fastest = (0,findings/* fastestSentence */.Wu)(diagnosis);
    return [
        'Which settings this runner needs:',
        ...indented((0,findings/* findingsLine */.P9)(diagnosis), width),
        ...indented((0,findings/* baselineSentence */.FD)(diagnosis), width),
        ...alignedTable([findings/* DIAGNOSIS_HEADER */.Of, ...(0,findings/* diagnosisRows */.NB)(diagnosis)], width),
        ...[...(fastest === null ? [] : [fastest]), (0,findings/* budgetSentence */.Bg)(diagnosis)].flatMap((sentence) => indented(sentence, width)),
        ...diagnosis.notes.flatMap((note) => indented(`- ${note}`, width)),
    ];
}
/**
 * The drift against the baseline: its sentence on one line (for grep, like the verdict's), where the
 * baseline came from and what qualifies it, then a row per metric that moved; an empty line after.
 */
function driftText(drift, width) {
    const { rows, total } = (0,report_drift/* driftRows */.No)(drift, report_drift/* SUMMARY_DRIFT_ROWS */.vV);
    const table = rows.length === 0
        ? []
        : alignedTable([
            ['fold', 'metric', 'baseline', 'this check', 'change'],
            ...rows.map((row) => [String(row.fold), row.metric ?? '(weights)', row.baseline, row.current, row.delta]),
        ], width);
    return [
        (0,report_drift/* driftSentence */.L9)(drift),
        // The run's address on a line of its own, whole, to click or copy.
        ...(0,report_drift/* driftDetails */.mN)(drift)
            .flatMap((line, i) => (i === 0 && drift.source.kind === 'run' && drift.source.url ? [line, drift.source.url] : [line]))
            .flatMap((line) => indented(line, width)),
        ...table,
        ...(total > rows.length ? indented(`${(0,util_text/* plural */.LS)(total - rows.length, 'more row')} in report.json (drift.changedFolds)`, width) : []),
        '',
    ];
}
/** The loss, the cost and the diagnosis, each followed by an empty line; none where the report has none. */
function findingsText(report, width) {
    const curves = (0,findings/* lossCurves */.m7)(report);
    const parts = [
        ...(curves === null ? [] : [lossText(curves, width)]),
        ...(report.cost ? [costText(report.cost, width)] : []),
        ...(report.diagnosis ? [diagnosisText(report.diagnosis, width)] : []),
    ];
    return parts.flatMap((lines) => [...lines, '']);
}
/** "native backend: libtensorflow 2.21.0 from the wheel …; built in 38.2 s (/cache/…); oneDNN off; TensorFlow threads intra-op 1, inter-op 1; on the CPU". */
function nativeLine(env) {
    const parts = [
        `libtensorflow ${env.libtensorflowVersion ?? 'unknown'}${env.nativePackage ? ` from ${env.nativePackage.libtensorflowSource}` : ''}`,
        ...(env.nativePackage ? [`${(0,format/* nativePackageObtained */.YK)(env.nativePackage)} (${env.nativePackage.dir})`] : []),
        ...(env.oneDnn != null ? [`oneDNN ${env.oneDnn ? 'on' : 'off'}`] : []),
        ...(env.tensorflowThreads ? [`TensorFlow threads intra-op ${env.tensorflowThreads.intraOp}, inter-op ${env.tensorflowThreads.interOp}`] : []),
        ...(env.gpuDevice != null ? [env.gpuDevice ? 'on the GPU' : 'on the CPU'] : []),
    ];
    return `native backend: ${parts.join('; ')}`;
}
/** Folds side by side in the legs × folds grid: as many columns as `width` leaves after the legs' names. */
function gridText(report, width) {
    const across = (0,across_view/* acrossOf */.J6)(report);
    const grid = (0,across_view/* acrossGrid */.En)(across);
    if (grid.length === 0)
        return ['no fold has a result to compare'];
    const names = [...across.legs.map((leg) => `${leg.leg} ${leg.label}`), 'every leg'];
    const columns = grid.map((column) => [`fold ${column.fold}`, ...column.cells, column.identical ? 'same' : 'DIFFERS']);
    const lines = [...wrap((0,across_view/* gridLegend */.YT)(across), width, '')];
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
    const { fingerprint, legs } = (0,across_view/* acrossOf */.J6)(report);
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
    const across = (0,across_view/* acrossOf */.J6)(report);
    const { within, across: acrossWords } = (0,across_view/* acrossHeadline */.Cm)(report);
    const legs = alignedTable([
        ['leg', 'label', 'within', 'runs × folds', 'like leg 1', 'backend', 'report'],
        ...across.legs.map((leg) => [
            String(leg.leg),
            leg.label,
            (0,across_view/* withinWords */.pj)(leg.verdict),
            `${leg.runs} × ${leg.folds}`,
            (0,across_view/* foldsLikeFirst */.wc)(across, leg.leg),
            (0,across_view/* legBackend */.Js)(leg),
            leg.file,
        ]),
    ], width, '');
    const sections = [
        [report.summary],
        report.errors.map((error) => `error: ${error}`),
        report.warnings.map((warning) => `warning: ${warning}`),
        [''],
        wrap(`${within.replace(/^\S+ /, '')} · ${acrossWords.replace(/^\S+ /, '')}`, width),
        wrap((0,across_view/* acrossNumbers */.gq)(report, format/* seconds */.YA, (value) => (0,format/* scientific */.eg)(value))
            .map(([label, value]) => `${label}: ${value}`)
            .join(' · '), width),
        wrap(`settings: ${(0,markdown/* settingsLine */.S3)(report, (text) => text)}`, width),
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
function renderText(report, width = textWidth()) {
    if (report.across)
        return renderAcrossText(report, width);
    const views = (0,fold_view/* foldViews */.M3)(report);
    const prose = (text) => wrap(text, width);
    const env = report.environment;
    // Sections joined by flat(), never push(...lines): a spread of a hundred thousand folds' lines overflows the stack.
    const sections = [
        // A message stays one line, however long, for grep and for whoever pastes it into an issue.
        [report.summary],
        divergenceText(report, width),
        report.errors.map((error) => `error: ${error}`),
        report.warnings.map((warning) => `warning: ${warning}`),
        [''],
        prose(`variance ${(0,format/* scientific */.eg)(report.variance)} · largest difference ${(0,format/* scientific */.eg)(report.maxAbsDiff)} · ${(0,util_text/* plural */.LS)(report.runs.length, 'run')} in ${(0,format/* seconds */.YA)(report.durationSeconds)}`),
        prose(`settings: ${(0,markdown/* settingsLine */.S3)(report, (text) => text)}`),
        [''],
        report.drift ? driftText(report.drift, width) : [],
        findingsText(report, width),
        foldTable(views, width),
        perRunTables(report, views, width),
        [''],
        // The command, its variables and logs as they are: a reader copies them.
        (0,own_training/* ownTrainingText */.aH)(report),
        prose(report.runs.map((run) => `run ${run.run}: ${run.status}, ${(0,format/* seconds */.YA)(run.durationSeconds)}`).join(' · ')),
        ...(env
            ? [
                prose(`environment: Node ${env.node} · tfjs ${env.tfjsVersion} · ${env.backend} ${env.backendVersion} (${env.backendDetail}) · ${env.threads} thread(s) · ${env.cpuModel}`),
                ...(env.backend === 'tensorflow' ? [prose(nativeLine(env))] : []),
                prose(`determinism variables: ${Object.entries(env.determinismVariables)
                    .map(([name, value]) => `${name}=${value ?? '(unset)'}`)
                    .join(' ')}`),
            ]
            : []),
    ];
    return sections.flat().join('\n') + '\n';
}
//# sourceMappingURL=text.js.map
;// CONCATENATED MODULE: ./build/src/report/explain.js



/** Which runs agree on each variable where the runs part: a row for each that differs, a count for the rest. */
function variableLines(detail, width) {
    const lines = indented(`Which runs agree on each variable at ${detail.where} (${(0,util_text/* plural */.LS)(detail.runs, 'run')} traced there):`, width);
    const rows = detail.differing.map(({ variable, agreement }) => [variable, agreement]);
    if (rows.length > 0)
        lines.push(...alignedTable([['variable', 'runs that agree'], ...rows], width, '    '));
    if (detail.agreeing > 0) {
        lines.push(...indented(`${rows.length > 0 ? `the other ${(0,util_text/* plural */.LS)(detail.agreeing, 'variable')}` : `all ${(0,util_text/* plural */.LS)(detail.agreeing, 'variable')}`}: the same in every run`, width, '    '));
    }
    return lines;
}
function divergenceStory(report, width) {
    const divergence = report.divergence;
    if (!divergence)
        return [(0,findings/* noDivergenceLine */.S$)(report)];
    const lines = ['Where the runs part:', ...divergenceText({ ...report, work: undefined }, width - 2).map((line) => `  ${line}`)];
    const work = (0,findings/* workSentence */.PT)(report.work, true);
    if (work !== null)
        lines.push(...indented(work, width));
    const detail = (0,findings/* variableDetail */.u0)(report);
    if (detail !== null)
        lines.push(...variableLines(detail, width));
    else if (divergence.variables.length > 0)
        lines.push(...indented(`The variables that differ there: ${divergence.variables.join(', ')}.`, width));
    const curves = (0,findings/* lossCurves */.m7)(report);
    if (curves !== null)
        lines.push(...lossText(curves, width - 2).map((line) => `  ${line}`));
    return lines;
}
function renderExplain(report, width) {
    const sections = [
        // The verdict's sentence stays one line, as in tf-repro run's text.
        [report.summary],
        divergenceStory(report, width),
        report.cost ? costText(report.cost, width) : wrap('no cost table: run with --compare-nondeterministic', width),
        report.diagnosis ? diagnosisText(report.diagnosis, width) : wrap('no diagnosis: run tf-repro diagnose', width),
    ];
    return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
//# sourceMappingURL=explain.js.map
// EXTERNAL MODULE: ./build/src/report/saved-report.js
var saved_report = __webpack_require__(71646);
// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
// EXTERNAL MODULE: ./node_modules/cli-progress/cli-progress.js
var cli_progress = __webpack_require__(98502);
// EXTERNAL MODULE: ./build/src/util/log-text.js
var log_text = __webpack_require__(47322);
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
;// CONCATENATED MODULE: ./build/src/cli/command-progress.js


function createCommandProgress(totals, stream = process.stderr) {
    const hooks = {
        onRunStart: (run) => stream.write((0,log_text/* inertLines */.wi)(`run ${run} of ${totals.runs}: ${totals.command}\n`)),
        onRunEnd: (result) => stream.write(result.status === 'ok'
            ? `run ${result.run} of ${totals.runs}: done in ${result.durationSeconds.toFixed(1)} s, ${(0,util_text/* plural */.LS)(result.folds.length, 'fold')}\n`
            : `run ${result.run} of ${totals.runs}: failed after ${result.durationSeconds.toFixed(1)} s\n`),
    };
    return { hooks, stop: () => { } };
}
//# sourceMappingURL=command-progress.js.map
// EXTERNAL MODULE: ./build/src/util/errors.js
var errors = __webpack_require__(36143);
// EXTERNAL MODULE: ./build/src/util/termination.js
var util_termination = __webpack_require__(55264);
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
  --no-deterministic       run without them (the baseline that varies)
  --backend NAME           auto | tensorflow-gpu | tensorflow | wasm | cpu (default auto)
  --threads N              threads for the backend (default 1)
  --libtensorflow SOURCE   build the native backend against a TensorFlow you have, not tfjs-node's
                           download: python (python3's TensorFlow), a folder (site-packages/
                           tensorflow, or libtensorflow's archive extracted) or a .whl file;
                           compiled once into the tool cache (needs g++, make, python3, npm)
  --parallel auto|N        training processes side by side, each single-threaded; auto: one per
                           processor (default auto); the numbers are the same for any value
  --dataset DIR            a directory of IDX files, or of x.npy and y.npy (default: the embedded
                           10,000 MNIST digits)
  --model FILE             train this model instead of the default CNN: a Keras model.to_json()
                           file or .keras archive (Keras 2 or 3), a TensorFlow.js model.json, or
                           an ES module exporting createModel(tf, { seed })
  --tolerance F            largest metric difference still counted as equal (default 0: bitwise)
  --report-dir DIR         also write report.json, results.txt, summary.md and run logs there
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
  --shard I/N              train only shard I of N (folds f with f % N = I - 1, every run of
                           each) and write a partial report; tf-repro merge joins the N of them
  --baseline FILE          also compare each fold's metrics and final weights with this saved
                           report.json (drift against a baseline, e.g. main's); one that cannot
                           be read is a notice
  --fail-on-drift          exit 1 when they moved (default: a notice; the verdict is unchanged)
  --json                   print the JSON report instead of text
  --quiet                  no progress on stderr

Options for run with your own training command (folds, epochs, dataset and the like do not apply):
  --command CMD            a shell command that trains, e.g. 'python train.py'; run --runs times
  --working-directory DIR  where it runs (default: the current directory)
  --framework NAME         whose determinism variables it gets: tensorflow | pytorch | jax | none
                           (default tensorflow); --no-deterministic gives none
  --metrics-file FILE      where it writes its metrics (default: the path in $TF_REPRO_METRICS);
                           JSON, JSON Lines, CSV or the experiment's text format
  --timeout-minutes M      per run; the run and every process it started are killed (default 0: none;
                           at most 10,080)
  --artifacts GLOBS        files each run writes, compared by SHA-256 (comma-separated)

Options for compare: --tolerance F, --json, --report-dir DIR
Options for merge: --json, --report-dir DIR (FILE may be a glob, quoted: 'shards/*/report.json';
  the shards' own settings are merged, so run's options do not apply)
Options for across: --json, --report-dir DIR, and --fail-on-cross-runner-difference: exit 1 when the
  legs differ across runners (without it, across exits 1 only when a leg is not reproducible
  within its own runner, and 2 when a leg ended in an error)

Exit codes: 0 reproducible, 1 not reproducible, 2 error (bad input, a run that crashed); 130 or 143
when SIGINT (Ctrl-C) or SIGTERM cancelled the check: its processes are killed, and the report keeps
what had finished. With --fail-on-drift, a reproducible check that moved against --baseline exits 1.
`;
/** Settings the CLI takes as switches, each with a --no- form: `--fail-fast` / `--no-fail-fast`. */
const SWITCHES = ['deterministic', 'fail-fast', 'compare-nondeterministic', 'diagnose', 'fail-on-drift'];
/** Inputs the CLI has no flag for: the comparison's exit code is the CLI's, and only the action downloads artifacts. */
const ACTION_ONLY_SETTINGS = ['fail-on-mismatch', 'baseline-artifact'];
/** Settings that are no flag of run: another command's (tf-repro across). */
const NOT_RUN_FLAGS = ['across', 'fail-on-cross-runner-difference'];
const SETTING_FLAGS = Object.fromEntries(Object.keys(setting_names/* SETTING_DEFAULTS */.Eg)
    // merge is a command of its own here: tf-repro merge FILE...
    .filter((name) => !SWITCHES.includes(name) &&
    !NOT_RUN_FLAGS.includes(name) &&
    !ACTION_ONLY_SETTINGS.includes(name) &&
    name !== 'merge')
    .map((name) => [name, { type: 'string' }]));
const SWITCH_FLAGS = Object.fromEntries(SWITCHES.flatMap((name) => [[name, { type: 'boolean' }], [`no-${name}`, { type: 'boolean' }]]));
const RUN_OPTIONS = {
    ...SETTING_FLAGS,
    ...SWITCH_FLAGS,
    json: { type: 'boolean' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const COMPARE_OPTIONS = {
    tolerance: { type: 'string' },
    json: { type: 'boolean' },
    'report-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const MERGE_OPTIONS = {
    json: { type: 'boolean' },
    'report-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const ACROSS_OPTIONS = {
    'fail-on-cross-runner-difference': { type: 'boolean' },
    json: { type: 'boolean' },
    'report-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const EXPLAIN_OPTIONS = {
    help: { type: 'boolean', short: 'h' },
};
const EXIT_FOR = { reproducible: contracts/* EXIT */.dc.reproducible, 'not-reproducible': contracts/* EXIT */.dc.notReproducible, error: contracts/* EXIT */.dc.error };
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
        throw new contracts/* UserError */.yo(`${(0,errors/* errorMessage */.g)(error).split('\n')[0]} (see tf-repro --help)`);
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
        print(out, renderText(report));
}
async function commandRun(args, out, name) {
    const { values, positionals } = parseFlags(args, RUN_OPTIONS);
    if (values.help)
        return usage(out);
    if (positionals.length > 0)
        throw new contracts/* UserError */.yo(`tf-repro ${name} takes no file arguments, got '${positionals[0]}' (did you mean tf-repro compare?)`);
    const raw = {};
    for (const flag of Object.keys(SETTING_FLAGS))
        raw[flag] = values[flag];
    const flags = values;
    for (const setting of SWITCHES) {
        if (flags[setting] === true && flags[`no-${setting}`] === true)
            throw new contracts/* UserError */.yo(`--${setting} and --no-${setting} contradict each other: give one or neither (the default is ${setting_names/* SETTING_DEFAULTS */.Eg[setting]})`);
        // Neither flag: the setting's default.
        raw[setting] = flags[`no-${setting}`] === true ? 'false' : flags[setting] === true ? 'true' : undefined;
    }
    if (name === 'diagnose') {
        if (raw.diagnose === 'false')
            throw new contracts/* UserError */.yo('tf-repro diagnose with --no-diagnose diagnoses nothing: use tf-repro run');
        raw.diagnose = 'true';
    }
    const parsed = (0,inputs_settings/* parseSettings */.P$)(raw, setting_names/* cliFlagLabel */.h$);
    if (!parsed.ok)
        throw new contracts/* UserError */.yo(parsed.error);
    const settings = parsed.value;
    settings.label ??= (0,label/* defaultLabel */.A)({ env: process.env, hostname: (0,external_node_os_.hostname)(), platform: `${process.platform} ${process.arch}` });
    if (settings.baseline === setting_names/* BASELINE_FROM_MAIN */.l) {
        throw new contracts/* UserError */.yo(`--baseline ${setting_names/* BASELINE_FROM_MAIN */.l} finds the baseline with the GitHub API, which only the action does: give the path of a report.json (./${setting_names/* BASELINE_FROM_MAIN */.l} for a file of that name)`);
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
                print(process.stderr, `notice: ${(0,report_drift/* driftSentence */.L9)(report.drift)}\n`);
        }
        if (settings.reportDir !== null) {
            const path = await (0,report_dir/* saveReport */.a)(report, settings.reportDir);
            print(process.stderr, `report written to ${path}\n`);
        }
        printReport(out, report, values.json);
        const exitCode = termination.exitCode() ?? EXIT_FOR[report.verdict];
        return exitCode === contracts/* EXIT */.dc.reproducible && report.drift?.status === 'changed' && settings.failOnDrift ? contracts/* EXIT */.dc.notReproducible : exitCode;
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
        throw new contracts/* UserError */.yo('tf-repro compare needs at least one result file (see tf-repro --help)');
    const tolerance = values.tolerance === undefined ? 0 : (0,numbers/* parseDecimal */.$)(values.tolerance);
    if (tolerance === null || tolerance < 0)
        throw new contracts/* UserError */.yo(`--tolerance must be a number of at least 0 (0 means bitwise equal), got '${values.tolerance}'`);
    const reportDir = values['report-dir'] || null;
    await (0,report_dir/* prepareReportDir */.r)(reportDir);
    const report = await (0,check/* compareResultFiles */.o)(positionals, tolerance);
    if (reportDir !== null)
        await (0,report_dir/* saveReport */.a)(report, reportDir);
    printReport(out, report, values.json);
    return EXIT_FOR[report.verdict];
}
/** Merges shard legs' partial reports; exits as the check would have on one runner. */
async function commandMerge(args, out) {
    const { values, positionals } = parseFlags(args, MERGE_OPTIONS);
    if (values.help)
        return usage(out);
    if (positionals.length === 0)
        throw new contracts/* UserError */.yo('tf-repro merge needs the report.json of every shard (files or quoted globs; see tf-repro --help)');
    const reportDir = values['report-dir'] || null;
    const report = await (0,shards/* mergeShardReports */.mO)(positionals, { cwd: process.cwd(), reportDir, input: 'tf-repro merge' });
    if (reportDir !== null)
        await (0,report_dir/* saveReport */.a)(report, reportDir);
    printReport(out, report, values.json);
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
        throw new contracts/* UserError */.yo("tf-repro across needs the legs' report.json files (see tf-repro --help)");
    const reportDir = values['report-dir'] || null;
    await (0,report_dir/* prepareReportDir */.r)(reportDir);
    const failOnCrossRunnerDifference = values['fail-on-cross-runner-difference'] === true;
    const report = await (0,across/* compareAcross */.d)({ patterns: positionals, what: 'tf-repro across', failOnCrossRunnerDifference });
    if (reportDir !== null)
        await (0,report_dir/* saveReport */.a)(report, reportDir);
    printReport(out, report, values.json);
    const identical = report.across?.identical ?? false;
    if (report.verdict !== 'reproducible')
        return EXIT_FOR[report.verdict];
    return failOnCrossRunnerDifference && !identical ? contracts/* EXIT */.dc.notReproducible : contracts/* EXIT */.dc.reproducible;
}
/** Exit 0 whatever the report's verdict: the story was told. */
async function commandExplain(args, out) {
    const { values, positionals } = parseFlags(args, EXPLAIN_OPTIONS);
    if (values.help)
        return usage(out);
    if (positionals.length !== 1) {
        throw new contracts/* UserError */.yo(`tf-repro explain takes one report.json, got ${positionals.length === 0 ? 'none' : positionals.length} (see tf-repro --help)`);
    }
    const path = positionals[0];
    print(out, renderExplain((0,saved_report/* savedReport */.Gt)(await (0,result_files/* readReportFile */.$h)(path), path), textWidth()));
    return 0;
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
                throw new contracts/* UserError */.yo(`unknown command '${command}': use tf-repro run, diagnose, compare, explain, merge or across (see tf-repro --help)`);
        }
    }
    catch (error) {
        if (error instanceof HelpShown)
            return 0;
        if (error instanceof contracts/* UserError */.yo) {
            print(err, `tf-repro: ${error.message.split('\n').join('\ntf-repro: ')}\n`);
        }
        else {
            print(err, `tf-repro: internal error: ${(0,errors/* errorStack */.j)(error)}\n`);
        }
        return contracts/* EXIT */.dc.error;
    }
}
//# sourceMappingURL=main.js.map

/***/ })

};
