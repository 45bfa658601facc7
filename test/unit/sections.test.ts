// The sections of a check's report (report/render.ts): each is one declaration, and the drop
// ladders of the job summary and the comment follow from the sections' rungs. What each renders
// is held by the golden files (report-golden.test.ts); here, the ladders themselves.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHECK_SECTIONS, type Section } from '../../src/report/render.js';
import { fullShape } from '../../src/report/findings-markdown.js';
import { FEW_NOTES, LAST_RUNG, MINIMAL_SUMMARY_CHARS, dropLadder } from '../../src/report/shorten.js';
import { makeCostReport } from '../support/reports.js';

const full = fullShape(makeCostReport(), true);

test('the summary drops the charts, the per-fold table, most notes, the time, and keeps the environment and settings to the last', () => {
  const { lighter, ladder, last } = dropLadder(CHECK_SECTIONS, 'summary', full);
  assert.deepEqual(lighter, [{ ...full, charts: false }]);
  const tableless = { ...full, charts: false, foldRows: null };
  assert.deepEqual(ladder, [tableless, { ...tableless, notes: FEW_NOTES }, { ...tableless, notes: FEW_NOTES, details: false }]);
  assert.deepEqual(last, {
    ...tableless,
    notes: { count: 0, chars: 0 },
    details: false,
    environment: false,
    settings: false,
    diagnosisTable: false,
    summaryChars: MINIMAL_SUMMARY_CHARS,
  });
});

test('the comment drops the environment early, with the diagnosis table and most notes, then the settings', () => {
  const comment = fullShape(makeCostReport(), false);
  const { ladder, last } = dropLadder(CHECK_SECTIONS, 'comment', comment);
  const tableless = { ...comment, charts: false, foldRows: null };
  const lean = { ...tableless, environment: false, diagnosisTable: false, notes: FEW_NOTES };
  assert.deepEqual(ladder, [tableless, lean, { ...lean, settings: false, summaryChars: MINIMAL_SUMMARY_CHARS }]);
  assert.deepEqual(last, { ...lean, settings: false, summaryChars: MINIMAL_SUMMARY_CHARS, notes: { count: 0, chars: 0 } });
});

test('a new section is one declaration: it is rendered by every target that declares it, and its drop joins the ladder', () => {
  const extra: Section = {
    name: 'an extra part',
    summary: ({ shape }) => (shape.details ? ['extra'] : []),
    text: () => ['extra'],
    drops: [{ at: { summary: 5 }, shape: { details: false } }],
  };
  const { ladder } = dropLadder([...CHECK_SECTIONS, extra], 'summary', full);
  assert.equal(ladder.length, 4, 'one rung more');
  assert.equal(dropLadder([...CHECK_SECTIONS, extra], 'comment', full).ladder.length, 3, 'the comment, for which it declares no rung, is as before');
  assert.ok(CHECK_SECTIONS.every((section) => section.drops?.every((drop) => Object.values(drop.at).every((rung) => rung >= 1 && rung <= LAST_RUNG)) ?? true));
});
