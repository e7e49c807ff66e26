import type { Writable } from 'node:stream';

/** A file to send: its name, type, and how to stream its bytes (the writer ends `out`). */
export type Download = {
  fileName: string;
  contentType: string;
  write(out: Writable): Promise<void>;
};
