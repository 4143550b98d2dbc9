import { Logger } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import * as Y from 'yjs';
import type { AuthService } from '../../auth';
import type { AppConfig } from '../../config/config';
import type { DocumentAccess } from '../document-access.service';
import type { CollabPersistence } from './collab-persistence';
import { CoeditFanout, CollabServer } from './collab.server';

/**
 * The Redis fan-out as the co-editing server wires it beside our recording and storing, with Redis unreachable: an
 * update it applies from another instance is that instance's to record, and a store never waits on it.
 */
describe('the co-editing fan-out through Redis', () => {
  const persistence = { record: jest.fn(), store: jest.fn().mockResolvedValue(true), load: jest.fn() };
  const server = new CollabServer(
    {} as HttpAdapterHost,
    {} as AuthService,
    {} as DocumentAccess,
    persistence as unknown as CollabPersistence,
    { redisUrl: 'redis://127.0.0.1:9' } as AppConfig,
  );
  const fanout = server.hocuspocus.configuration.extensions.find((e): e is CoeditFanout => e instanceof CoeditFanout) as CoeditFanout;
  afterAll(() => fanout.onDestroy());
  beforeAll(() => {
    // The fan-out's failed publishes and reconnects are expected here.
    Logger.overrideLogger(false);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  const typed = () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hola');
    return Y.encodeStateAsUpdate(doc);
  };

  // Our hooks run first; the fan-out's publish then waits for Redis, so the chain is left running (and fails on close).
  const change = (transactionOrigin: unknown) => {
    const payload = { update: typed(), document: new Y.Doc(), context: {}, documentName: 'doc', transactionOrigin };
    server.hocuspocus.hooks('onChange', payload as never).catch(() => undefined);
    return new Promise((resolve) => setImmediate(resolve));
  };

  it('records an update typed here, but not one the fan-out applied from another instance', async () => {
    await change({ personId: 'p1' });
    expect(persistence.record).toHaveBeenCalledWith('doc', 'p1', 4);
    persistence.record.mockClear();
    await change(fanout.redisTransactionOrigin);
    expect(persistence.record).not.toHaveBeenCalled();
  });

  it('stores through our persistence first, and completes although Redis cannot be reached', async () => {
    const fanoutStore = jest.spyOn(fanout, 'onStoreDocument');
    const document = new Y.Doc();
    await server.hocuspocus.hooks('onStoreDocument', { document, documentName: 'doc', socketId: 'socket' } as never);
    expect(persistence.store).toHaveBeenCalledWith('doc', document);
    expect(persistence.store.mock.invocationCallOrder[0]).toBeLessThan(fanoutStore.mock.invocationCallOrder[0]);
  });
});
