/**
 * The document reading compared with the applicant (demo/server/sessions/document-match.ts): accents and
 * case, ICAO transliterations, several-part surnames, first given names, truncated MRZ names, dates of birth.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentRead } from '../../src/api/schemas.js';
import { matchApplicant, nameTruncated, type ApplicantFields } from '../../demo/server/sessions/document-match.js';

const read = (names: { surname: string; given: string }, extra: Partial<DocumentRead> = {}): DocumentRead => ({
  source: 'mrz',
  format: 'TD3',
  number: 'L898902C3',
  country: 'UTO',
  expiry: '2031-04-15',
  birth_date: '1974-08-12',
  names,
  check_digits_valid: true,
  ...extra,
});
const applicant = (first_name: string | null, last_name: string | null, date_of_birth: string | null = null) =>
  ({ first_name, last_name, date_of_birth }) satisfies ApplicantFields;
const names = (a: ApplicantFields, r: DocumentRead) => {
  const m = matchApplicant(a, r);
  return [m.surname, m.given_names];
};

describe('document reading compared with the applicant', () => {
  it('ignores case and accents', () => {
    assert.deepEqual(names(applicant('Élodie', 'Lefèvre'), read({ surname: 'LEFEVRE', given: 'ELODIE' })), [
      'match',
      'match',
    ]);
    assert.deepEqual(names(applicant('josé', 'NÚÑEZ'), read({ surname: 'NUNEZ', given: 'JOSE' })), ['match', 'match']);
  });

  it('takes the ICAO transliterations and the plain letter alike', () => {
    const cases: [string, string][] = [
      ['Strauß', 'STRAUSS'],
      ['Müller', 'MUELLER'],
      ['Müller', 'MULLER'],
      ['Jäger', 'JAEGER'],
      ['Jäger', 'JAGER'],
      ['Öztürk', 'OEZTUERK'],
      ['Öztürk', 'OZTURK'],
      ['Ångström', 'AANGSTROEM'],
      ['Ångström', 'ANGSTROM'],
      ['Ærø', 'AEROE'],
      ['Ærø', 'AERO'],
      ['Wałęsa', 'WALESA'],
      ['Peña', 'PENA'],
    ];
    for (const [name, mrz] of cases) {
      assert.equal(matchApplicant(applicant(null, name), read({ surname: mrz, given: '' })).surname, 'match', mrz);
    }
    // One spelling at a time: a mix of both is not an ICAO spelling.
    assert.equal(
      matchApplicant(applicant(null, 'Jäger-Müller'), read({ surname: 'JAEGER<MULLER', given: '' })).surname,
      'mismatch',
    );
  });

  it('compares every part of a surname of several parts, fillers, hyphens and apostrophes alike', () => {
    const m = (last: string, surname: string) => matchApplicant(applicant(null, last), read({ surname, given: '' }));
    assert.equal(m('García Márquez', 'GARCIA<MARQUEZ').surname, 'match');
    assert.equal(m('García Márquez', 'GARCIA MARQUEZ').surname, 'match');
    assert.equal(m('Müller-Lüdenscheidt', 'MUELLER<LUEDENSCHEIDT').surname, 'match');
    assert.equal(m("O'Neil", 'ONEIL').surname, 'match');
    assert.equal(m('van der  Berg', 'VAN<DER<BERG').surname, 'match');
    assert.equal(m('García', 'GARCIA<MARQUEZ').surname, 'mismatch');
    assert.equal(m('García Márquez', 'GARCIA').surname, 'mismatch');
    assert.equal(m('Dupont', 'DUPOND').surname, 'mismatch');
  });

  it('takes the given names in full or their first words', () => {
    const m = (first: string, given: string) =>
      matchApplicant(applicant(first, null), read({ surname: 'X', given })).given_names;
    assert.equal(m('Jean', 'JEAN'), 'match');
    assert.equal(m('Jean', 'JEAN PIERRE'), 'match');
    assert.equal(m('Jean-Pierre', 'JEAN PIERRE MARIE'), 'match');
    assert.equal(m('Pierre', 'JEAN PIERRE'), 'mismatch');
    assert.equal(m('Jeanne', 'JEAN PIERRE'), 'mismatch');
    assert.equal(m('Jean Paul', 'JEAN PIERRE'), 'mismatch');
    assert.equal(m('Jean Pierre Marie', 'JEAN PIERRE'), 'mismatch');
  });

  it('a name cut by a full MRZ name field matches the start of the applicant’s', () => {
    // TD3: 39 characters, 'SURNAME<<GIVEN' filling all of them.
    const surname = 'WOLFESCHLEGELSTEINHAUSEN';
    const given = 'HUBERT BLAINE';
    assert.equal(surname.length + 2 + given.length, 39);
    const full = read({ surname, given });
    assert.equal(nameTruncated(full), true);
    const m = matchApplicant(applicant('Hubert Blaine Wolfe', 'Wolfeschlegelsteinhausen'), full);
    assert.deepEqual([m.surname, m.given_names], ['match', 'match']);
    assert.equal(matchApplicant(applicant('Hubert Blainey', null), full).given_names, 'match');
    assert.equal(matchApplicant(applicant('Hubert Clara', null), full).given_names, 'mismatch');
    // The same names one character short of the width are whole: no prefix allowed.
    const whole = read({ surname, given: 'HUBERT BLAIN' });
    assert.equal(nameTruncated(whole), false);
    assert.equal(matchApplicant(applicant('Hubert Blaine', null), whole).given_names, 'mismatch');
    // A surname that fills the field alone is cut; it matches the applicant's longer surname.
    const onlySurname = read({ surname: 'ABCDEFGHIJKLMNOPQRSTUVWXYZABCD', given: '' }, { format: 'TD1' });
    assert.equal(nameTruncated(onlySurname), true);
    assert.equal(matchApplicant(applicant(null, 'Abcdefghijklmnopqrstuvwxyzabcdefgh'), onlySurname).surname, 'match');
    // A barcode does not cut names.
    const aamva = read({ surname, given }, { source: 'pdf417', format: 'AAMVA' });
    assert.equal(nameTruncated(aamva), false);
    assert.equal(matchApplicant(applicant('Hubert Blainey', null), aamva).given_names, 'mismatch');
  });

  it('compares the date of birth, an MRZ year within its century', () => {
    const dob = (d: string | null, r: Partial<DocumentRead> = {}) =>
      matchApplicant(applicant('A', 'B', d), read({ surname: 'B', given: 'A' }, r)).birth_date;
    assert.equal(dob('1974-08-12'), 'match');
    assert.equal(dob('1974-08-13'), 'mismatch');
    assert.equal(dob('1974-12-08'), 'mismatch');
    assert.equal(dob('1925-03-01', { birth_date: '2025-03-01' }), 'match', 'the MRZ carries 25 only');
    assert.equal(dob('1925-03-01', { birth_date: '2025-03-01', source: 'pdf417', format: 'AAMVA' }), 'mismatch');
    assert.equal(dob('1924-08-12'), 'mismatch');
    assert.equal(dob(null), 'not_provided');
    assert.equal(dob('1974-08-12', { birth_date: null }), 'not_provided');
  });

  it('says not_provided when either side lacks the field', () => {
    assert.deepEqual(matchApplicant(applicant(null, null), read({ surname: 'DUPONT', given: 'JEAN' })), {
      surname: 'not_provided',
      given_names: 'not_provided',
      birth_date: 'not_provided',
    });
    assert.deepEqual(names(applicant('Jean', 'Dupont'), read({ surname: 'DUPONT', given: '' })), [
      'match',
      'not_provided',
    ]);
    assert.deepEqual(names(applicant('  ', 'Dupont'), read({ surname: '<<', given: 'JEAN' })), [
      'not_provided',
      'not_provided',
    ]);
  });
});
