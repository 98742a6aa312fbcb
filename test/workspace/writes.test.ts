/**
 * The undo log's building blocks (src/workspace/writes.ts), in process: logged collections put back
 * entries and order, beforeChange puts records back in place, the writes of one workspace run one at a
 * time (so an undo never reaches another write's changes), queued work is its own write, and a fault the
 * handler swallows still refuses the write.
 */
import { describe, expect, it } from 'vitest';
import { InjectedWriteFault, LoggedMap, LoggedSet, WorkspaceWrites, appendLogged, beforeChange } from '../../src/workspace/writes.js';

class Refused extends Error {}

async function refused(writes: WorkspaceWrites, fn: () => unknown): Promise<void> {
  await expect(writes.apply(() => {
    fn();
    throw new Refused();
  })).rejects.toBeInstanceOf(Refused);
}

describe('logged collections', () => {
  it('a map gets back replaced, added and removed entries, in their order when asked to keep it', async () => {
    const writes = new WorkspaceWrites();
    const ordered = LoggedMap.of<string, number>([['a', 1], ['b', 2], ['c', 3]], true);
    const index = LoggedMap.of<string, number>([['a', 1], ['b', 2]]);
    await refused(writes, () => {
      ordered.set('b', 20);
      ordered.delete('a');
      ordered.set('d', 4);
      ordered.delete('c');
      index.delete('a');
      index.set('z', 26);
    });
    expect([...ordered]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    expect(new Map(index)).toEqual(new Map([['a', 1], ['b', 2]]));
  });

  it('a set and a stored list get back their members', async () => {
    const writes = new WorkspaceWrites();
    const set = LoggedSet.of(['x', 'y', 'z'], true);
    const list: readonly string[] = ['one'];
    await refused(writes, () => {
      set.delete('x');
      set.add('w');
      appendLogged(list, 'two');
    });
    expect([...set]).toEqual(['x', 'y', 'z']);
    expect(list).toEqual(['one']);
  });

  it('beforeChange puts a record back in place, nested objects and arrays included', async () => {
    const writes = new WorkspaceWrites();
    const record: Record<string, unknown> = { name: 'Ada', settings: { track: false }, ids: ['a'] };
    const same = record;
    await refused(writes, () => {
      beforeChange(record);
      record.name = 'Grace';
      (record.settings as Record<string, boolean>).track = true;
      (record.ids as string[]).push('b');
      record.added = true;
    });
    expect(record).toBe(same);
    expect(record).toEqual({ name: 'Ada', settings: { track: false }, ids: ['a'] });
  });

  it('changes made outside any write are not logged', async () => {
    const map = new LoggedMap<string, number>();
    map.set('kept', 1);
    await refused(new WorkspaceWrites(), () => undefined);
    expect(map.get('kept')).toBe(1);
  });
});

describe('writes of one workspace', () => {
  it('run one at a time: a later write waits, and an undo never reaches it', async () => {
    const writes = new WorkspaceWrites();
    const map = new LoggedMap<string, string>();
    let release!: () => void;
    const first = writes.apply(async () => {
      map.set('first', 'made');
      await new Promise<void>(resolve => (release = resolve));
      throw new Refused();
    });
    const second = writes.apply(() => {
      map.set('second', 'made');
    });
    await Promise.resolve();
    expect(map.has('second')).toBe(false);
    release();
    await expect(first).rejects.toBeInstanceOf(Refused);
    await second;
    expect([...map.keys()]).toEqual(['second']);
  });

  it('queued work run inside a write is kept when that write is undone', async () => {
    const writes = new WorkspaceWrites();
    const map = new LoggedMap<string, string>();
    await refused(writes, () => {
      map.set('request', 'made');
      writes.detached(() => map.set('job', 'made'));
    });
    expect([...map.keys()]).toEqual(['job']);
  });

  it('the test hook refuses the write even when the handler swallows the fault', async () => {
    const writes = new WorkspaceWrites();
    const map = new LoggedMap<string, number>();
    writes.failNextWriteAfter(1);
    await expect(writes.apply(() => {
      map.set('a', 1);
      try {
        map.set('b', 2);
      } catch {
        // a handler that carries on after an error
      }
      return 'answered';
    })).rejects.toBeInstanceOf(InjectedWriteFault);
    expect(map.size).toBe(0);
    // One write only: the next one goes through.
    await writes.apply(() => map.set('c', 3));
    expect([...map.keys()]).toEqual(['c']);
  });
});
