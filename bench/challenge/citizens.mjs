// A child process of bench/challenge holding a share of the citizens: each citizen sends all its supports at once
// (more than the challenge's limit, so the limit is raced), with at most `concurrency` citizens in flight, over
// `sockets` kept-alive connections (as the proxy in front of the api holds them; thousands of fresh connections at
// once would measure the kernel's accept queue and its SYN retries, not the api).
// Parent → child (IPC): {type:'burst', base, citizens:[{token, ideaIds}], concurrency, sockets}
//                       → {type:'done', latencies:[ms], statuses:{code:n}, firstSent, lastAck (epoch ms)}
import { Agent, request } from 'node:http';

const epochMs = () => performance.timeOrigin + performance.now();
let agent;

function support(base, token, ideaId) {
  const sent = performance.now();
  return new Promise((resolve) => {
    const req = request(
      `${base}/api/challenge-ideas/${ideaId}/support`,
      { method: 'PUT', agent, headers: { Authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - sent }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - sent }));
    req.end();
  });
}

process.on('message', async (message) => {
  if (message.type !== 'burst') return;
  agent ??= new Agent({ keepAlive: true, maxSockets: message.sockets });
  const latencies = [];
  const statuses = {};
  const queue = [...message.citizens];
  const firstSent = epochMs();
  const lane = async () => {
    for (let citizen = queue.shift(); citizen; citizen = queue.shift()) {
      const answers = await Promise.all(citizen.ideaIds.map((id) => support(message.base, citizen.token, id)));
      for (const a of answers) {
        latencies.push(a.ms);
        statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: message.concurrency }, lane));
  process.send({ type: 'done', latencies, statuses, firstSent, lastAck: epochMs() });
});
