import { EventEntity } from './event.entity';
import { WorkshopEntity } from './workshop.entity';

/** The tables this module owns; collected by the composition root (`apps/api/src/entities.ts`). */
export const eventsEntities = [EventEntity, WorkshopEntity];
