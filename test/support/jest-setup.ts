// Runs before every test file, in every tier.
import net from 'node:net';

// Tests reach only this machine: a request to any other host is a bug in the test or in the code
// under test (the harness serves GitHub and registries on loopback). As actions/cache's jest setup does.
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|::ffff:127(\.\d{1,3}){3})$/;
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
  const [first, second] = args;
  const options = typeof first === 'object' && first !== null ? (first as net.NetConnectOpts) : undefined;
  const host = options
    ? 'path' in options
      ? undefined
      : (options.host ?? 'localhost')
    : typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))
      ? typeof second === 'string'
        ? second
        : 'localhost'
      : undefined;
  if (host !== undefined && !LOOPBACK.test(host)) {
    throw new Error(`test tried to reach ${host}: tests may only use loopback addresses`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

// Workflow commands (`::error::…`) printed by code under test would be read by a real runner running
// this suite; keep them off stdout unless a test captures them itself.
if (process.env.GITHUB_ACTIONS) process.env.GITHUB_ACTIONS = '';

// Code under test in this process (@actions/core in the cache and artifact libraries) prints workflow
// commands; on a real runner `::warning::…` would become an annotation on mlci's own CI run. Neutralise
// a leading `::` (a zero-width space between the colons) as actions/cache's jest setup filters them.
// Tests that spy on process.stdout.write still see the raw text; child processes are not affected.
const originalWrite = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
  const text =
    typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined;
  const safe = text === undefined ? chunk : text.replace(/^::/gm, ':\u200b:');
  return (originalWrite as (...a: unknown[]) => boolean)(safe, ...rest);
}) as typeof process.stdout.write;
