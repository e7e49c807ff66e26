import { Module } from '@nestjs/common';
import { MeasuresModule } from '#api/modules/measures/measures.module';
import { OffersController } from './offers.controller';
import { OffersRepository } from './offers.repository';
import { OffersService } from './offers.service';
import { PublicOffersController } from './public-offers.controller';

/** The inventory of offers and the public directory; surveys call OffersService.createFromSurveyAnswer. */
@Module({
  imports: [MeasuresModule],
  controllers: [OffersController, PublicOffersController],
  providers: [OffersRepository, OffersService],
  exports: [OffersService],
})
export class OffersModule {}
