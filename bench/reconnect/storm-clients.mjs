// Clients of bench/reconnect in a child process. Each client is a voter in a session's room holding the newest poll
// state (by version) and its ballot's receipt. After a drop it reconnects, joins again and recovers both: on the api
// by the room's join with the session version, the poll's version and the ballot it holds (as the web client does: the
// ack answers the poll if it moved and the ballot's receipt if it was recorded; only a ballot never recorded is sent
// again over REST); on the bare server by the equivalent socket messages.
// IPC in: {type:'start', mode, voters:[{url, personId, token, key}], meetingId, pollId, optionId}
//         {type:'drop', withinMs} {type:'report'} {type:'stop'}
// IPC out: {type:'ready'}, {type:'report', clients:[{receipt, dropAt, reconnectAt, history:[[at, version]], receiptAt}]}
import { io } from 'socket.io-client';

const epochMs = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let clients = [];
let config;

async function rest(client, method, path, body) {
  const response = await fetch(`${client.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${client.token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return response.json();
}

function hold(client, poll) {
  if (poll.id !== config.pollId) return;
  const last = client.history.at(-1);
  if (!last || poll.version > last[1]) client.history.push([epochMs(), poll.version]);
}

/** Join, current state, own receipt: what a client does on every (re)connection. */
async function recover(client) {
  const { socket } = client;
  if (config.mode === 'api') {
    // As the web client does: the join names the session version, the poll's version and the ballot it holds; the ack
    // carries the poll if it moved and the receipt if the ballot was recorded. Only a ballot never recorded is sent again.
    const held = client.history.at(-1)?.[1];
    const ballot = { pollId: config.pollId, memberPersonId: client.personId, idempotencyKey: client.key };
    const ack = await socket.timeout(30_000).emitWithAck('meeting:join', {
      meetingId: config.meetingId,
      ...(client.meetingVersion === undefined ? {} : { version: client.meetingVersion }),
      polls: held === undefined ? {} : { [config.pollId]: held },
      ...(client.receipt === null ? {} : { ballots: [ballot] }),
    });
    // A refused join leaves the socket outside the room: retried like any failed recovery, never taken as one.
    if (!ack.ok) throw new Error(`join refused: ${ack.code}`);
    client.meetingVersion = ack.version;
    for (const poll of ack.polls ?? []) hold(client, poll);
    const recorded = (ack.receipts ?? []).find((r) => r.pollId === config.pollId && r.memberPersonId === client.personId);
    if (recorded) return recorded.receipt;
    const receipt = await rest(client, 'POST', `/api/polls/${config.pollId}/ballots`, {
      memberPersonId: client.personId,
      optionId: config.optionId,
      idempotencyKey: client.key,
    });
    return receipt.receipt;
  }
  hold(client, await socket.timeout(30_000).emitWithAck('join', config.pollId));
  return socket.timeout(30_000).emitWithAck('receipt', client.personId);
}

async function connected(client) {
  // A recovery that fails (a busy server times out) is retried, as a real client would, until it succeeds.
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      const receipt = await recover(client);
      if (client.receipt === null) client.receipt = receipt;
      else if (receipt === client.receipt) client.receiptAt = epochMs();
      else client.wrongReceipt = true;
      return;
    } catch {
      client.errors += 1;
      await sleep(250 + Math.random() * 500);
    }
  }
}

process.on('message', async (message) => {
  if (message.type === 'start') {
    config = message;
    clients = message.voters.map((v) => ({
      ...v,
      receipt: null,
      receiptAt: null,
      dropAt: null,
      reconnectAt: null,
      history: [],
      errors: 0,
      wrongReceipt: false,
    }));
    for (const client of clients) {
      client.socket = io(config.mode === 'api' ? `${client.url}/live` : client.url, {
        transports: ['websocket'],
        forceNew: true,
        auth: { token: client.token },
      });
      client.socket.on('poll:state', (poll) => hold(client, poll));
      // A handshake the server refused (a busy server answers 'unavailable') is not retried by Socket.IO itself.
      client.socket.on('connect_error', () => {
        if (!client.socket.active) setTimeout(() => client.socket.connect(), 250 + Math.random() * 500);
      });
      client.socket.on('connect', () => {
        if (client.dropAt !== null) client.reconnectAt = epochMs();
        void connected(client);
      });
      // Arrivals in batches: a thousand handshakes and ballots in one millisecond only measure the handshake.
      if (clients.indexOf(client) % 50 === 49) while (!clients.every((c) => c.receipt !== null || !c.socket)) await sleep(20);
    }
    // Everyone in the room and holding a receipt before the storm; a few at a time, as people arrive.
    while (!clients.every((c) => c.receipt !== null)) await sleep(50);
    process.send({ type: 'ready' });
  } else if (message.type === 'drop') {
    for (const client of clients) {
      client.dropAt = epochMs();
      client.socket.disconnect();
      setTimeout(() => client.socket.connect(), Math.random() * message.withinMs);
    }
  } else if (message.type === 'report') {
    process.send({
      type: 'report',
      clients: clients.map(({ receipt, receiptAt, dropAt, reconnectAt, history, errors, wrongReceipt }) => ({
        receipt,
        receiptAt,
        dropAt,
        reconnectAt,
        history,
        errors,
        wrongReceipt,
      })),
    });
  } else if (message.type === 'stop') {
    for (const client of clients) client.socket.disconnect();
    process.exit(0);
  }
});
