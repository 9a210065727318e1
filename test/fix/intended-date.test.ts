import { describe, expect, it } from 'vitest';
import { intendedDate } from '../../src/application/intended.js';

// One reader of typed dates serves `check`'s message ("write 2018-03-01"), `check --fix`
// and `match`'s question, so the three take and refuse the same texts.
describe('intendedDate', () => {
  it.each([
    ['2018-03-01', '2018-03-01'],
    ['2018-3-1', '2018-03-01'],
    ['2018/3/1', '2018-03-01'],
    ['2018.3.1', '2018-03-01'],
    ['2018年3月1日', '2018-03-01'],
    ['2018 年 3 月 1 日', '2018-03-01'],
    ['２０１８／３／１', '2018-03-01'],
    ['２０１８－０３－０１', '2018-03-01'],
    ['２０１８．３．１', '2018-03-01'],
    [' 2018-3-1\u3000', '2018-03-01'],
    ['2020-2-29', '2020-02-29'],
    ['0099-01-01', '0099-01-01'],
  ])('reads %s as %s', (text, iso) => {
    expect(intendedDate(text)).toBe(iso);
  });

  it.each(['2018-02-30', '2019-2-29', '2018-13-01', '2018年3月', '18-3-1', '2018-3-1-1', '三月一日', ''])(
    'finds no day in %s',
    (text) => {
      expect(intendedDate(text)).toBeUndefined();
    },
  );
});
