/**
 * The workspace clock stays within years 0000–9999, the times a snapshot (and the data file) can hold:
 * setting or advancing it beyond is refused with a 400 naming the parameter and changes nothing, so the
 * workspace still exports and imports afterwards. A running clock at the very end stops there.
 */
import { describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createClock, MAX_TIME_MS } from '../../src/workspace/clock.js';

const LAST = '9999-12-31T23:59:59.999Z';

async function ok(res: Promise<Response> | Response, status = 200): Promise<Response> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r;
}

async function clockNow(api: TestApi): Promise<string> {
  return (await ok(api.get('/__sandbox/clock'))).body.data.now;
}

async function stillSaves(api: TestApi): Promise<void> {
  const snapshot = (await ok(api.get('/__sandbox/state'))).body;
  await ok(api.as('test_copy').put('/__sandbox/state').send(snapshot));
  await ok(api.get('/v2/teams'));
  await ok(api.get('/contacts'));
}

describe('clock bounds', () => {
  it('sets the clock to the last millisecond of year 9999, and refuses to advance past it', async () => {
    const api = await createTestApi({ seedData: false });
    await ok(api.post('/__sandbox/clock').send({ action: 'freeze' }));
    await ok(api.post('/__sandbox/clock').send({ action: 'set', at: LAST }));
    expect(await clockNow(api)).toBe(LAST);
    const res = await api.post('/__sandbox/clock/advance').send({ seconds: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('seconds');
    expect(res.body.error.message).toContain('0000-9999');
    expect(await clockNow(api)).toBe(LAST);
    await stillSaves(api);
  });

  it('refuses repeated year-long advances once they would pass year 9999', async () => {
    const api = await createTestApi({ seedData: false });
    await ok(api.post('/__sandbox/clock').send({ action: 'freeze' }));
    await ok(api.post('/__sandbox/clock').send({ action: 'set', at: '9999-06-01T00:00:00.000Z' }));
    const res = await api.post('/__sandbox/clock/advance').send({ seconds: 31_536_000 });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('seconds');
    expect(await clockNow(api)).toBe('9999-06-01T00:00:00.000Z');
    await stillSaves(api);
  });

  it.each([
    ['a five-digit year', '+010000-01-01T00:00:00.000Z'],
    ['a date that is no date', 'tomorrow'],
    ['a negative year', '-000001-01-01T00:00:00.000Z'],
  ])('refuses to set %s, naming at', async (_name, at) => {
    const api = await createTestApi({ seedData: false });
    await ok(api.post('/__sandbox/clock').send({ action: 'freeze' }));
    const before = await clockNow(api);
    const res = await api.post('/__sandbox/clock').send({ action: 'set', at });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('at');
    expect(await clockNow(api)).toBe(before);
    await stillSaves(api);
  });

  it('refuses them in the handler too, when request validation is off', async () => {
    const api = await createTestApi({ seedData: false, validation: 'off' });
    await ok(api.post('/__sandbox/clock').send({ action: 'freeze' }));
    const before = await clockNow(api);
    for (const at of ['+275760-09-13T00:00:00.000Z', 'not a date']) {
      const res = await api.post('/__sandbox/clock').send({ action: 'set', at });
      expect(res.status, at).toBe(400);
      expect(res.body.error.param).toBe('at');
    }
    const res = await api.post('/__sandbox/clock/advance').send({ seconds: 1e300 });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('seconds');
    expect(await clockNow(api)).toBe(before);
    await stillSaves(api);
  });

  it('a running clock at the end of year 9999 stops there', () => {
    let real = 0;
    const clock = createClock({ startAt: MAX_TIME_MS - 5, source: () => real });
    real = 1000;
    expect(clock.now()).toBe(MAX_TIME_MS);
    expect(clock.isoNow()).toBe(LAST);
    expect(() => clock.set(MAX_TIME_MS + 1)).toThrow(RangeError);
    expect(() => clock.set(Number.NaN)).toThrow(RangeError);
    expect(clock.now()).toBe(MAX_TIME_MS);
  });
});
