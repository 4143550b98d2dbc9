// The baseline of bench/fanout: a bare Socket.IO server in its own process (the bench starts two, as it starts two api
// instances), sharing rooms with the other through the same Redis adapter.
// IPC: {type:'start', redisUrl} → {type:'ready', ports}; {type:'emit', room, payload} → {type:'sent', at}.
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const epochMs = () => performance.timeOrigin + performance.now();
const servers = [];

process.on('message', async (message) => {
  if (message.type === 'start') {
    const ports = [];
    {
      const pub = new Redis(message.redisUrl);
      const sub = pub.duplicate();
      const http = createServer();
      const server = new Server(http, { transports: ['websocket'], adapter: createAdapter(pub, sub) });
      server.on('connection', (socket) =>
        socket.on('join', async (room, ack) => {
          await socket.join(room);
          ack({ ok: true });
        }),
      );
      await new Promise((r) => http.listen(0, '127.0.0.1', r));
      ports.push(http.address().port);
      servers.push({ server, pub, sub });
    }
    process.send({ type: 'ready', ports });
  } else if (message.type === 'emit') {
    const at = epochMs();
    servers[0].server.to(message.room).emit('poll:state', message.payload);
    process.send({ type: 'sent', at });
  } else if (message.type === 'stop') {
    for (const { server, pub, sub } of servers) {
      server.close();
      pub.disconnect();
      sub.disconnect();
    }
    process.exit(0);
  }
});
