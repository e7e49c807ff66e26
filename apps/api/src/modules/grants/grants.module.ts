import { Module } from '@nestjs/common';
import { registerScheduledJobs } from '#api/jobs/scheduled-job.registry';
import { DrawdownsController } from './drawdowns.controller';
import { DrawdownsService } from './drawdowns.service';
import { FundingProgrammesController } from './funding-programmes.controller';
import { FundingProgrammesService } from './funding-programmes.service';
import { GrantsController } from './grants.controller';
import { GrantsRepository } from './grants.repository';
import { GrantsService } from './grants.service';
import { ReceiptFilesService } from './receipt-files.service';
import { ReceiptMeasuresPort } from './receipt-measures.port';
import { ReceiptRetentionService } from './receipt-retention.service';
import { ReceiptsController } from './receipts.controller';
import { ReceiptsRepository } from './receipts.repository';
import { ReceiptsService } from './receipts.service';

@Module({
  controllers: [FundingProgrammesController, GrantsController, DrawdownsController, ReceiptsController],
  providers: [
    registerScheduledJobs([ReceiptRetentionService], (receipts: ReceiptRetentionService) => [
      { name: 'receipt retention', run: (now) => receipts.purgeExpired(now) },
    ]),
    GrantsRepository,
    ReceiptsRepository,
    GrantsService,
    FundingProgrammesService,
    DrawdownsService,
    ReceiptsService,
    ReceiptFilesService,
    ReceiptRetentionService,
    ReceiptMeasuresPort,
  ],
  exports: [GrantsService, GrantsRepository, ReceiptRetentionService, ReceiptMeasuresPort],
})
export class GrantsModule {}
