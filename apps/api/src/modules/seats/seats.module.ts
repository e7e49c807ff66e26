import { Module } from '@nestjs/common';
import { SeatAllocator } from './seat-allocator.service';
import { SeatsRepository } from './seats.repository';

@Module({ providers: [SeatsRepository, SeatAllocator], exports: [SeatsRepository, SeatAllocator] })
export class SeatsModule {}
