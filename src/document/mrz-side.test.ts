import { expect } from '@open-wc/testing';
import { carriesMrz } from './mrz-side.js';

describe('carriesMrz', () => {
  it('reads a passport data page and the back of a card, never a licence or a selfie', () => {
    expect(carriesMrz('document_front', 'passport')).to.equal(true);
    expect(carriesMrz('document_back', 'passport')).to.equal(false);
    expect(carriesMrz('document_back', 'id_card')).to.equal(true);
    expect(carriesMrz('document_front', 'id_card')).to.equal(false);
    expect(carriesMrz('document_back', 'residence_permit')).to.equal(true);
    expect(carriesMrz('document_front', 'drivers_license')).to.equal(false);
    expect(carriesMrz('document_back', 'drivers_license')).to.equal(false);
    expect(carriesMrz('document_front', null)).to.equal(true);
    expect(carriesMrz('selfie', 'passport')).to.equal(false);
  });
});
