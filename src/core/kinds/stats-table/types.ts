/** The statistics table's own shapes: where its columns and rows were found, its report, its consolidation. */
import type { Consolidation, Contribution } from "../../consolidate";
import type { Located } from "../../locate";
import type { MeasureValues, Report } from "../../report";
import type { Measure } from "../../units";
import type { StatsTableForm } from "./schema";

export const STATS_TABLE = "stats-table";

export interface StatsColumns {
  stt?: number;
  label?: number;
  unit?: number;
  count?: number;
  people?: number;
  note?: number;
  code?: number;
}

export interface LocatedStats extends Located {
  kind: typeof STATS_TABLE;
  form: StatsTableForm;
  columns: StatsColumns;
  /** Sheet row of each form row found, by code. */
  rows: Map<string, number>;
}

export interface StatsReport extends Report {
  form: typeof STATS_TABLE;
  /** By row code. A measure absent from a row's entry was left blank. */
  values: Record<string, MeasureValues>;
  notes: Record<string, string>;
  /** A1 address of every value and note, by row code then measure (or "note"). */
  cells: Record<string, Partial<Record<Measure | "note", string>>>;
}

export interface UnitNote {
  unit: string;
  file: string;
  cell?: string;
  text: string;
}

export interface StatsConsolidation extends Consolidation {
  form: typeof STATS_TABLE;
  /** Every row of the form that carries numbers; a measure every unit left blank is absent. */
  rows: Record<string, MeasureValues>;
  provenance: Record<string, Partial<Record<Measure, Contribution[]>>>;
  notes: Record<string, UnitNote[]>;
}

/** This kind's own objects, told apart from another kind's by their form id. */
export const isLocatedStats = (l: Located): l is LocatedStats => l.kind === STATS_TABLE;
export const isStatsReport = (r: Report): r is StatsReport => r.form === STATS_TABLE;
export const isStatsConsolidation = (c: Consolidation): c is StatsConsolidation => c.form === STATS_TABLE;
