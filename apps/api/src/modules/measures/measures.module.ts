import { Module } from '@nestjs/common';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsRepository } from './indicators.repository';
import { IndicatorsService } from './indicators.service';
import { MeasureProgressService } from './measure-progress.service';
import { MeasuresController } from './measures.controller';
import { MeasuresRepository } from './measures.repository';
import { MeasuresService } from './measures.service';
import { OutcomeFactsRepository } from './outcome-facts.repository';

@Module({
  controllers: [MeasuresController, IndicatorsController],
  providers: [
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
