/**
 * A grid rated in the form's own codes, read through the key the form prints: symbols
 * ("+ positive  – negative  0 neutral  ? not known", "+ –" for both) or letters
 * ("G = positive impact  A = no impact / neutral  R = negative impact"). Without a key the
 * same letters rate nothing.
 */
import { describe, expect, it } from 'vitest';
import { ratingsAfter } from '../helpers/readGeneric.js';
import { keyedRating } from '../../src/extract/generic/impacts/ratingKey.js';

const HEAD = ['Equality Impact Assessment', '', 'Name of proposal: Sports pitch hire charges', 'Lead officer: Sam Okafor, Sports Manager', ''];
const ratings = ratingsAfter(HEAD);

describe("a form's rating key", () => {
  it('reads symbols through a key laid out in columns, both signs for both', async () => {
    expect(await ratings([
      'Key:  +  positive   –  negative   0  neutral / no impact   ?  not known  (+ – if both)', '',
      'Protected           Impact   Evidence and explanation', '',
      'Age                 + –      Juniors pay less; adults pay more.', '',
      'Disability          -        Fewer disabled players can afford the pavilion.', '',
      'Sex                 0        No impact identified.', '',
      'Race                ?        We hold no data.', '',
      'Rural residents     –        Villages have infrequent buses.',
    ])).toEqual(['age both', 'disability negative', 'sex neutral', 'race unknown', 'rural negative']);
  });

  it('reads letters through a key of "code = meaning" cells', async () => {
    expect(await ratings([
      'Key:\tG = positive impact\tA = no impact / neutral\tR = negative impact\t? = not known yet',
      'Group\tRating (G / A / R / ?)\tExplain the impact',
      'Age\tR\tOlder residents avoid the bus station.',
      'Sex\tA\tNo impact identified.',
      'Race\tR / G\tSome lose, some gain.',
    ])).toEqual(['age negative', 'sex neutral', 'race both']);
  });

  it('reads signed scores through a key of "code  meaning" pairs, a score each way for both', async () => {
    expect(await ratings([
      'KEY:   -2  significant negative      -1  minor negative      0  neutral / no impact      +1  minor positive      +2  significant positive', '',
      'Protected characteristic    Score       Evidence', '',
      'Age                         -1          Older residents find booking online hard.', '',
      'Disability                  -2          Deaf residents lose the counter.', '',
      'Sex                         0           No impact.', '',
      'Pregnancy and maternity     +1          Shorter waits in the foyer.', '',
      'Race                        +1 / -1     Some gain, some lose.',
    ])).toEqual(['age negative', 'disability negative', 'sex neutral', 'pregnancy-maternity positive', 'race both']);
  });

  it('rates nothing in codes the form never defined', () => {
    const key = new Map([['+', 'positive'], ['–', 'negative'], ['0', 'neutral']] as const);
    expect(keyedRating('+', key)).toBe('positive');
    expect(keyedRating('R', key)).toBeNull();
    expect(keyedRating('No impact', key)).toBeNull();
    expect(keyedRating('G', null)).toBeNull();
  });
});
