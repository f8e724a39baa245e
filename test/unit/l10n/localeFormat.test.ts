// Dates, counts, ages and plural choices as a German (and French, Spanish) user reads them: what the
// tree's tooltips, the view's "updated …", the import's progress and the forms' details show.
import * as assert from 'node:assert/strict';
import { formatAge, formatDateTime, formatDuration, formatNumber, isSingular } from '../../../src/webviewContract/localeFormat';

// Noon UTC: the same calendar day in every time zone the tests may run in.
const MARCH_17 = '2025-03-17T12:05:00Z';

describe('Formatting in the user’s language', () => {
  it('writes a date and time the German way (day.month.year, 24-hour clock), and French and Spanish their way', () => {
    assert.match(formatDateTime('de', MARCH_17), /^17\.03\.2025, \d{2}:\d{2}$/);
    assert.match(formatDateTime('fr', MARCH_17), /^17 mars 2025, \d{2}:\d{2}$/);
    assert.match(formatDateTime('es', MARCH_17), /^17 mar 2025, \d{1,2}:\d{2}$/);
    assert.match(formatDateTime('en', MARCH_17), /^Mar 17, 2025, \d{1,2}:\d{2}\s[AP]M$/);
  });

  it('shows text that is no date as it is, and a language tag Intl cannot parse falls back instead of throwing', () => {
    assert.equal(formatDateTime('de', 'not a date'), 'not a date');
    assert.ok(formatDateTime('not a language!', MARCH_17).includes('2025'));
    assert.equal(formatNumber('@@', 5), new Intl.NumberFormat().format(5));
  });

  it('groups large counts with the language’s separator and writes decimals with its comma', () => {
    assert.equal(formatNumber('de', 12345), '12.345');
    assert.equal(formatNumber('fr', 12345), '12\u202f345');
    assert.equal(formatNumber('en', 12345), '12,345');
    assert.equal(formatNumber('de', 2.54, 1), '2,5');
    assert.equal(formatNumber('de', 5, 1), '5');
  });

  it('says how old the data is: "vor 3 Min.", "vor 2 Std.", "gestern"; nothing under 45 seconds', () => {
    assert.equal(formatAge('de', 44), undefined);
    assert.equal(formatAge('de', 3 * 60), 'vor 3 Min.');
    assert.equal(formatAge('de', 2 * 3600), 'vor 2 Std.');
    assert.equal(formatAge('de', 26 * 3600), 'gestern');
    assert.equal(formatAge('de', 3 * 86400), 'vor 3 Tagen');
    assert.equal(formatAge('fr', 3 * 60), 'il y a 3\u00a0min');
    assert.equal(formatAge('es', 26 * 3600), 'ayer');
    assert.equal(formatAge('en', 3 * 60), '3 min. ago');
  });

  it('says a time to wait in seconds, then minutes, with the unit in the plural Intl picks', () => {
    assert.equal(formatDuration('de', 40, 'short'), '40 Sek.');
    assert.equal(formatDuration('de', 1, 'long'), '1 Sekunde');
    assert.equal(formatDuration('de', 30, 'long'), '30 Sekunden');
    assert.equal(formatDuration('de', 120, 'long'), '2 Minuten');
    assert.equal(formatDuration('es', 120, 'long'), '2 minutos');
  });

  it('picks the singular string for one in German and Spanish, and for zero and one in French', () => {
    const singularOf012 = { de: [false, true, false], es: [false, true, false], fr: [true, true, false], en: [false, true, false] };
    for (const [lang, expected] of Object.entries(singularOf012)) {
      assert.deepEqual(
        [0, 1, 2].map((n) => isSingular(lang, n)),
        expected,
        lang,
      );
    }
  });
});
