// A child process of bench/vote holding a share of the voters: their sockets in the session's room and their ballots,
// so the load generator does not share one event loop with thousands of clients.
// Parent → child (IPC): {type:'connect', base, meetingId, pollId, voters:[{token, personId}]}  → {type:'ready'}
//                       {type:'vote', optionId, via: 'socket'|'http'}  → {type:'voted', acks:[ms], statuses:{code:n}, lastAck: epoch ms, cpuMs}
//                       {type:'report'}          → {type:'report', seenVoted:[epoch ms|null], seenClosed:[epoch ms|null]}
//                       {type:'bare', url}       → {type:'bare-ready'}   (as many sockets again, to a bare Socket.IO server)
//                       {type:'bare-cast'}       → {type:'bare-voted', cpuMs}   (the same casts, to the bare server)
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';

const epochMs = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let setup;

/** `POST /api/polls/:id/ballots`, as a stock client casts: the answer's HTTP status. */
async function castOverHttp(voter, ballot) {
  const r = await fetch(`${setup.base}/api/polls/${setup.pollId}/ballots`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${voter.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(ballot),
  }).catch(() => ({ status: 0, arrayBuffer: async () => null }));
  await r.arrayBuffer();
  return r.status;
}

/** `poll:cast` over the voter's signed-in socket, as the web does: 201 for a receipt, else the problem's status. */
async function castOverSocket(socket, ballot) {
  const ack = await socket
    .timeout(300_000)
    .emitWithAck('poll:cast', { pollId: setup.pollId, ...ballot })
    .catch(() => ({ ok: false, problem: { status: 0 } }));
  return ack.ok ? 201 : ack.problem.status;
}
const sockets = [];
const bareSockets = [];

/** One ballot per voter over `over` (their sockets), at once: the acks' times, statuses and this process's CPU. */
async function castAll(over, optionId, via) {
  const acks = [];
  const statuses = {};
  const cpu = process.cpuUsage();
  await Promise.all(
    setup.voters.map(async (voter, i) => {
      const ballot = { memberPersonId: voter.personId, optionId, idempotencyKey: randomUUID() };
      const sent = performance.now();
      const status = via === 'http' ? await castOverHttp(voter, ballot) : await castOverSocket(over[i], ballot);
      acks.push(performance.now() - sent);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }),
  );
  const { user, system } = process.cpuUsage(cpu);
  return { acks, statuses, lastAck: epochMs(), cpuMs: (user + system) / 1000 };
}

process.on('message', async (message) => {
  if (message.type === 'connect') {
    setup = message;
    const n = message.total;
    message.seenVoted = message.voters.map(() => null);
    message.seenClosed = message.voters.map(() => null);
    for (const [i, voter] of message.voters.entries()) {
      const s = io(`${message.base}/live`, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        auth: { token: voter.token },
      });
      // A handshake refused under load (the api's middleware answered an error) is not retried by the client itself.
      s.on('connect_error', () => setTimeout(() => s.connect(), 500));
      s.on('poll:state', (p) => {
        if (p.id !== message.pollId) return;
        if (p.voted === n && message.seenVoted[i] === null) message.seenVoted[i] = epochMs();
        if (p.status === 'closed' && message.seenClosed[i] === null) message.seenClosed[i] = epochMs();
      });
      sockets.push(s);
      if (sockets.length % 100 === 0) while (!sockets.every((c) => c.connected)) await sleep(20);
    }
    while (!sockets.every((c) => c.connected)) await sleep(20);
    // People enter a room over minutes: joins go in batches (each sends the full session state).
    for (let i = 0; i < sockets.length; i += 25) {
      const joins = await Promise.all(
        sockets.slice(i, i + 25).map((s) =>
          s
            .timeout(300_000)
            .emitWithAck('meeting:join', { meetingId: message.meetingId })
            .catch(() => ({ ok: false })),
        ),
      );
      if (!joins.every((a) => a.ok)) return process.send({ type: 'error', message: 'a socket could not join' });
    }
    process.send({ type: 'ready' });
  } else if (message.type === 'vote') {
    process.send({ type: 'voted', ...(await castAll(sockets, message.optionId, message.via)) });
  } else if (message.type === 'bare') {
    for (let i = 0; i < setup.voters.length; i++)
      bareSockets.push(io(message.url, { transports: ['websocket'], forceNew: true, reconnection: false }));
    while (!bareSockets.every((c) => c.connected)) await sleep(20);
    process.send({ type: 'bare-ready' });
  } else if (message.type === 'bare-cast') {
    process.send({ type: 'bare-voted', ...(await castAll(bareSockets, randomUUID(), 'socket')) });
  } else if (message.type === 'report') {
    process.send({ type: 'report', seenVoted: setup.seenVoted, seenClosed: setup.seenClosed });
  } else if (message.type === 'stop') {
    for (const s of [...sockets, ...bareSockets]) s.disconnect();
    process.exit(0);
  }
});
