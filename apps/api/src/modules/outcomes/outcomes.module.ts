import { Module } from '@nestjs/common';
import { MeasuresModule } from '#api/modules/measures/measures.module';
import { OutcomesController } from './outcomes.controller';
import { OutcomesOverviewService } from './outcomes-overview.service';

@Module({
  imports: [MeasuresModule],
  controllers: [OutcomesController],
  providers: [OutcomesOverviewService],
  exports: [OutcomesOverviewService],
})
export class OutcomesModule {}
