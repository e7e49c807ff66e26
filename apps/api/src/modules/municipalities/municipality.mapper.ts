import type { Municipality } from '@wir/shared';
import type { MunicipalityEntity } from './municipality.entity';

export const toMunicipality = (m: MunicipalityEntity): Municipality => ({
  id: m.id,
  name: m.name,
  officialKey: m.officialKey,
  districtWide: m.districtWide,
});
