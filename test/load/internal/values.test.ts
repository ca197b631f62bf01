import fc from 'fast-check';
import { parseDateTimeText, readNonstandardDateTime } from '../../../src/load/internal/values.js';
import { daysInMonth } from '../../../src/load/internal/civil.js';

// The grammar parseDateTimeText accepts, as a regular expression: the reading it replaced.
const GRAMMAR = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/i;

function reference(text: string): ReturnType<typeof parseDateTimeText> {
  const m = GRAMMAR.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (m[4] === undefined) return { wall: { year, month, day, hour: 0, minute: 0, second: 0 }, dateOnly: true, utc: false };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? '0')];
  if (hour > 23 || minute > 59 || second > 60) return null;
  return { wall: { year, month, day, hour, minute, second: Math.min(second, 59) }, dateOnly: false, utc: m[7] !== undefined };
}

describe('parseDateTimeText', () => {
  test.each([
    ['20220510', { year: 2022, month: 5, day: 10, hour: 0, minute: 0, second: 0 }, true, false],
    ['20220510T090000', { year: 2022, month: 5, day: 10, hour: 9, minute: 0, second: 0 }, false, false],
    ['20220510t0930z', { year: 2022, month: 5, day: 10, hour: 9, minute: 30, second: 0 }, false, true],
    ['20161231T235960Z', { year: 2016, month: 12, day: 31, hour: 23, minute: 59, second: 59 }, false, true],
    [' 20240229T120000\r', { year: 2024, month: 2, day: 29, hour: 12, minute: 0, second: 0 }, false, false],
  ])('%j reads as written', (text, wall, dateOnly, utc) => {
    expect(parseDateTimeText(text)).toEqual({ wall, dateOnly, utc });
  });

  test.each(['', '2022051', '20221032', '20230229', '20220510T2400', '20220510T096000', '20220510T090061', '20220510T09000', '20220510T090000ZZ', '２０２２０５１０', '20220510 090000', '2022-05-10'])(
    '%j is refused',
    (text) => {
      expect(parseDateTimeText(text)).toBeNull();
    },
  );

  test('agrees with the grammar on near-valid strings', () => {
    const piece = fc.constantFrom('0', '1', '2', '3', '5', '9', 'T', 't', 'Z', 'z', ' ', '\t', 'X', '-', '６');
    const nearValid = fc
      .tuple(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.integer({ min: 0, max: 61 }),
        fc.constantFrom('', 'T', 't'),
        fc.constantFrom(0, 2, 4, 6),
        fc.constantFrom('', 'Z', 'z'),
      )
      .map(([y, mo, d, h, mi, s, t, clock, z]) => {
        const two = (n: number): string => String(n).padStart(2, '0');
        const time = `${two(h)}${two(mi)}${two(s)}`.slice(0, clock);
        return `${y}${two(mo)}${two(d)}${t}${time}${z}`;
      });
    const mutated = fc.tuple(nearValid, fc.integer({ min: 0, max: 17 }), piece, fc.boolean()).map(([text, at, c, insert]) =>
      insert ? text.slice(0, at) + c + text.slice(at) : text.slice(0, at) + c + text.slice(at + 1),
    );
    fc.assert(
      fc.property(fc.oneof(nearValid, mutated, fc.string({ maxLength: 18 })), (text) => {
        expect(parseDateTimeText(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readNonstandardDateTime: 24:00, the end of a day (QF-19)', () => {
  test.each([
    ['20261228T240000', '20261229T000000', null],
    ['20261231T2400', '20270101T000000', null],
    ['20240228T240000Z', '20240229T000000Z', null],
    ['2026-12-28T24:00:00', '20261229T000000', null],
    ['20261228T240000+0800', '20261229T000000', 480],
  ])('%s is read as %s', (text, basic, offsetMinutes) => {
    expect(readNonstandardDateTime(text)).toMatchObject({ basic, offsetMinutes });
  });

  test.each(['20261228T243000', '20261228T240001', '20261232T240000'])('%s is no time', (text) => {
    expect(readNonstandardDateTime(text)).toBeNull();
  });
});
