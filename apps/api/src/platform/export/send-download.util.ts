import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { attachmentDisposition } from './content-disposition.util';
import type { Download } from './download';

const logger = new Logger('Download');

/**
 * Streams a download as an attachment that no cache keeps. An error before the first byte
 * is thrown (the problem filter answers with problem+json); after it, the connection is cut so
 * the client sees a failed download rather than a file that looks complete but is not.
 */
export async function sendDownload(res: Response, download: Download): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', download.contentType);
  res.setHeader('Content-Disposition', attachmentDisposition(download.fileName));
  res.setHeader('Cache-Control', 'no-store');
  try {
    await download.write(res);
  } catch (err) {
    if (!res.headersSent) {
      res.removeHeader('Content-Disposition');
      res.removeHeader('Content-Type');
      throw err;
    }
    if (!res.destroyed) logger.error({ err }, `download ${download.fileName} failed mid-way`);
    res.destroy();
  }
}
