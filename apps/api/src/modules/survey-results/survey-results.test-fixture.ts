/** A question's figures while its anonymous group has fewer than three answers: nothing is shown. */
export const WITHHELD_QUESTION = {
  suppressed: true,
  answered: null,
  mean: null,
  median: null,
  texts: [],
  offerRows: null,
};
