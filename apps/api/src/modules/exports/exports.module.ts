import { Module } from '@nestjs/common';

/** Downloads of an event: participant list (CSV, XLSX), name badges and attendance certificates (PDF). */
@Module({})
export class ExportsModule {}
