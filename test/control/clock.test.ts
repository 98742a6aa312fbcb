import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { createClock } from '../../src/workspace/clock.js';
import { createScheduler } from '../../src/workspace/scheduler.js';

describe('POST /__sandbox/clock', () => {
  it('freezes, sets and resumes the workspace clock', async () => {
    const api = await createTestApi();
    const frozen = await api.post('/__sandbox/clock').send({ action: 'freeze' });
    expect(frozen.status).toBe(200);
    expect(frozen.body.data.frozen).toBe(true);
    const set = await api.post('/__sandbox/clock').send({ action: 'set', at: '2030-01-01T00:00:00.000Z' });
    expect(set.body.data).toMatchObject({ now: '2030-01-01T00:00:00.000Z', frozen: true });
    const read = await api.get('/__sandbox/clock');
    expect(read.body.data.now).toBe('2030-01-01T00:00:00.000Z');
    // The API sees the workspace time: a contact created now carries it.
    const team = (await api.get('/v2/teams')).body.data[0];
    const created = await api.post('/v2/contacts').send({ TeamId: team.id, email: 'time.traveller@example.com' });
    expect(created.body.data.createdAt).toBe('2030-01-01T00:00:00.000Z');
    const resumed = await api.post('/__sandbox/clock').send({ action: 'resume' });
    expect(resumed.body.data.frozen).toBe(false);
  });

  it('answers set without at with a 400 naming at', async () => {
    const api = await createTestApi();
    const res = await api.post('/__sandbox/clock').send({ action: 'set' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'missing_required_parameter', param: 'at' });
  });

  it('advances by seconds', async () => {
    const api = await createTestApi();
    await api.post('/__sandbox/clock').send({ action: 'freeze' });
    await api.post('/__sandbox/clock').send({ action: 'set', at: '2030-01-01T00:00:00.000Z' });
    const res = await api.post('/__sandbox/clock/advance').send({ seconds: 90 });
    expect(res.body.data.now).toBe('2030-01-01T00:01:30.000Z');
  });

  it('is per workspace and needs a key of it', async () => {
    const api = await createTestApi();
    expect((await api.as(null).get('/__sandbox/clock')).status).toBe(401);
    expect((await api.as('nope').get('/__sandbox/clock')).status).toBe(401);
    expect((await api.as('sk_sandbox').get('/__sandbox/clock')).status).toBe(200);
  });

  it('serves its own OpenAPI document, and can be switched off', async () => {
    const api = await createTestApi();
    const doc = await api.as(null).get('/__sandbox/openapi.json');
    expect(doc.body.info.title).toBe('sendbox control plane');
    // Switched off, the routes do not exist; the checked client would hold them to the control document.
    const off = await createTestApi({ controlPlane: false });
    const res = await supertest(off.sandbox.app).get('/__sandbox/clock').set('Authorization', 'Bearer sandbox_key');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('route_not_found');
  });
});

describe('the scheduler', () => {
  it('runs jobs in due order, each at its own time, including jobs they schedule', async () => {
    const clock = createClock({ startAt: 0, frozen: true });
    const scheduler = createScheduler(clock);
    const log: string[] = [];
    scheduler.at(3000, 'c', () => log.push(`c@${clock.now()}`));
    scheduler.at(1000, 'a', () => {
      log.push(`a@${clock.now()}`);
      scheduler.after(500, 'b', () => log.push(`b@${clock.now()}`));
    });
    expect(await scheduler.advanceTo(2000)).toBe(2);
    expect(log).toEqual(['a@1000', 'b@1500']);
    expect(clock.now()).toBe(2000);
    await scheduler.advanceTo(10_000);
    expect(log).toEqual(['a@1000', 'b@1500', 'c@3000']);
    expect(scheduler.pending()).toEqual([]);
  });

  it('holds jobs while the clock is frozen', async () => {
    const clock = createClock({ startAt: 0, frozen: true });
    const scheduler = createScheduler(clock);
    let ran = false;
    scheduler.after(10, 'x', () => (ran = true));
    expect(await scheduler.runDue()).toBe(0);
    expect(ran).toBe(false);
  });
});
