/**
 * The AsyncAPI 3 description of the api's live events, served beside the OpenAPI one at /api/docs/asyncapi.json:
 * the Socket.IO namespaces `/live` (members' session rooms) and `/public` (the portal's live view), and the
 * co-editing socket `/collab` (Hocuspocus/Yjs). Event names come from libs/contracts and payload schemas from the
 * same generated contract schemas as the REST responses, so neither can drift from the code.
 */
import {
  COLLAB_COOKIE_TOKEN,
  COLLAB_PATH,
  DOCUMENT_FIELD,
  DOCUMENT_SIGNALS,
  LIVE_NAMESPACE,
  LiveEvents,
  PUBLIC_LIVE_NAMESPACE,
  PublicLiveEvents,
  READ_ONLY_NOTICE,
  SESSION_COOKIE,
} from '@cocrea/contracts';
import { RESPONSE_SCHEMAS, schemasReachedFrom, type JsonSchema } from './response-schemas';

export const ASYNCAPI_PATH = '/api/docs/asyncapi.json';

/** Contract types sent over the live sockets; the generator names them so their schemas are written. */
export const LIVE_PAYLOAD_TYPES = [
  'LiveJoinRequest',
  'JoinAck',
  'MeetingState',
  'MeetingChange',
  'PollState',
  'CastBallotRequest',
  'CastBallotAck',
  'PublicJoinAck',
  'PublicLiveItem',
  'PublicPoll',
] as const;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const MEETING_ID = { type: 'object', properties: { meetingId: { type: 'string', format: 'uuid' } }, required: ['meetingId'] };

/** A Socket.IO event: its name is the first argument of `emit`, its payload the second. */
function event(name: string, title: string, summary: string, payload: object) {
  return { name, title, summary, contentType: 'application/json', payload };
}

const messages = {
  meetingJoin: event(
    LiveEvents.join,
    'Join a session’s room',
    'Sent with an acknowledgement callback. With `version`, a rejoin gets nothing, the changes since, or the full state.',
    ref('LiveJoinRequest'),
  ),
  meetingJoinAck: event(
    `${LiveEvents.join} (ack)`,
    'Answer to a join',
    'The acknowledgement of `meeting:join`, sent after the state or changes it announces in `sent`.',
    ref('JoinAck'),
  ),
  meetingLeave: event(LiveEvents.leave, 'Leave a session’s room', 'No acknowledgement.', MEETING_ID),
  meetingState: event(
    LiveEvents.state,
    'A session’s full state',
    'On a join that changes cannot answer, and after a command that declares no change of its own.',
    ref('MeetingState'),
  ),
  meetingChange: event(
    LiveEvents.change,
    'A small change of a session',
    'Roll-call rows and quorum, to apply to the state of version `from`; otherwise rejoin with the version held.',
    ref('MeetingChange'),
  ),
  pollState: event(
    LiveEvents.poll,
    'A poll of the session',
    'Counts, the running tally when the poll does not hide it, and the result at the close.',
    ref('PollState'),
  ),
  pollCast: event(
    LiveEvents.cast,
    'Cast a ballot',
    'Sent with an acknowledgement callback: the body of `POST /api/polls/{pollId}/ballots` (castBallot) and `pollId`. The same checks, receipts and retries by `idempotencyKey` as that route, over the signed-in socket.',
    ref('CastBallotRequest'),
  ),
  pollCastAck: event(
    `${LiveEvents.cast} (ack)`,
    'Answer to a ballot',
    'Sent only once the ballot is stored (`ok: true` with its receipt) or refused (`ok: false` with the problem castBallot would answer, its HTTP `status` included). A ballot answered 5xx was not stored: send it again with the same key.',
    ref('CastBallotAck'),
  ),
  publicJoin: event(PublicLiveEvents.join, 'Follow a session on the portal', 'Sent with an acknowledgement callback.', MEETING_ID),
  publicJoinAck: event(
    `${PublicLiveEvents.join} (ack)`,
    'Answer to a public join',
    'The acknowledgement of `public:join`; `rate_limited` counts against the address’s public budget.',
    ref('PublicJoinAck'),
  ),
  publicLeave: event(PublicLiveEvents.leave, 'Stop following a session', 'No acknowledgement.', MEETING_ID),
  publicItem: event(
    PublicLiveEvents.item,
    'Status and current agenda item',
    'On join and on every change of the session.',
    ref('PublicLiveItem'),
  ),
  publicResult: event(
    PublicLiveEvents.result,
    'A poll’s result',
    'Once the poll is closed: totals only for a secret poll, never a running tally.',
    ref('PublicPoll'),
  ),
  yjsSync: {
    name: 'yjs-sync',
    title: 'Yjs sync and awareness',
    summary: 'The Hocuspocus binary protocol (sync steps, updates, awareness), framed by document name.',
    contentType: 'application/octet-stream',
    payload: { type: 'string', format: 'binary' },
  },
  readOnlyNotice: {
    name: 'stateless',
    title: 'Read-only notice',
    summary: `The stateless message \`${READ_ONLY_NOTICE}\`, sent to a read-only connection each time the server drops one of its edits.`,
    contentType: 'text/plain',
    payload: { type: 'string', const: READ_ONLY_NOTICE },
  },
  documentSignal: {
    name: 'stateless',
    title: 'Refetch a list',
    summary: 'A stateless message broadcast to a document’s clients: refetch its proposals, observations or versions.',
    contentType: 'text/plain',
    payload: { type: 'string', enum: [...DOCUMENT_SIGNALS] },
  },
};

const LIVE_AUTH = `The handshake carries the session token: Socket.IO's \`auth: { token }\`, an \`Authorization: Bearer\` header, or the browser's \`${SESSION_COOKIE}\` cookie. A browser's handshake must come from the installation's own origin. A refused handshake fails with the error \`unauthenticated\`, \`forbidden\` or \`unavailable\`; each join checks the session and the person's access to the session again.`;

const COLLAB_TEXT = `Hocuspocus (Yjs) over a plain WebSocket at \`${COLLAB_PATH}\`. The document name is the document's id (\`GET /api/documents\`), the text is the Y.XmlFragment \`${DOCUMENT_FIELD}\`. Authenticate with the session token as the provider's \`token\`; a browser sends \`${COLLAB_COOKIE_TOKEN}\` and its session cookie is read instead. The authentication reply's scope is \`read-write\` for people who may edit and \`readonly\` for those who may only propose or read: their edits are never applied, and each dropped edit is answered with the stateless message \`${READ_ONLY_NOTICE}\` (they propose changes through \`POST /api/documents/{documentId}/proposals\`). A refused document closes with code 4403; an ended session with 4401.`;

/** OpenAPI 3.0's `nullable` written as JSON Schema (which AsyncAPI schemas are): `type: [T, 'null']` or a null branch. */
function toJsonSchema(schema: JsonSchema): object {
  const { nullable, properties, items, additionalProperties, oneOf, allOf, ...rest } = schema;
  const out: Record<string, unknown> = { ...rest };
  if (properties) out['properties'] = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, toJsonSchema(value)]));
  if (items) out['items'] = toJsonSchema(items);
  if (additionalProperties !== undefined) {
    out['additionalProperties'] = typeof additionalProperties === 'boolean' ? additionalProperties : toJsonSchema(additionalProperties);
  }
  if (oneOf) out['oneOf'] = oneOf.map(toJsonSchema);
  if (allOf) out['allOf'] = allOf.map(toJsonSchema);
  if (!nullable) return out;
  if (oneOf || allOf) {
    delete out['type'];
    const branches = oneOf ? oneOf.map(toJsonSchema) : [{ allOf: allOf?.map(toJsonSchema) }];
    delete out['allOf'];
    return { ...out, oneOf: [...branches, { type: 'null' }] };
  }
  return { ...out, type: [rest.type, 'null'], ...(rest.enum ? { enum: [...rest.enum, null] } : {}) };
}

const channelRef = (name: string) => ({ $ref: `#/channels/${name}` });
const messageRef = (channel: string, name: string) => ({ $ref: `#/channels/${channel}/messages/${name}` });

function operation(action: 'send' | 'receive', channel: string, message: string, summary: string, extra: object = {}) {
  return { action, channel: channelRef(channel), summary, messages: [messageRef(channel, message)], ...extra };
}

/** The portal's live view needs none. */
const NO_CREDENTIALS: never[] = [];
const SIGNED_IN = [{ $ref: '#/components/securitySchemes/bearer' }, { $ref: '#/components/securitySchemes/sessionCookie' }];

export function asyncApiDocument(): object {
  const channelMessages = (names: (keyof typeof messages)[]) =>
    Object.fromEntries(names.map((name) => [name, { $ref: `#/components/messages/${name}` }]));
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Cocrea live events',
      version: '1.0',
      description:
        'Live updates of formal sessions (Socket.IO 4) and co-editing of documents (Hocuspocus 3 / Yjs). The REST api is described at /api/docs/openapi.json.',
      license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
    },
    defaultContentType: 'application/json',
    servers: {
      socketio: {
        host: '{host}',
        protocol: 'ws',
        pathname: '/socket.io',
        description:
          'Socket.IO 4 (Engine.IO v4) on the installation’s own HTTP server; connect to a namespace with a stock `socket.io-client`.',
        variables: { host: { default: 'localhost:3000', description: 'The installation’s host and port.' } },
      },
      collab: {
        host: '{host}',
        protocol: 'ws',
        pathname: COLLAB_PATH,
        description: 'Hocuspocus 3 on the installation’s own HTTP server; connect with a stock `@hocuspocus/provider`.',
        variables: { host: { default: 'localhost:3000', description: 'The installation’s host and port.' } },
      },
    },
    channels: {
      live: {
        address: LIVE_NAMESPACE,
        title: 'Session rooms',
        description: `The members' live room of each session (one Socket.IO room per session, at most a few per socket). ${LIVE_AUTH}`,
        servers: [{ $ref: '#/servers/socketio' }],
        messages: channelMessages([
          'meetingJoin',
          'meetingJoinAck',
          'meetingLeave',
          'meetingState',
          'meetingChange',
          'pollState',
          'pollCast',
          'pollCastAck',
        ]),
      },
      public: {
        address: PUBLIC_LIVE_NAMESPACE,
        title: 'Public live view',
        description:
          'The portal’s live view of a session, with no credentials: the current agenda item and each poll’s result once closed. Joins count against the address’s public rate limit.',
        servers: [{ $ref: '#/servers/socketio' }],
        messages: channelMessages(['publicJoin', 'publicJoinAck', 'publicLeave', 'publicItem', 'publicResult']),
      },
      collab: {
        address: COLLAB_PATH,
        title: 'Co-editing a document',
        description: COLLAB_TEXT,
        servers: [{ $ref: '#/servers/collab' }],
        messages: channelMessages(['yjsSync', 'readOnlyNotice', 'documentSignal']),
      },
    },
    operations: {
      joinMeeting: operation('send', 'live', 'meetingJoin', 'Join a session’s room', {
        security: SIGNED_IN,
        reply: { channel: channelRef('live'), messages: [messageRef('live', 'meetingJoinAck')] },
      }),
      leaveMeeting: operation('send', 'live', 'meetingLeave', 'Leave a session’s room', { security: SIGNED_IN }),
      receiveMeetingState: operation('receive', 'live', 'meetingState', 'Receive a session’s full state', { security: SIGNED_IN }),
      receiveMeetingChange: operation('receive', 'live', 'meetingChange', 'Receive a small change of a session', { security: SIGNED_IN }),
      receivePollState: operation('receive', 'live', 'pollState', 'Receive a poll’s state', { security: SIGNED_IN }),
      castBallotLive: operation('send', 'live', 'pollCast', 'Cast a ballot over the live socket', {
        security: SIGNED_IN,
        reply: { channel: channelRef('live'), messages: [messageRef('live', 'pollCastAck')] },
      }),
      followPublicSession: operation('send', 'public', 'publicJoin', 'Follow a session on the portal', {
        security: NO_CREDENTIALS,
        reply: { channel: channelRef('public'), messages: [messageRef('public', 'publicJoinAck')] },
      }),
      unfollowPublicSession: operation('send', 'public', 'publicLeave', 'Stop following a session', { security: NO_CREDENTIALS }),
      receivePublicItem: operation('receive', 'public', 'publicItem', 'Receive the current agenda item', { security: NO_CREDENTIALS }),
      receivePublicResult: operation('receive', 'public', 'publicResult', 'Receive a closed poll’s result', { security: NO_CREDENTIALS }),
      syncDocument: operation('send', 'collab', 'yjsSync', 'Send Yjs updates and awareness', { security: SIGNED_IN }),
      receiveDocumentUpdates: operation('receive', 'collab', 'yjsSync', 'Receive Yjs updates and awareness', { security: SIGNED_IN }),
      receiveReadOnlyNotice: operation('receive', 'collab', 'readOnlyNotice', 'Learn that an edit was dropped', { security: SIGNED_IN }),
      receiveDocumentSignal: operation('receive', 'collab', 'documentSignal', 'Learn that a list changed', { security: SIGNED_IN }),
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemasReachedFrom(LIVE_PAYLOAD_TYPES.map(ref), RESPONSE_SCHEMAS.schemas)).map(([name, schema]) => [
          name,
          toJsonSchema(schema),
        ]),
      ),
      messages,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The token `POST /api/auth/login` answers: Socket.IO `auth: { token }` or an `Authorization: Bearer` header; the Hocuspocus provider’s `token`.',
        },
        sessionCookie: {
          type: 'httpApiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'A browser’s session cookie, read from the handshake (same origin only).',
        },
      },
    },
  };
}
