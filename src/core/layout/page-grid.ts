/**
 * The page every form sheet shares: seven columns (the stats table's STT, label, unit,
 * count, people, note, and the hidden code column) and the administrative header above
 * the title. A kind lays its own body out on this grid; a sheet a school altered is still
 * read by its labels, so these positions are a default, not an assumption.
 */
export const PAGE_COLS = { stt: 1, label: 2, unit: 3, count: 4, people: 5, note: 6, code: 7 } as const;

export const PAGE_HEADER = {
  parentLabel: { row: 1, col: 1 },
  parent: { row: 2, col: 1 },
  unitLabel: { row: 3, col: 1 },
  unit: { row: 4, col: 1 },
  number: { row: 5, col: 1 },
  dateLine: { row: 3, col: 3 },
  dateLabel: { row: 5, col: 3 },
  date: { row: 5, col: 4 },
  marker: { row: 1, col: PAGE_COLS.code },
  title: 7,
  tableTitle: 8,
  tableSubtitle: 9,
  summaryLine: 10,
  /** The two-level column header: "Số lượng" above "Số lớp/số cuộc thi" and "Người". */
  head1: 11,
  head2: 12,
  firstRow: 13,
} as const;
