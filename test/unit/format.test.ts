import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
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

test('a duration is "12.3 s" under a minute, "1 min 14 s" from one, never "60.0 s" or "1 min 60 s", and says the value', () => {
  assert.equal(seconds(59.94), '59.9 s');
  assert.equal(seconds(59.97), '1 min 0 s');
  assert.equal(seconds(74), '1 min 14 s');
  assert.equal(seconds(119.6), '2 min 0 s');
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (value) => {
      const text = seconds(value);
      const match = /^(?:(\d+\.\d) s|([1-9]\d*) min ([1-5]?\d) s)$/.exec(text);
      assert.ok(match, text);
      const said = match[1] !== undefined ? Number(match[1]) : Number(match[2]) * 60 + Number(match[3]);
      assert.ok(Math.abs(said - value) <= (match[1] !== undefined ? 0.05 : 0.5) + 1e-9, `${value} said as ${text}`);
    }),
  );
});

test('counts in words: plural unless one, thousands with commas', () => {
  assert.equal(plural(1, 'fold'), '1 fold');
  assert.equal(plural(0, 'fold'), '0 folds');
  assert.equal(plural(2, 'run'), '2 runs');
  assert.equal(withCommas(60000), '60,000');
  assert.equal(withCommas(999), '999');
});
