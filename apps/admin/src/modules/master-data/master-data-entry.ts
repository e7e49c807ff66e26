/** What every master-data entry (municipality, organisation, action field) has: an id and a name. */
export interface MasterDataEntry {
  id: number;
  name: string;
}
