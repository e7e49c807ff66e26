import { NarrativeReportEntity } from './narrative-report.entity';

/** The tables this module owns; collected by the composition root (`apps/api/src/entities.ts`). */
export const narrativeReportsEntities = [NarrativeReportEntity];
