import { expect } from '@open-wc/testing';
import type { DocumentRead } from '../api/schemas.js';
import { documentForMeta } from './for-meta.js';

const reading: DocumentRead = {
  source: 'mrz',
  format: 'TD3',
  number: 'C01X00T47',
  country: 'D<<',
  expiry: '2031-10-31',
  birth_date: '1983-08-12',
  names: { surname: 'MUSTERMANN', given: 'ERIKA' },
  check_digits_valid: true,
};

describe('documentForMeta', () => {
  it('sends a valid reading with the country without fillers', () => {
    expect(documentForMeta(reading)).to.deep.equal({ ...reading, country: 'D' });
  });
  it('sends nothing for a failed check digit, a misread field or no reading', () => {
    expect(documentForMeta({ ...reading, check_digits_valid: false })).to.equal(null);
    expect(documentForMeta({ ...reading, country: 'U<O' })).to.equal(null);
    expect(documentForMeta({ ...reading, number: 'X'.repeat(41) })).to.equal(null);
    expect(documentForMeta(null)).to.equal(null);
  });
});
