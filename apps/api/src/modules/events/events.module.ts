import { Module } from '@nestjs/common';
import { SeatsModule } from '../seats/seats.module';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

@Module({ imports: [SeatsModule], controllers: [EventsController], providers: [EventsRepository, EventsService], exports: [EventsRepository] })
export class EventsModule {}
