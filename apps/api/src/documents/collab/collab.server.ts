import { COLLAB_COOKIE_TOKEN, COLLAB_PATH, DocumentPermission, DocumentSignal, READ_ONLY_NOTICE, UuidSchema } from '@cocrea/contracts';
import { permits } from '@cocrea/domain';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Hocuspocus } from '@hocuspocus/server';
import type { Connection, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import { AuthService } from '../../auth';
import type { AuthenticatedUser } from '../../auth';
import { handshakeTokenFrom, sameOriginHandshake } from '../../auth';
import { AppException } from '../../common/problem';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { outageTolerantRedis } from '../../scale/redis-client';
import { DocumentAccess } from '../document-access.service';
import { CoalescedBroadcast } from './coalesced-broadcast';
import { CollabPersistence } from './collab-persistence';
import {
  changesDocument,
  CollabClose,
  declaresForeignName,
  GuardViolation,
  insertedCharacters,
  inspectMessage,
  MAX_MESSAGE_BYTES,
  peekMessage,
} from './message-guard';

/** The socket id Hocuspocus gives the stores of its direct (server-side) connections. */
const DIRECT_CONNECTION = 'server';
/** The transaction origin of updates that the Redis extension applies from another api instance. */
export const REDIS_ORIGIN = '__hocuspocus__redis__origin__';

/**
 * Hocuspocus's Redis extension used for fan-out only. Its store lock (Redlock) serves servers that each store the
 * whole document; here each instance stores only the updates applied on it (the others skip REDIS_ORIGIN), so no
 * cross-instance mutex is needed, and a lock that is busy (the other instance storing) or unreachable (Redis down)
 * would throw and stop the store hook chain before our own store ran. Without a lock, afterStoreDocument only keeps
 * its delay for direct connections.
 */
export class CoeditFanout extends RedisExtension {
  override onStoreDocument(): Promise<void> {
    return Promise.resolve();
  }

  /** Disconnects without Redlock's QUIT, which would wait for a Redis that is down and hold up the shutdown. */
  override onDestroy(): Promise<void> {
    this.pub.disconnect(false);
    this.sub.disconnect(false);
    return Promise.resolve();
  }
}

/** Above the Redis extension's 1000: recording and storing run first, so they never wait on Redis. */
export const PERSISTENCE_PRIORITY = 2000;

/** What a co-editing connection carries after authentication. */
export interface CollabContext {
  user?: AuthenticatedUser;
  permission?: DocumentPermission;
  /** The login token, to re-check the session before writes. */
  token?: string;
  /** When session and permission were last confirmed (ms since epoch). */
  checkedAt?: number;
  /** The re-check in flight: the writes that arrive meanwhile wait for it rather than each starting their own. */
  rechecking?: Promise<void>;
}

/** What one socket did before authentication (it may multiplex several documents). */
interface SocketState {
  authenticated: Set<string>;
  /** Documents this socket was refused: a message for one of them closes it. */
  refused: Set<string>;
  unauthenticatedMessages: number;
  unauthenticatedBytes: number;
}

/** Messages a socket may send for documents it has not authenticated yet (Hocuspocus queues them in memory). */
export const MAX_UNAUTHENTICATED_MESSAGES = 64;
export const MAX_UNAUTHENTICATED_BYTES = 2 * MAX_MESSAGE_BYTES;
/** How long a write trusts the last session/permission check before it starts a re-check (and goes on). */
export const RECHECK_AFTER_MS = 5000;
/**
 * While re-checks run or the database fails them, a confirmation stays trusted for this many re-check periods
 * (60 s); writes wait for a re-check only past that. A logout closes the sockets at once anyway.
 */
export const TRUSTED_RECHECK_PERIODS = 12;
/** Tries of a re-check whose database call fails (a pool timeout, a dropped connection) before the socket is reset. */
export const RECHECK_TRIES = 3;
/** Wait before the next try of a failed re-check, times the number of the try. */
export const RECHECK_RETRY_MS = 200;

/** The transaction origin of server-side changes (accepted proposals, restores) credited to a person. */
export interface ServerEdit {
  personId: string | null;
}

/**
 * The Hocuspocus server inside the Nest process, on the api's own HTTP server at COLLAB_PATH (Socket.IO keeps its
 * path; upgrades are routed by path). Each document's connection is authenticated from the session cookie or a
 * bearer token, checked for Origin, and given the caller's permission: only `edit` writes; `propose` and `read`
 * are read-only connections. Every incoming message is validated before Hocuspocus applies it.
 */
@Injectable()
export class CollabServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CollabServer.name);
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: 2 * MAX_MESSAGE_BYTES });
  private readonly socketStates = new WeakMap<IncomingMessage, SocketState>();
  /** A socket that has authenticated no document by then is closed (tests shorten it). */
  authDeadlineMs = 10_000;
  /** How long a write trusts the last session/permission check (tests set 0). */
  recheckAfterMs = RECHECK_AFTER_MS;
  private httpServer?: Server;
  private stopListening?: () => void;
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(request, socket, head);
  private readonly storedListeners = new Set<(documentId: string) => void>();
  readonly hocuspocus: Hocuspocus;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly access: DocumentAccess,
    private readonly persistence: CollabPersistence,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const redisUrl = config.redisUrl;
    this.hocuspocus = new Hocuspocus({
      name: 'cocrea-collab',
      quiet: true,
      // Several api instances: a document's updates and carets reach its editors on every instance through Redis.
      extensions: [
        this.broadcastHooks(),
        this.persistenceHooks(),
        ...(redisUrl
          ? [new CoeditFanout({ prefix: 'cocrea-collab', createClient: () => outageTolerantRedis(redisUrl, this.logger) })]
          : []),
      ],
      debounce: 1000,
      maxDebounce: 5000,
      onAuthenticate: (payload) => this.authenticate(payload),
      // Hocuspocus applies a message only once this resolves (Connection.handleMessage); every message, including those
      // queued before authentication, passes here. A throw closes the socket with the violation's code.
      beforeHandleMessage: async ({ update, connection, document, documentName, context }) => {
        try {
          const message = inspectMessage(update);
          // Carets show the name the client declares: it must be the person's own, as the server knows it.
          const me = (context as CollabContext).user?.me;
          if (declaresForeignName(message.awareness, document.awareness.meta, me?.name)) {
            throw new GuardViolation(CollabClose.badMessage, 'awareness-name');
          }
          if (!message.update) return;
          if (connection.readOnly) {
            // Hocuspocus answers a read-only connection's update with a failed sync status and never applies it; the
            // client is told why, so that it does not wait for an edit that will never be saved.
            if (changesDocument(document, message.update)) {
              this.logger.warn(`dropped an edit from a read-only connection to ${documentName}`);
              connection.sendStateless(READ_ONLY_NOTICE);
            }
            return;
          }
          await this.recheck(connection, context as CollabContext, documentName);
        } catch (error) {
          throw this.closeFor(connection, documentName, error);
        }
      },
      onLoadDocument: async ({ document, documentName }) => {
        await this.persistence.load(documentName, document);
        return document;
      },
    });
  }

  /**
   * Editors' updates are broadcast, recorded and scheduled for storing once per event-loop turn (CoalescedBroadcast);
   * what is queued is handed on before a document is stored or unloaded. First, so that the other hooks see it.
   */
  private broadcastHooks(): Extension {
    return {
      extensionName: 'cocrea-coalesced-broadcast',
      priority: PERSISTENCE_PRIORITY + 1,
      afterLoadDocument: async ({ document, documentName }) => {
        if (!CoalescedBroadcast.install(document))
          this.logger.warn(`co-editing ${documentName}: updates are broadcast one by one (unexpected document listeners)`);
      },
      onStoreDocument: async ({ document }) => CoalescedBroadcast.flush(document),
      beforeUnloadDocument: async ({ document }) => CoalescedBroadcast.flush(document),
    };
  }

  /** Recording and storing of co-edits, as an extension so that they run before (and never depend on) the Redis fan-out. */
  private persistenceHooks(): Extension {
    return {
      extensionName: 'cocrea-persistence',
      priority: PERSISTENCE_PRIORITY,
      onChange: async ({ update, context, documentName, transactionOrigin }) => {
        // Typed on another instance: that instance stores it (and credits its author) once.
        if (transactionOrigin === REDIS_ORIGIN) return;
        const personId = (context as CollabContext).user?.me.id ?? (transactionOrigin as ServerEdit | undefined)?.personId ?? null;
        this.persistence.record(documentName, personId, insertedCharacters(update));
      },
      onStoreDocument: async ({ document, documentName, socketId }) => {
        // Never rejects: Hocuspocus runs debounced stores from a timer without awaiting them, and a failed one keeps its updates queued.
        const stored = await this.persistence.store(documentName, document);
        // Server-side changes (accepted proposals, restores) take their own version; only people's typing is snapshotted.
        if (stored && socketId !== DIRECT_CONNECTION) for (const listener of this.storedListeners) listener(documentName);
      },
    };
  }

  onApplicationBootstrap(): void {
    this.httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.httpServer.on('upgrade', this.onUpgrade);
    this.stopListening = this.auth.onLogout((sessionId) => this.disconnectSession(sessionId));
  }

  /**
   * Closes the sockets of a login session that ended (logout), as the live rooms do: a provider that reconnects with
   * the same token is refused.
   */
  disconnectSession(sessionId: string): void {
    for (const document of this.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        if ((connection.context as CollabContext).user?.sessionId === sessionId)
          connection.webSocket.close(CollabClose.sessionEnded, 'session-ended');
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopListening?.();
    this.httpServer?.off('upgrade', this.onUpgrade);
    // Store while every document is still loaded: closing the connections makes Hocuspocus store and unload them
    // without awaiting, so a store it started could outlive the database.
    await this.flush();
    this.hocuspocus.closeConnections();
    for (const client of this.sockets.clients) client.terminate();
    await this.flush();
    // A document Hocuspocus did not unload (one a refused socket made it load) keeps its awareness timer running,
    // which would hold the process open after shutdown.
    for (const document of this.hocuspocus.documents.values()) document.destroy();
    this.hocuspocus.documents.clear();
    // Closes the Redis extension's clients (a no-op without extensions).
    await this.hocuspocus.hooks('onDestroy', { instance: this.hocuspocus });
  }

  /**
   * Stores every loaded document's queued updates now (shutdown, tests), each under the document's save mutex so a
   * store Hocuspocus already started is awaited rather than raced.
   */
  async flush(): Promise<void> {
    for (const [name, document] of [...this.hocuspocus.documents]) {
      CoalescedBroadcast.flush(document);
      await document.saveMutex.runExclusive(() => this.persistence.store(name, document));
    }
  }

  /** Called after each store that wrote new updates of a document (automatic snapshots listen). */
  onStored(listener: (documentId: string) => void): void {
    this.storedListeners.add(listener);
  }

  /** Tells a document's clients to refetch one of its lists (proposals, observations, versions). */
  signal(documentId: string, what: DocumentSignal): void {
    this.hocuspocus.documents.get(documentId)?.broadcastStateless(what);
  }

  /**
   * Changes a document on the server, as `personId` (credited in the contributions), with the same loading,
   * broadcast and persistence as a client's edit.
   */
  async change<T>(documentId: string, personId: string | null, edit: (doc: Y.Doc) => T): Promise<T> {
    const connection = await this.hocuspocus.openDirectConnection(documentId, {});
    try {
      let result!: T;
      await connection.transact((doc) => {
        doc.transact(
          () => {
            result = edit(doc);
          },
          { personId } satisfies ServerEdit,
        );
      });
      return result;
    } finally {
      await connection.disconnect();
    }
  }

  /** Reads a document's live state (loaded from the database when no one has it open). */
  async read<T>(documentId: string, view: (doc: Y.Doc) => T): Promise<T> {
    const loaded = this.hocuspocus.documents.get(documentId);
    if (loaded) return view(loaded);
    const connection = await this.hocuspocus.openDirectConnection(documentId, {});
    try {
      return view(connection.document as Y.Doc);
    } finally {
      await connection.disconnect();
    }
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (request.url ?? '').split('?')[0];
    if (path !== COLLAB_PATH && !path.startsWith(`${COLLAB_PATH}/`)) return;
    if (!sameOriginHandshake(request.headers)) {
      this.logger.warn(`refused a co-editing socket from origin ${request.headers.origin ?? '?'}`);
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    this.sockets.handleUpgrade(request, socket, head, (ws) => {
      const state: SocketState = { authenticated: new Set(), refused: new Set(), unauthenticatedMessages: 0, unauthenticatedBytes: 0 };
      this.socketStates.set(request, state);
      const close = (code: number, reason: string) => {
        this.logger.warn(`closing a co-editing socket: ${reason}`);
        ws.close(code, reason);
      };
      const deadline = setTimeout(() => {
        if (state.authenticated.size === 0) close(CollabClose.authTimeout, 'authentication-timeout');
      }, this.authDeadlineMs);
      deadline.unref();
      ws.once('close', () => clearTimeout(deadline));
      // Runs before Hocuspocus's own listener, which still sees the message: this only bounds what it queues for
      // documents not yet authenticated; beforeHandleMessage is what keeps bad messages from being applied.
      ws.on('message', (data: Buffer) => {
        try {
          const { documentName } = peekMessage(data);
          if (state.refused.has(documentName)) return close(CollabClose.forbidden, 'refused-document');
          if (state.authenticated.has(documentName)) return;
          state.unauthenticatedMessages += 1;
          state.unauthenticatedBytes += data.length;
          if (state.unauthenticatedMessages > MAX_UNAUTHENTICATED_MESSAGES || state.unauthenticatedBytes > MAX_UNAUTHENTICATED_BYTES) {
            close(CollabClose.tooManyUnauthenticated, 'too-many-unauthenticated-messages');
          }
        } catch (error) {
          const violation = error instanceof GuardViolation ? error : new GuardViolation(CollabClose.badMessage, 'bad-message');
          close(violation.code, violation.reason);
        }
      });
      ws.on('error', (error) => this.logger.warn(`co-editing socket error: ${error.message}`));
      this.hocuspocus.handleConnection(ws, request);
    });
  }

  /**
   * Closes a connection for a failed message and returns the violation Hocuspocus closes it with. Only the guard's
   * own violations are the client's fault; anything else is the server's (4500), and the provider reconnects.
   */
  private closeFor(connection: Connection, documentName: string, error: unknown): GuardViolation {
    const violation = error instanceof GuardViolation ? error : new GuardViolation(CollabClose.serverError, 'server-error');
    if (!(error instanceof GuardViolation)) this.logger.error(`co-editing message of ${documentName} failed: ${String(error)}`);
    this.logger.warn(`closing a co-editing socket (${documentName}): ${violation.reason}`);
    connection.webSocket.close(violation.code, violation.reason);
    return violation;
  }

  /**
   * Before a write, confirms that the login session is still valid and still gives `edit`: an expired session or a
   * lost role closes the socket with 4401 / 4403. A confirmation is trusted for RECHECK_AFTER_MS; the first write
   * after that starts a re-check and goes on while it runs, and only writes past TRUSTED_RECHECK_PERIODS wait for
   * one. One re-check per connection at a time: a long document's burst of writes once started one each, thousands
   * of queries queued for the database pool, and their timeouts closed the socket as a bad message.
   */
  private recheck(connection: Connection, context: CollabContext, documentName: string): Promise<void> | undefined {
    const age = context.checkedAt === undefined ? Infinity : performance.now() - context.checkedAt;
    if (age < this.recheckAfterMs) return undefined;
    if (!context.rechecking) {
      const rechecking = this.confirm(context, documentName).finally(() => {
        context.rechecking = undefined;
      });
      // A re-check no write waits for: a session that ended closes the socket; the database failing leaves the
      // confirmation to age, so that later writes wait for (and retry) the next one.
      rechecking.catch((error: unknown) => {
        if (error instanceof GuardViolation) this.closeFor(connection, documentName, error);
        else this.logger.warn(`re-checking a co-editing session of ${documentName} failed: ${String(error)}`);
      });
      context.rechecking = rechecking;
    }
    return age < TRUSTED_RECHECK_PERIODS * this.recheckAfterMs ? undefined : context.rechecking;
  }

  /** The re-check, retried when the database fails rather than answers: that is no fault of the client's. */
  private async confirm(context: CollabContext, documentName: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.confirmOnce(context, documentName);
        return;
      } catch (error) {
        if (error instanceof GuardViolation || attempt >= RECHECK_TRIES) throw error;
        this.logger.warn(`re-checking a co-editing session of ${documentName} failed (try ${attempt}): ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, RECHECK_RETRY_MS * attempt));
      }
    }
  }

  private async confirmOnce(context: CollabContext, documentName: string): Promise<void> {
    const user = context.token ? await this.auth.authenticate(context.token, { fresh: true }) : null;
    if (!user) throw new GuardViolation(CollabClose.sessionEnded, 'session-ended');
    let permission: DocumentPermission | null = null;
    try {
      permission = (await this.access.context(user.me, documentName)).permission;
    } catch (error) {
      if (!(error instanceof AppException)) throw error;
    }
    if (!permission || !permits(permission, 'edit')) throw new GuardViolation(CollabClose.forbidden, 'forbidden');
    context.checkedAt = performance.now();
  }

  private async authenticate(payload: onAuthenticatePayload): Promise<CollabContext> {
    const { documentName, request, requestHeaders, connectionConfig } = payload;
    const refuse = (why: string): never => {
      this.socketStates.get(request)?.refused.add(documentName);
      this.logger.warn(`refused co-editing ${documentName}: ${why}`);
      throw new Error(why);
    };
    if (!sameOriginHandshake(requestHeaders)) refuse('foreign origin');
    if (!UuidSchema.safeParse(documentName).success) refuse('not a document id');
    const token = handshakeTokenFrom(requestHeaders, payload.token === COLLAB_COOKIE_TOKEN ? undefined : payload.token);
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user) return refuse('unauthenticated');
    let permission: DocumentPermission | null = null;
    try {
      permission = (await this.access.context(user.me, documentName)).permission;
    } catch (error) {
      if (!(error instanceof AppException)) throw error;
    }
    if (!permission) return refuse('not allowed');
    connectionConfig.readOnly = !permits(permission, 'edit');
    this.socketStates.get(request)?.authenticated.add(documentName);
    return { user, permission, token, checkedAt: performance.now() } satisfies CollabContext;
  }
}
