/**
 * A minimal HTTP/1.1 client for the benches: one keep-alive socket per worker, requests written
 * as prepared bytes, answers read just far enough to know their status and end (Content-Length
 * or chunked). It shares the bench's process and its two cores with the server under test, so
 * it does as little as a client can; it is no part of the product.
 */
import { connect, type Socket } from 'node:net';

const headerEnd = Buffer.from('\r\n\r\n');
const lastChunk = Buffer.from('\r\n0\r\n\r\n');

/** One keep-alive connection answering one request at a time. */
export class LoopbackConnection {
  private readonly socket: Socket;
  private buffered: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (status: number) => void; reject: (error: Error) => void } | undefined;

  constructor(port: number) {
    this.socket = connect({ host: '127.0.0.1', port, noDelay: true });
    this.socket.on('data', (data) => this.onData(data));
    this.socket.on('error', (error) => this.waiting?.reject(error));
  }

  /** Posts a url-encoded form and resolves with the answer's status once its body has arrived. */
  postForm(path: string, body: string): Promise<number> {
    const head =
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n` +
      `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(head + body);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(data: Buffer): void {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, data]) : data;
    const end = this.buffered.indexOf(headerEnd);
    if (end < 0 || !this.waiting) return;
    const head = this.buffered.subarray(0, end).toString('latin1');
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    const bodyStart = end + headerEnd.length;
    let complete: number;
    if (length) {
      complete = bodyStart + Number(length[1]);
      if (this.buffered.length < complete) return;
    } else {
      const last = this.buffered.indexOf(lastChunk, bodyStart - 2);
      if (last < 0) return;
      complete = last + lastChunk.length;
    }
    this.buffered = this.buffered.subarray(complete);
    const { resolve } = this.waiting;
    this.waiting = undefined;
    resolve(status);
  }
}
