import { connect, type Socket } from 'node:net';

/**
 * A client for Firefox's remote debugging protocol (the one about:debugging and the Browser Toolbox speak), which
 * reaches what WebDriver BiDi cannot on ESR 140: Firefox's own window, where the real toolbar button is clicked
 * and from where an extension's storage can be read. Packets are `length:JSON`; every request goes to an actor
 * and is answered by it, in order; packets with a `type` the request did not ask for are events.
 * See https://firefox-source-docs.mozilla.org/devtools/backend/protocol.html
 */
export class RemoteDebugging {
  private buffer = Buffer.alloc(0);
  private readonly waiting = new Map<string, { resolve(p: Packet): void; reject(e: Error): void }[]>();
  /** Evaluation results by id: each is asked for after its request is answered, and may have come before. */
  private readonly evaluations = new Map<string, { packet?: Packet; claim?: (p: Packet) => void }>();
  private closed: Error | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (data) => this.receive(data));
    socket.on('close', () => this.fail(new Error('Firefox closed its remote debugging connection')));
    socket.on('error', (error) => this.fail(error));
  }

  /** Connects to `--start-debugger-server PORT`, retrying while Firefox starts it; resolves on the root's hello. */
  static async connect(port: number, timeoutMs = 15_000): Promise<RemoteDebugging> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await new Promise<RemoteDebugging>((resolve, reject) => {
          const socket = connect(port, '127.0.0.1');
          socket.once('error', reject);
          const client = new RemoteDebugging(socket);
          client.waiting.set('root', [{ resolve: () => resolve(client), reject }]);
        });
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((wait) => setTimeout(wait, 100));
      }
    }
  }

  /** Sends `{ to, type, ...rest }` and resolves with the actor's answer (rejects on `{ error }`). */
  request(to: string, type: string, rest: Record<string, unknown> = {}): Promise<Packet> {
    if (this.closed) return Promise.reject(this.closed);
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(to) ?? [];
      this.waiting.set(to, queue);
      queue.push({ resolve, reject });
      const body = Buffer.from(JSON.stringify({ to, type, ...rest }));
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    });
  }

  /**
   * The whole text of a long string's grip: past about 10,000 characters a result comes as an actor holding it
   * (its first part inline), read in one `substring` request. Undefined for anything else.
   */
  private async longString(grip: unknown): Promise<string | undefined> {
    const long = grip as { type?: string; actor?: string; length?: number } | undefined;
    if (long?.type !== 'longString' || !long.actor || long.length === undefined) return undefined;
    const reply = await this.request(long.actor, 'substring', { start: 0, end: long.length });
    return typeof reply.substring === 'string' ? reply.substring : undefined;
  }

  /**
   * Evaluates `expression` with a console actor (in the parent process: Firefox's browser window) and resolves
   * with its value, awaited when it is a promise, passed through JSON so that it arrives whole.
   */
  async evaluate<T>(consoleActor: string, expression: string): Promise<T> {
    const text = `(async () => JSON.stringify({ value: await (${expression}) }))()`;
    const started = await this.request(consoleActor, 'evaluateJSAsync', { text, mapped: { await: true } });
    const id = String(started.resultID);
    const result = await new Promise<Packet>((resolve) => {
      const early = this.evaluations.get(id)?.packet;
      if (early) resolve(early);
      else this.evaluations.set(id, { claim: resolve });
    });
    this.evaluations.delete(id);
    if (result.hasException) {
      const message = result.exceptionMessage ?? JSON.stringify(result.exception);
      throw new Error(`evaluation in Firefox failed: ${message}\n${expression.slice(0, 300)}`);
    }
    const json = typeof result.result === 'string' ? result.result : await this.longString(result.result);
    if (json === undefined) throw new Error(`evaluation in Firefox returned no JSON: ${JSON.stringify(result.result)}`);
    return (JSON.parse(json) as { value: T }).value;
  }

  /** The console actor of the parent process, whose global is Firefox's browser window (chrome privileges). */
  async parentConsole(): Promise<string> {
    const { processDescriptor } = await this.request('root', 'getProcess', { id: 0 });
    const { process } = await this.request((processDescriptor as Packet).actor as string, 'getTarget');
    return (process as Packet).consoleActor as string;
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(packet);
    }
  }

  private dispatch(packet: Packet): void {
    if (packet.type === 'evaluationResult') {
      const id = String(packet.resultID);
      const waiting = this.evaluations.get(id)?.claim;
      if (waiting) waiting(packet);
      else this.evaluations.set(id, { packet });
      return;
    }
    if (packet.type !== undefined) return; // an event no request waits for (the root's hello has no type)
    const next = this.waiting.get(String(packet.from))?.shift();
    if (!next) return;
    if (packet.error) next.reject(new Error(`Firefox: ${packet.error}: ${packet.message ?? ''}`));
    else next.resolve(packet);
  }

  private fail(error: Error): void {
    this.closed ??= error;
    for (const queue of this.waiting.values()) for (const { reject } of queue.splice(0)) reject(error);
  }
}

type Packet = Record<string, unknown>;
