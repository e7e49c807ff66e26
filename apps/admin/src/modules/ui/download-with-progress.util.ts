export interface DownloadProgress {
  received: number;
  /** From Content-Length; null when the server streams without announcing the size. */
  total: number | null;
}

/**
 * Reads a response body chunk by chunk, reporting the bytes received (and the total when the
 * server announced it), and returns the whole file as a Blob.
 */
export async function readWithProgress(
  response: Response,
  onProgress: (progress: DownloadProgress) => void,
): Promise<Blob> {
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ received: blob.size, total });
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  let reportedAt = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    // At most ten updates a second: a long file must not re-render the page for every chunk.
    const now = Date.now();
    if (now - reportedAt >= 100) {
      reportedAt = now;
      onProgress({ received, total });
    }
  }
  onProgress({ received, total });
  return new Blob(chunks, { type });
}

/** The file name a download announces (RFC 6266: `filename*` wins over `filename`), or the fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a broken encoding: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** Hands a file to the browser's download (a temporary link to the Blob). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the Blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
