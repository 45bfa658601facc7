export const id = 503;
export const ids = [503];
export const modules = {

/***/ 1503:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6421);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2018);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5518);
/* harmony import */ var _inputs_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7606);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4127);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5845);
// The action's only contact with the runner: read inputs, run the check, write outputs, the job
// summary and the step's result.









function readInputs() {
    const names = Object.keys(_inputs_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .SETTING_DEFAULTS */ .Eg);
    return Object.fromEntries(names.map((name) => [name, _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4(name)]));
}
function setOutputs(report, reportPath) {
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('verdict', report.verdict);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('reproducible', String(report.verdict === 'reproducible'));
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('variance', String(report.variance));
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('max-abs-diff', String(report.maxAbsDiff));
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('duration-seconds', report.durationSeconds.toFixed(3));
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('report-path', reportPath);
}
async function writeJobSummary(report) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq('No GITHUB_STEP_SUMMARY file (not on a GitHub runner): the summary is in the report directory only.');
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .summary */ .z.addRaw((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .renderSummaryMarkdown */ .i$)(report)).write();
}
async function runAction() {
    try {
        const parsed = (0,_inputs_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSettings */ .P$)(readInputs(), _inputs_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .actionInputLabel */ .jX);
        if (!parsed.ok)
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(parsed.error);
        const settings = parsed.value;
        settings.reportDir ??= (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'tf-repro-report');
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Training ${settings.runs} runs × ${settings.folds} folds × ${settings.epochs} epochs, each run in a fresh process (deterministic: ${settings.deterministic}).`);
        const report = await (0,_check_js__WEBPACK_IMPORTED_MODULE_4__/* .runCheck */ .k)(settings, {
            hooks: {
                onRunStart: (run) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`run ${run} of ${settings.runs} started`),
                onFold: (run, fold) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`run ${run} fold ${fold.fold}: ${Object.entries(fold.metrics).map(([name, value]) => `${name} ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_8__/* .exact */ .e0)(value)}`).join(', ')} (${fold.trainSeconds?.toFixed(1)} s)`),
            },
        });
        const reportPath = await (0,_report_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeReportFiles */ .t4)(report, settings.reportDir);
        setOutputs(report, reportPath);
        await writeJobSummary(report);
        for (const warning of report.warnings)
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(warning);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`${report.summary} Variance ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_8__/* .scientific */ .eg)(report.variance)}; report: ${reportPath}`);
        if (report.verdict === 'error') {
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setFailed */ .C1(report.errors[0] ?? report.summary);
            process.exitCode = _contracts_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.error;
        }
        else if (report.verdict === 'not-reproducible') {
            if (settings.failOnMismatch) {
                _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setFailed */ .C1(report.summary);
                process.exitCode = _contracts_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.notReproducible;
            }
            else {
                _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`${report.summary} (fail-on-mismatch is false, so the step passes)`);
            }
        }
    }
    catch (error) {
        if (!(error instanceof _contracts_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo))
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz(error instanceof Error ? (error.stack ?? error.message) : String(error));
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setFailed */ .C1(error instanceof Error ? error.message : String(error));
        process.exitCode = _contracts_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.error;
    }
}
//# sourceMappingURL=main.js.map

/***/ })

};
