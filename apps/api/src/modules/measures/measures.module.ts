import { Module } from '@nestjs/common';
import { GrantsModule } from '#api/modules/grants/grants.module';
import { ReceiptMeasuresPort } from '#api/modules/grants/receipt-measures.port';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsRepository } from './indicators.repository';
import { IndicatorsService } from './indicators.service';
import { MeasureProgressService } from './measure-progress.service';
import { MeasuresController } from './measures.controller';
import { MeasuresRepository } from './measures.repository';
import { MeasuresService } from './measures.service';
import { OutcomeFactsRepository } from './outcome-facts.repository';

/** Measures and indicators. Imports grants (a measure's grant and budget lines); plugs itself into ReceiptMeasuresPort. */
@Module({
  imports: [GrantsModule],
  controllers: [MeasuresController, IndicatorsController],
  providers: [
    {
      provide: Symbol('receipt measures'),
      inject: [ReceiptMeasuresPort, MeasuresRepository],
      useFactory: (port: ReceiptMeasuresPort, measures: MeasuresRepository) =>
        port.connect({ grantOf: async (m, id) => (await measures.findById(m, id))?.grantId }),
    },
    MeasuresRepository,
    IndicatorsRepository,
    OutcomeFactsRepository,
    MeasuresService,
    IndicatorsService,
    MeasureProgressService,
  ],
  exports: [MeasuresService, MeasuresRepository, IndicatorsRepository, OutcomeFactsRepository, MeasureProgressService],
})
export class MeasuresModule {}
