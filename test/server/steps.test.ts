/**
 * The step → capture vocabulary the widget's machine and the server share (src/flow/steps.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requiredCaptures, takesCapture } from '../../src/flow/steps.js';

describe('steps → captures', () => {
  it('each step asks for its captures, in order; a passport has no back', () => {
    assert.deepEqual(requiredCaptures(['document', 'selfie', 'face_match', 'liveness', 'aml']), [
      'document_front',
      'document_back',
      'selfie',
      'liveness',
    ]);
    assert.deepEqual(requiredCaptures(['document'], 'passport'), ['document_front']);
    assert.deepEqual(requiredCaptures(['document'], 'id_card'), ['document_front', 'document_back']);
    assert.deepEqual(requiredCaptures(['face_match']), ['selfie']);
    assert.deepEqual(requiredCaptures(['aml']), []);
  });

  it('a kind is taken only by the steps that ask for it', () => {
    assert.equal(takesCapture(['selfie'], 'selfie'), true);
    assert.equal(takesCapture(['face_match'], 'selfie'), true);
    assert.equal(takesCapture(['document'], 'selfie'), false);
    assert.equal(takesCapture(['document'], 'document_back'), true);
    assert.equal(takesCapture(['selfie', 'face_match'], 'liveness'), false);
  });
});
