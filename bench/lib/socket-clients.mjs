// A child process holding many Socket.IO clients, so the load generator does not share the servers' event loop.
// Parent → child (IPC): {type:'start', urls, count, token, mode:'api'|'bare', meetingIds, pollEvent}
//                       {type:'report'} → {type:'report', arrivals: {[key]: number[]}}  (epoch ms per arrival)
// Child → parent: {type:'ready'} once every socket is connected and in its rooms.
import { io } from 'socket.io-client';

const epochMs = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const sockets = [];
const arrivals = {};

process.on('message', async (message) => {
  if (message.type === 'start') {
    const { urls, count, token, mode, meetingIds } = message;
    // Connects in batches (a thousand handshakes at once only measure the handshake); a failed one retries by itself.
    for (let i = 0; i < count; i++) {
      const url = urls[i % urls.length];
      const socket = io(mode === 'api' ? `${url}/live` : url, { transports: ['websocket'], forceNew: true, auth: { token } });
      // A closed poll's result (api) or the bare broadcast's payload: the arrival time per round key.
      socket.on('poll:state', (poll) => {
        if (poll.status !== 'closed') return;
        (arrivals[poll.id] ??= []).push(epochMs());
      });
      sockets.push(socket);
      if (sockets.length % 100 === 0) while (!sockets.every((s) => s.connected)) await sleep(20);
    }
    while (!sockets.every((s) => s.connected)) await sleep(20);
    // Joins in batches, as people enter a room over minutes rather than in one millisecond.
    const join = (s, meetingId) =>
      (mode === 'api'
        ? s.timeout(300_000).emitWithAck('meeting:join', { meetingId })
        : s.timeout(300_000).emitWithAck('join', meetingId)
      ).catch(() => ({ ok: false }));
    for (let i = 0; i < sockets.length; i += 25) {
      const acks = await Promise.all(sockets.slice(i, i + 25).flatMap((s) => meetingIds.map((meetingId) => join(s, meetingId))));
      if (!acks.every((a) => a.ok)) return process.send({ type: 'error', message: 'a socket could not join' });
    }
    process.send({ type: 'ready' });
  } else if (message.type === 'report') {
    process.send({ type: 'report', arrivals });
  } else if (message.type === 'stop') {
    for (const s of sockets) s.disconnect();
    process.exit(0);
  }
});
