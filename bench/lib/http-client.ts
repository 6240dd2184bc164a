import http from 'node:http';

/** A keep-alive POST client for the browser host, counting connections to prove they are reused. */
export function createApiClient(port: number, token: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let connections = 0;

  function post(channel: string, input: unknown): Promise<unknown> {
    const body = JSON.stringify(input);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/${channel}`,
          agent,
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            // Parsed and checked like the renderer's client does, so a 401 is never timed as success.
            const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok?: boolean };
            if (res.statusCode !== 200 || reply.ok !== true)
              reject(new Error(`${channel}: HTTP ${res.statusCode} ${JSON.stringify(reply)}`));
            else resolve(reply);
          });
        },
      );
      if (!req.reusedSocket) connections++;
      req.on('error', reject);
      req.end(body);
    });
  }

  return {
    post,
    connections: () => connections,
    close: () => agent.destroy(),
  };
}
