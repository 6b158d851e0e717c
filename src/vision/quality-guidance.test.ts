import { expect } from '@open-wc/testing';
import { guidanceFor } from './quality-guidance.js';
import { qualityVerdict, type DocumentMetrics } from './document-quality.js';

describe('guidanceFor', () => {
  it('maps each quality issue to its guidance line', () => {
    expect(guidanceFor('too_dark')).to.equal('too_dark');
    expect(guidanceFor('blurry')).to.equal('too_blurry');
    expect(guidanceFor('glare')).to.equal('glare');
    expect(guidanceFor('too_bright')).to.equal('glare');
  });
  it('says good when there is no issue', () => {
    expect(guidanceFor(undefined)).to.equal('good');
  });
  it('speaks of the most important issue of a verdict', () => {
    const dark: DocumentMetrics = { brightness: 5, glare: 0, sharpness: 0 };
    const { issues } = qualityVerdict(dark);
    expect(issues[0]).to.equal('too_dark');
    expect(guidanceFor(issues[0])).to.equal('too_dark');
  });
});
