// counted(): the one plural helper of the locale files, built on Intl.PluralRules.
import { expect } from '@open-wc/testing';
import { counted } from '../../src/i18n/plural.js';

describe('counted (plural forms through Intl.PluralRules)', () => {
  it('picks the form of each category, and other where a category has none', () => {
    const pl = counted('pl', { one: 'minuta', few: 'minuty', many: 'minut', other: 'minuty' });
    expect([1, 2, 5, 22, 25, 1.5].map(pl)).to.deep.equal([
      '1 minuta',
      '2 minuty',
      '5 minut',
      '22 minuty',
      '25 minut',
      '1.5 minuty',
    ]);
    const hr = counted('hr', { few: 'minute', other: 'minuta' });
    expect([1, 3, 5, 21].map(hr)).to.deep.equal(['1 minuta', '3 minute', '5 minuta', '21 minuta']);
  });

  it('writes the count with the given format', () => {
    const ar = new Intl.NumberFormat('ar-u-nu-arab');
    expect(counted('ar', { other: 'دقيقة' }, (n) => ar.format(n))(12)).to.equal('١٢ دقيقة');
  });
});
