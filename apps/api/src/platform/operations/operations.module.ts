import { Global, Module } from '@nestjs/common';
import { registerScheduledJobs } from '#api/jobs/scheduled-job.registry';
import { OperationsController } from './operations.controller';
import { OperationsRepository } from './operations.repository';
import { OperationsService } from './operations.service';

/**
 * Long operations (exports, imports, mail sends): the modules start theirs with OperationsService.start;
 * the jobs fail those whose process went away and delete finished ones after the retention period.
 */
@Global()
@Module({
  controllers: [OperationsController],
  providers: [
    OperationsRepository,
    OperationsService,
    registerScheduledJobs([OperationsService], (operations: OperationsService) => [
      { name: 'interrupted operations', run: (now) => operations.markInterrupted(now) },
      { name: 'operations retention', run: (now) => operations.purgeExpired(now) },
    ]),
  ],
  exports: [OperationsService],
})
export class OperationsModule {}
