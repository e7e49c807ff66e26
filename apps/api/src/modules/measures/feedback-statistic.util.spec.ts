import { feedbackCells, feedbackFigure } from './feedback-statistic.util';

describe('feedbackFigure', () => {
  it('takes the mean answer in hundredths, skipping missing and non-numeric answers', () => {
    expect(feedbackFigure({ statistic: 'mean', threshold: null }, [5, 4, 4, 2, undefined, null, 'gut'])).toEqual({
      centi: 375,
      sampleSize: 4,
    });
    expect(feedbackFigure({ statistic: 'mean', threshold: null }, [1, 2, 2])).toEqual({ centi: 167, sampleSize: 3 });
  });

  it('takes the share at or above the threshold in percent hundredths', () => {
    expect(feedbackFigure({ statistic: 'share_at_least', threshold: 4 }, [5, 4, 3, 2])).toEqual({
      centi: 5000,
      sampleSize: 4,
    });
    expect(feedbackFigure({ statistic: 'share_at_least', threshold: 4 }, [5, 4, 4])).toEqual({
      centi: 10_000,
      sampleSize: 3,
    });
    expect(feedbackFigure({ statistic: 'share_at_least', threshold: 4 }, [4, 3, 3])).toEqual({
      centi: 3333,
      sampleSize: 3,
    });
  });

  it('counts yes for a yes/no question', () => {
    expect(feedbackFigure({ statistic: 'share_at_least', threshold: null }, [true, false, true, true])).toEqual({
      centi: 7500,
      sampleSize: 4,
    });
  });

  it('has no figure without answers', () => {
    expect(feedbackFigure({ statistic: 'mean', threshold: null }, [])).toBeNull();
    expect(feedbackFigure({ statistic: 'share_at_least', threshold: 4 }, [undefined, 'x'])).toBeNull();
  });
});

describe('feedbackCells', () => {
  it('splits the answers by reporting period and weights each by its answers', () => {
    const answers = [
      { submittedOn: '2014-05-23', value: 5 },
      { submittedOn: '2014-05-24', value: 3 },
      { submittedOn: '2014-09-02', value: 4 },
      { submittedOn: '2014-09-03', value: 4 },
      { submittedOn: '2014-09-04', value: 2 },
    ];
    const { cells, total } = feedbackCells({ statistic: 'share_at_least', threshold: 4 }, 'quarter', answers);
    expect(cells).toEqual([
      { period: '2014-Q2', municipalityId: null, centi: 5000, sampleSize: 2 },
      { period: '2014-Q3', municipalityId: null, centi: 6667, sampleSize: 3 },
    ]);
    expect(total).toBe(6000);
    expect(feedbackCells({ statistic: 'mean', threshold: null }, 'year', [])).toEqual({ cells: [], total: null });
  });
});
