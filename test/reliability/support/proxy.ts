/**
 * A TCP proxy on 127.0.0.1 between the server and Neo4j, to fail the network rather than the
 * database: `cut()` resets every connection and refuses new ones (to the server, Neo4j is gone),
 * `freeze()` keeps every socket open but passes no more bytes (Neo4j hangs), `restore()` brings
 * back normal service on the same port. Cheaper than stopping a JVM, and exact in its timing.
 */
import net from 'node:net';

export class NetworkFault {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private frozen = false;

  private constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  get uri() {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** Starts a proxy on a free port in front of `targetUri` (bolt://host:port). */
  static async start(targetUri: string): Promise<NetworkFault> {
    const { hostname, port } = new URL(targetUri);
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const free = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const proxy = new NetworkFault(free, { host: hostname, port: Number(port) });
    await proxy.listen();
    return proxy;
  }

  private listen(): Promise<void> {
    const server = net.createServer((client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  private accept(client: net.Socket) {
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => client.destroy());
    // While frozen, a new connection is accepted and then never answered.
    if (this.frozen) return;
    const upstream = net.connect(this.target);
    this.sockets.add(upstream);
    upstream.on('close', () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    client.on('data', (chunk) => {
      if (!this.frozen) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!this.frozen) client.write(chunk);
    });
  }

  /** The database is gone: every connection reset, new ones refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    const closed = server ? new Promise((resolve) => server.close(resolve)) : Promise.resolve();
    for (const socket of this.sockets) socket.resetAndDestroy();
    await closed;
  }

  /** The database hangs: sockets stay open, no byte passes, new connections are never answered. */
  freeze(): void {
    this.frozen = true;
  }

  /** Back to normal: frozen connections are reset (as a recovered network would), new ones pass. */
  async restore(): Promise<void> {
    if (this.frozen) {
      this.frozen = false;
      for (const socket of this.sockets) socket.resetAndDestroy();
    }
    if (!this.server) await this.listen();
  }

  async stop(): Promise<void> {
    await this.cut();
  }
}
