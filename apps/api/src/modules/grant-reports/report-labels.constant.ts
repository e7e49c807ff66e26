import type { BudgetLineStatus, FinancingType, IncomeSource } from '@wir/shared';

/** The ANBest-P Nr. 1.2 status of a budget line as the reports print it. */
export const BUDGET_LINE_STATUS_LABELS: Record<BudgetLineStatus, string> = {
  ok: 'im Plan',
  over_covered: 'Überschreitung ≤ 20 %, ausgeglichen',
  needs_consent: 'Zustimmung erforderlich',
  over_total: 'Gesamtansatz überschritten',
};

/** The income side of the finance plan, in the reports' order. */
export const INCOME_SOURCE_LABELS: Record<IncomeSource, string> = {
  grant: 'Zuwendung',
  own_share: 'Eigenanteil',
  third_party: 'Drittmittel',
};

export const FINANCING_TYPE_LABELS: Record<FinancingType, string> = {
  festbetrag: 'Festbetragsfinanzierung',
  fehlbedarf: 'Fehlbedarfsfinanzierung',
  anteil: 'Anteilfinanzierung',
};

/** Sections of the Belegliste (list of receipts): income first, then expenses. */
export const RECEIPT_LIST_SECTION_LABELS = { income: 'Einnahmen', expense: 'Ausgaben' } as const;
