// The baseline of bench/reconnect: a bare Socket.IO server in its own process (the bench starts two, like the two api
// instances) sharing rooms through the same Redis adapter, holding the poll state and receipts in memory.
// IPC in: {type:'start', redisUrl, pollId, voters:[personId]}; {type:'bump', emit} (a ballot: version + 1, broadcast
// by the one told to emit); {type:'stop'}. Out: {type:'ready', ports}, {type:'bumped', version}.
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const servers = [];
let poll;
const receipts = new Map();

process.on('message', async (message) => {
  if (message.type === 'start') {
    poll = { id: message.pollId, status: 'open', version: 1, voted: message.voters.length };
    // The same receipts in both processes.
    for (const v of message.voters) receipts.set(v, createHash('sha256').update(v).digest('hex'));
    const ports = [];
    {
      const pub = new Redis(message.redisUrl);
      const sub = pub.duplicate();
      const http = createServer();
      const server = new Server(http, { transports: ['websocket'], adapter: createAdapter(pub, sub) });
      server.on('connection', (socket) => {
        socket.on('join', async (room, ack) => {
          await socket.join(room);
          ack(poll);
        });
        socket.on('receipt', (personId, ack) => ack(receipts.get(personId)));
      });
      await new Promise((r) => http.listen(0, '127.0.0.1', r));
      ports.push(http.address().port);
      servers.push({ server, pub, sub });
    }
    process.send({ type: 'ready', ports });
  } else if (message.type === 'bump') {
    poll = { ...poll, version: poll.version + 1, voted: poll.voted + 1 };
    if (message.emit) servers[0].server.to(poll.id).emit('poll:state', poll);
    process.send({ type: 'bumped', version: poll.version });
  } else if (message.type === 'stop') {
    for (const { server, pub, sub } of servers) {
      server.close();
      pub.disconnect();
      sub.disconnect();
    }
    process.exit(0);
  }
});
