/** When a search has found "little": fewer results than this, and it offers "Did you mean …?". */
export const FEW_RESULTS = 3;

export const offersCorrection = (results: number) => results < FEW_RESULTS;
