// The Node half of the zero-network check. The services run in the test's own
// process (the harness creates them), so every socket this process opens
// while a reader is running is reported as a request that tried to leave.
// Playwright talks to Chromium over a pipe and to its runner over IPC, so
// neither opens a socket. (The search worker is a worker thread with its own
// modules, out of this watch's reach; the lint rule in eslint.config.js keeps
// network code out of every app source, the worker's included.)
import net from 'node:net';

type Listener = (target: string) => void;
const listeners = new Set<Listener>();
let installed = false;

/** Calls onConnect with a description of every outgoing socket until the returned function is called. */
export function watchOutgoingSockets(onConnect: Listener): () => void {
  if (!installed) {
    installed = true;
    const connect = net.Socket.prototype.connect;
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      const target = describeTarget(args);
      for (const listener of listeners) listener(target);
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof connect;
  }
  listeners.add(onConnect);
  return () => {
    listeners.delete(onConnect);
  };
}

function describeTarget(args: unknown[]): string {
  // net.connect passes [options, callback] (sometimes wrapped in one more array).
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (first && typeof first === 'object') {
    const { host, port, path } = first as { host?: string; port?: number; path?: string };
    return path ? `socket ${path}` : `socket ${host ?? 'localhost'}:${port ?? '?'}`;
  }
  if (typeof first === 'number') return `socket ${String(args[1] ?? 'localhost')}:${first}`;
  return `socket ${String(first)}`;
}
