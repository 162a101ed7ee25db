// Talks to a running server over the Node inspector protocol, for facts only the process itself knows
// (its live heap, its NODE_ENV). The server must be started with INSPECT_OPTIONS in NODE_OPTIONS.

/** Node flags that open the inspector; port 0 picks a free one. */
export const INSPECT_OPTIONS = '--inspect=127.0.0.1:0';

/**
 * Opens the server's inspector, hands `use` a function that sends one command and resolves with its
 * result, and closes the connection afterwards.
 * @template T
 * @param {{ output(): string }} server
 * @param {(send: (method: string, params?: object) => Promise<any>) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withInspector(server, use) {
  const url = server.output().match(/Debugger listening on (ws:\/\/\S+)/)?.[1];
  if (!url) throw new Error('the server was not started with the inspector on');
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot reach the inspector at ${url}`)), { once: true });
  });
  let nextId = 1;
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const onMessage = ({ data }) => {
        const message = JSON.parse(data);
        if (message.id !== id) return;
        socket.removeEventListener('message', onMessage);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      };
      socket.addEventListener('message', onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    return await use(send);
  } finally {
    socket.close();
  }
}
