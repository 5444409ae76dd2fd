// The services tell their listeners what changes on its own (the search
// index loading or failing), so the page does not poll; every payload is
// checked against the contract before it leaves.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readerEvents, type ReaderEvent } from '../../../common/api';
import { createEventsClient } from '../../../common/client';
import { COLLECTION_FILES } from '../../../common/collection';
import { createReaderServices, type ReaderServices } from '../../../main/services';
import { article, writeCollection } from '../../support/collection-fixture';
import { makeTempDir } from '../../support/temp-dir';

const open: ReaderServices[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

async function start(contentDir: string) {
  const userDataDir = await makeTempDir('reader-events-');
  folders.push(contentDir, userDataDir);
  const services = await createReaderServices({ contentDir, userDataDir, log: () => undefined });
  open.push(services);
  return services;
}

function record(services: ReaderServices) {
  const heard: Array<{ event: ReaderEvent; payload: unknown }> = [];
  services.events.subscribe((event, payload) => heard.push({ event, payload }));
  return heard;
}

describe('reader events', () => {
  it('tells listeners when the search index is ready, with a payload the contract accepts', async () => {
    const services = await start(
      await writeCollection([article('tea', 'Tea', ['Green tea and black tea.'])]),
    );
    const heard = record(services);
    await expect
      .poll(() => heard.at(-1)?.payload, { timeout: 10_000 })
      .toMatchObject({
        state: 'ready',
        documents: 1,
      });
    for (const { event, payload } of heard) {
      expect(event).toBe('searchStatusChanged');
      expect(readerEvents[event].safeParse(payload).success).toBe(true);
    }
    // What the event said is what the method says.
    expect(await services.api.getSearchStatus()).toEqual(heard.at(-1)?.payload);
  });

  it('tells listeners when the index cannot be loaded or rebuilt', async () => {
    const dir = await writeCollection([article('tea', 'Tea', ['Green tea.'])]);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, COLLECTION_FILES.searchIndex), 'not an index');
    await writeFile(join(dir, COLLECTION_FILES.articlesDir, 'tea.json'), 'not an article');
    const services = await start(dir);
    const heard = record(services);
    await expect
      .poll(() => (heard.at(-1)?.payload as { state?: string } | undefined)?.state, {
        timeout: 10_000,
      })
      .toBe('failed');
  });

  it('stops telling a listener that unsubscribed', async () => {
    const services = await start(
      await writeCollection([article('tea', 'Tea', ['Green tea and black tea.'])]),
    );
    const heard: unknown[] = [];
    const stop = services.events.subscribe((_event, payload) => heard.push(payload));
    stop();
    await expect.poll(async () => (await services.api.getSearchStatus()).state).toBe('ready');
    expect(heard).toEqual([]);
  });
});

describe('the page side of events', () => {
  it('passes on payloads that match the contract and reports the rest', () => {
    const deliver = new Map<string, (payload: unknown) => void>();
    const problems: string[] = [];
    const client = createEventsClient(
      (event, listener) => {
        deliver.set(event, listener);
        return () => deliver.delete(event);
      },
      (event, problem) => problems.push(`${event}: ${problem}`),
    );
    const heard: unknown[] = [];
    client.on('searchStatusChanged', (status) => heard.push(status));
    deliver.get('searchStatusChanged')!({ state: 'indexing', done: 3, total: 10 });
    deliver.get('searchStatusChanged')!({ state: 'indexing', done: -1 });
    deliver.get('searchStatusChanged')!('<img src=x onerror=alert(1)>');
    expect(heard).toEqual([{ state: 'indexing', done: 3, total: 10 }]);
    expect(problems).toHaveLength(2);
  });
});
