import { isValidZone, resolveWindow } from '../../src/cli/resolve-window.js';

describe('resolveWindow', () => {
  const config = { from: '2022-04-01', to: '2022-06-30' };

  test('both flags win over the config', () => {
    expect(resolveWindow({ from: '2022-05-01', to: '2022-05-31' }, config, '2026-11-29')).toEqual({
      ok: true,
      window: { from: '2022-05-01', to: '2022-05-31' },
      fromClock: false,
    });
  });

  test('one flag replaces only its end of the config window', () => {
    expect(resolveWindow({ to: '2022-05-31' }, config, '2026-11-29')).toEqual({
      ok: true,
      window: { from: '2022-04-01', to: '2022-05-31' },
      fromClock: false,
    });
  });

  test('without a config, one flag gives a window one year long (leap day included)', () => {
    expect(resolveWindow({ from: '2024-01-01' }, null, '2026-11-29')).toMatchObject({ window: { from: '2024-01-01', to: '2024-12-31' } });
    expect(resolveWindow({ to: '2024-12-31' }, null, '2026-11-29')).toMatchObject({ window: { from: '2024-01-01', to: '2024-12-31' } });
  });

  test('with nothing given, one year either side of today, flagged as from the clock', () => {
    expect(resolveWindow({}, null, '2026-11-29')).toEqual({ ok: true, window: { from: '2025-11-29', to: '2027-11-29' }, fromClock: true });
  });

  test.each([
    [{ from: '2022-02-30' }, { code: 'invalid-date', data: { flag: '--from', value: '2022-02-30' } }],
    [{ to: '2022/05/01' }, { code: 'invalid-date', data: { flag: '--to', value: '2022/05/01' } }],
    [{ from: '20220501' }, { code: 'invalid-date', data: { flag: '--from', value: '20220501' } }],
    [{ from: '2022-06-01', to: '2022-05-01' }, { code: 'window-reversed', data: { from: '2022-06-01', to: '2022-05-01' } }],
  ])('%j is a usage error', (flags, error) => {
    expect(resolveWindow(flags, null, '2026-11-29')).toEqual({ ok: false, error });
  });

  test('a one-day window is allowed', () => {
    expect(resolveWindow({ from: '2022-05-10', to: '2022-05-10' }, null, '2026-11-29').ok).toBe(true);
  });
});

describe('isValidZone', () => {
  test.each([
    ['Asia/Shanghai', true],
    ['UTC', true],
    ['China Standard Time', false],
    ['Mars/Olympus', false],
  ])('%s → %s', (zone, valid) => {
    expect(isValidZone(zone)).toBe(valid);
  });
});
