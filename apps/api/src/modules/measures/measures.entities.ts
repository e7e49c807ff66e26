import { MeasureEntity } from './measure.entity';
import { MeasureActionFieldEntity } from './measure-action-field.entity';
import { MeasureMunicipalityEntity } from './measure-municipality.entity';
import { MeasureEventEntity } from './measure-event.entity';
import { MeasureWorkshopEntity } from './measure-workshop.entity';
import { MeasureBudgetAllocationEntity } from './measure-budget-allocation.entity';
import { IndicatorEntity } from './indicator.entity';
import { IndicatorTargetEntity } from './indicator-target.entity';
import { IndicatorValueEntity } from './indicator-value.entity';

/** The tables this module owns; collected by the composition root (`apps/api/src/entities.ts`). */
export const measuresEntities = [
  MeasureEntity,
  MeasureActionFieldEntity,
  MeasureMunicipalityEntity,
  MeasureEventEntity,
  MeasureWorkshopEntity,
  MeasureBudgetAllocationEntity,
  IndicatorEntity,
  IndicatorTargetEntity,
  IndicatorValueEntity,
];
