// The server's live JavaScript heap after a full garbage collection, read over the inspector protocol.
// Resident memory alone cannot show a leak here: on a machine with plenty of RAM V8 grows its heap lazily
// and keeps what it has, so RSS rises after any burst whether or not anything is retained.

/** Node flags that let `liveHeapMiB` reach the server; port 0 picks a free one. */
export const INSPECT_OPTIONS = '--inspect=127.0.0.1:0';

/** Sends one inspector command and resolves with its result. */
function command(socket, id, method) {
  return new Promise((resolve, reject) => {
    const onMessage = ({ data }) => {
      const message = JSON.parse(data);
      if (message.id !== id) return;
      socket.removeEventListener('message', onMessage);
      message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result);
    };
    socket.addEventListener('message', onMessage);
    socket.send(JSON.stringify({ id, method }));
  });
}

/** @param {{ output(): string }} server a server started with INSPECT_OPTIONS in NODE_OPTIONS */
export async function liveHeapMiB(server) {
  const url = server.output().match(/Debugger listening on (ws:\/\/\S+)/)?.[1];
  if (!url) throw new Error('the server was not started with the inspector on');
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot reach the inspector at ${url}`)), { once: true });
  });
  try {
    await command(socket, 1, 'HeapProfiler.collectGarbage');
    const { usedSize } = await command(socket, 2, 'Runtime.getHeapUsage');
    return Math.round((usedSize / 1024 / 1024) * 10) / 10;
  } finally {
    socket.close();
  }
}
