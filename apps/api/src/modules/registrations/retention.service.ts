import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { RegistrationEraser } from './registration-eraser.service';
import { RegistrationsRepository } from './registrations.repository';

const DAY_MS = 86_400_000;
const BATCH = 200;

/** DSGVO retention: personal data of participants is anonymised `retentionDays` after the event ends (see RegistrationEraser). */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly eraser: RegistrationEraser,
    private readonly tx: TransactionRunner,
  ) {}

  async anonymiseExpired(now = new Date()): Promise<number> {
    let total = 0;
    // Coarse pre-filter in SQL (ended before now), exact rule per event (its own retention days).
    for (const event of await this.registrations.eventsWithPersonalDataEndedBefore(now)) {
      if (event.endsAt.getTime() + event.retentionDays * DAY_MS > now.getTime()) continue;
      for (;;) {
        const ids = await this.registrations.personalDataIds(event.id, BATCH);
        if (ids.length === 0) break;
        // Counts only the rows this run anonymised: another process may have taken some of the batch.
        const { done, mailFiles } = await this.tx.run(async (m) => {
          const batch = { done: 0, mailFiles: [] as string[] };
          for (const id of ids) {
            const { erased, mailFiles: files } = await this.eraser.eraseInTx(m, id, now);
            if (erased) batch.done++;
            batch.mailFiles.push(...files);
          }
          return batch;
        });
        await this.eraser.afterErasure(mailFiles);
        total += done;
      }
    }
    if (total > 0) this.logger.log(`anonymised ${total} registrations`);
    return total;
  }
}
