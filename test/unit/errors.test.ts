import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorMessage, errorStack } from '../../src/util/errors.js';

test("errorMessage: an Error's message alone, anything else thrown as text", () => {
  assert.equal(errorMessage(new TypeError('bad shape')), 'bad shape');
  assert.equal(errorMessage('a thrown string'), 'a thrown string');
  assert.equal(errorMessage(42), '42');
  assert.equal(errorMessage(undefined), 'undefined');
});

test("errorStack: an Error's stack, its message where it has none, anything else as text", () => {
  assert.match(errorStack(new Error('lost')), /^Error: lost\n\s+at /);
  const bare = new Error('no stack');
  bare.stack = undefined;
  assert.equal(errorStack(bare), 'no stack');
  assert.equal(errorStack({ reason: 'x' }), '[object Object]');
});
