// A client in its own process, as every real client of the server is (a browser, a host backend):
// kept-alive node:http connections. The bench sends `{ url, headers, bodies, clients? }` once, then
// either `{ index }` per request, answered `{ ms }` (the time from sending the request to the whole
// response parsed, measured here) or `{ error }`; or `{ load: { requestsPerClient } }`: `clients`
// closed loops at once, each on a connection of its own, each sending its requests one after
// another (client c sends bodies c * requestsPerClient onwards), answered `{ times, failed }`.
// `{ index, echo: true }` is answered at once, without a request.
// Plain JavaScript, so the process starts without the TypeScript loader.
import { Agent, request } from 'node:http';

let agent;
let target;

function send(index) {
  const body = target.bodies[index % target.bodies.length];
  return new Promise((resolve, reject) => {
    const sent = request(target.url, { method: 'POST', agent, headers: { ...target.headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (response.statusCode !== 200) reject(new Error(`${target.url} answered ${response.statusCode}: ${text}`));
        else resolve(JSON.parse(text));
      });
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

/** Every client's requests, each timed from sending to the whole response parsed; a failed one is timed too. */
async function load({ requestsPerClient }) {
  const times = [];
  let failed = 0;
  const client = async (offset) => {
    for (let i = 0; i < requestsPerClient; i++) {
      const started = performance.now();
      await send(offset * requestsPerClient + i).catch(() => failed++);
      times.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: target.clients ?? 1 }, (_, offset) => client(offset)));
  return { times, failed };
}

process.on('message', async (message) => {
  if ('url' in message) {
    target = message;
    // One connection per client: a closed loop never waits for another's connection, nor opens a new one mid-load.
    agent = new Agent({ keepAlive: true, maxSockets: target.clients ?? 1 });
    process.send({ ready: true });
    return;
  }
  if (message.load) {
    process.send(await load(message.load));
    return;
  }
  // `{ index, echo: true }` only answers: what the message round trip costs the bench's process.
  if (message.echo) {
    process.send({ ms: 0 });
    return;
  }
  const started = performance.now();
  try {
    await send(message.index);
    process.send({ ms: performance.now() - started });
  } catch (error) {
    process.send({ error: String(error) });
  }
});
process.on('disconnect', () => agent?.destroy());
