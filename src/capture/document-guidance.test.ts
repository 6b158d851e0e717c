import { expect } from '@open-wc/testing';
import { documentGuidance, documentQualityRecord, measureSize } from './document-guidance.js';

const good = { brightness: 140, glare: 0, sharpness: 400 };

describe('document guidance from a measurement', () => {
  it('says good when nothing is wrong', () => {
    expect(documentGuidance(good)).to.equal('good');
  });
  it('names the first issue: dark before blurry, glare for a bright or clipped frame', () => {
    expect(documentGuidance({ ...good, brightness: 20, sharpness: 10 })).to.equal('too_dark');
    expect(documentGuidance({ ...good, sharpness: 10 })).to.equal('too_blurry');
    expect(documentGuidance({ ...good, glare: 0.2 })).to.equal('glare');
    expect(documentGuidance({ ...good, brightness: 250 })).to.equal('glare');
    expect(documentGuidance({ ...good, glare: 0.2, sharpness: 10 })).to.equal('glare');
  });
});

describe('measureSize', () => {
  it('scales the long side down to 640 px, keeping the aspect', () => {
    expect(measureSize(1920, 1080)).to.deep.equal({ width: 640, height: 360 });
    expect(measureSize(1080, 1920)).to.deep.equal({ width: 360, height: 640 });
  });
  it('never upscales, and takes another limit', () => {
    expect(measureSize(320, 240)).to.deep.equal({ width: 320, height: 240 });
    expect(measureSize(1000, 500, 100)).to.deep.equal({ width: 100, height: 50 });
  });
});

describe('documentQualityRecord', () => {
  it('sends the three measurements', () => {
    expect(documentQualityRecord({ brightness: 1, glare: 2, sharpness: 3 }, null)).to.deep.equal({
      brightness: 1,
      glare: 2,
      sharpness: 3,
    });
  });
  it('adds whether the portrait was found when it was looked for', () => {
    expect(documentQualityRecord(good, true)['portrait']).to.equal(1);
    expect(documentQualityRecord(good, false)['portrait']).to.equal(0);
    expect(documentQualityRecord(good, null)).to.not.have.property('portrait');
  });
});
