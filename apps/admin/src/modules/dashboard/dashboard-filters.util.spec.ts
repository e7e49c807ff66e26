import { dashboardFilterFrom, dashboardQueryString, dashboardYears } from './dashboard-filters.util';

describe('dashboard filters in the address', () => {
  it('reads year and action field, leaving out what is not valid', () => {
    expect(dashboardFilterFrom({ year: '2014', actionFieldId: '2' })).toEqual({ year: 2014, actionFieldId: 2 });
    expect(dashboardFilterFrom({ year: 'zwanzig', actionFieldId: '-1' })).toEqual({});
    expect(dashboardFilterFrom({ year: '1999', actionFieldId: '0' })).toEqual({});
    expect(dashboardFilterFrom({ year: ['2015', '2016'] })).toEqual({ year: 2015 });
  });

  it('writes one address per filter, in a fixed order', () => {
    expect(dashboardQueryString({})).toBe('');
    expect(dashboardQueryString({ actionFieldId: 3, year: 2014 })).toBe('?year=2014&actionFieldId=3');
    expect(dashboardQueryString(dashboardFilterFrom({ actionFieldId: '3' }))).toBe('?actionFieldId=3');
  });

  it('offers the years from 2014 to next year, newest first, and a chosen year outside them', () => {
    expect(dashboardYears(2016)).toEqual([2017, 2016, 2015, 2014]);
    expect(dashboardYears(2016, 2010)[4]).toBe(2013);
    expect(dashboardYears(2016, 2010).at(-1)).toBe(2010);
    expect(dashboardYears(2016, 2020)[0]).toBe(2020);
  });
});
