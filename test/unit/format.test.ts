import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exact, inertMarkdown, scientific, seconds } from '../../src/report/format.js';
import { plural, withCommas } from '../../src/util/text.js';

test('user text is made inert in markdown', () => {
  const text = inertMarkdown('</details><img src=x onerror=alert(1)> @octocat | [x](http://e)');
  assert.ok(!text.includes('<'), text);
  assert.ok(!text.includes('</details>'));
  assert.ok(!/@octocat/.test(text), 'a mention would ping');
  assert.ok(!/(^|[^\\])\|/.test(text), 'an unescaped pipe breaks a table');
  assert.ok(!/(^|[^\\])\[/.test(text), 'an unescaped bracket makes a link');
});

test('numbers: exact round-trips, scientific for small spreads', () => {
  const value = 0.1 + 0.2;
  assert.equal(Number(exact(value)), value);
  assert.equal(exact(null), '—');
  assert.equal(scientific(0), '0');
  assert.equal(scientific(6.694e-7), '6.694e-7');
  assert.equal(seconds(12.34), '12.3 s');
  assert.equal(seconds(125), '2 min 5 s');
});

test('counts in words: plural unless one, thousands with commas', () => {
  assert.equal(plural(1, 'fold'), '1 fold');
  assert.equal(plural(0, 'fold'), '0 folds');
  assert.equal(plural(2, 'run'), '2 runs');
  assert.equal(withCommas(60000), '60,000');
  assert.equal(withCommas(999), '999');
});
