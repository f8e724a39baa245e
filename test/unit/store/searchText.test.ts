import * as assert from 'node:assert/strict';
import { digitsOf, foldText, queryWords } from '../../../src/store/searchText';

describe('The filter’s text folding', () => {
  it('ignores case and diacritics, also of letters Unicode does not decompose', () => {
    assert.equal(foldText('Siobhán O’Brien'), 'siobhan o’brien');
    assert.equal(foldText('MÜLLER'), 'muller');
    assert.equal(foldText('Łódź'), 'lodz');
    assert.equal(foldText('Straße'), 'strasse');
    assert.equal(foldText('Ørsted Æsir Œuvre'), 'orsted aesir oeuvre');
    assert.equal(foldText('François Đorđević'), 'francois dordevic');
    assert.equal(foldText('İstanbul'), 'istanbul');
  });

  it('splits what is typed into folded words, and reads phone numbers as their digits', () => {
    assert.deepEqual(queryWords('  Acme   Müller '), ['acme', 'muller']);
    assert.deepEqual(queryWords(''), []);
    assert.equal(digitsOf('+49 (30) 12-34'), '49301234');
  });
});
