/** 附件1 as data: the header above the table and its rows, each a map from column key to cell text. */
export interface SummaryTable {
  readonly header: Readonly<Record<string, string | undefined>>;
  readonly rows: readonly SummaryRow[];
}

export interface SummaryRow {
  readonly cells: Readonly<Record<string, string | undefined>>;
  /** Where the row came from in its file (1-based line or spreadsheet row), for messages. */
  readonly sourceLine?: number;
}
