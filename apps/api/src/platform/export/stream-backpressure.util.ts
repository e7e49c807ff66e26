import type { Writable } from 'node:stream';

/**
 * Resolves once `out` accepts more data (at once when it is not full); rejects when it is
 * closed or fails first, e.g. because the client went away mid-download.
 */
export function whenWritable(out: Writable): Promise<void> {
  if (out.destroyed || out.writableEnded) return Promise.reject(new Error('The download stream was closed.'));
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onClose = () => {
      cleanup();
      reject(new Error('The download stream was closed.'));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}
