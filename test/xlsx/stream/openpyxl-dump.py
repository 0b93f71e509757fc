"""What openpyxl (an independent reader) sees in workbooks, as JSON: every cell's value,
formula, cached value and resolved style, merges, validations, names, column widths, row
heights, views, print settings, page breaks, protection, filters and document properties.
Style ids, element order and escaping are left out: two writers may differ there and still
write the same workbook.

Usage: openpyxl-dump.py FILE...   (prints one JSON list, one entry a file)
"""
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries


def color(c):
    if c is None:
        return None
    return {"type": c.type, "value": c.rgb if c.type == "rgb" else c.theme if c.type == "theme" else c.indexed}


def style(cell):
    f, a, b, p = cell.font, cell.alignment, cell.border, cell.protection
    fill = cell.fill
    return {
        "font": [f.name, f.sz, bool(f.b), bool(f.i), f.u, color(f.color), f.family],
        "fill": [fill.fill_type, color(fill.fgColor) if fill.fill_type else None],
        "border": [b.left.style, b.right.style, b.top.style, b.bottom.style],
        "align": [a.horizontal, a.vertical, bool(a.wrap_text), a.indent],
        "numFmt": cell.number_format,
        "locked": p.locked,
    }


def cells_of(ref):
    lo_c, lo_r, hi_c, hi_r = range_boundaries(ref)
    return [f"{get_column_letter(c)}{r}" for r in range(lo_r, hi_r + 1) for c in range(lo_c, hi_c + 1)]


def validations(ws):
    rules = {}
    for dv in ws.data_validations.dataValidation:
        key = json.dumps([dv.type, dv.operator, dv.formula1, dv.formula2, dv.allow_blank, dv.showErrorMessage, dv.showInputMessage,
                          dv.errorStyle, dv.errorTitle, dv.error, dv.promptTitle, dv.prompt], ensure_ascii=False)
        for rng in str(dv.sqref).split():
            rules.setdefault(key, set()).update(cells_of(rng))
    return sorted([k, sorted(v)] for k, v in rules.items())


def sheet(ws, ws_values):
    cells = {}
    for (r, c), cell in sorted(ws._cells.items()):
        if isinstance(cell, openpyxl.cell.cell.MergedCell):
            continue
        value = cell.value
        entry = {"style": style(cell), "type": cell.data_type}
        if isinstance(value, str) and value.startswith("=") and cell.data_type == "f":
            entry["formula"] = value
            entry["cached"] = ws_values.cell(row=r, column=c).value
        else:
            entry["value"] = value
        cells[cell.coordinate] = entry
    merged_styles = {}
    for rng in ws.merged_cells.ranges:
        for ref in cells_of(rng.coord)[1:]:
            cell = ws[ref]
            merged_styles[ref] = [cell.border.left.style, cell.border.right.style, cell.border.top.style, cell.border.bottom.style]
    columns = {}
    for key, dim in ws.column_dimensions.items():
        for c in range(dim.min or 0, (dim.max or 0) + 1):
            if dim.min:
                columns[get_column_letter(c)] = [dim.width if dim.customWidth else None, bool(dim.hidden)]
    rows = {r: dim.height for r, dim in ws.row_dimensions.items() if dim.height is not None}
    ps, po, pm, pr = ws.page_setup, ws.print_options, ws.page_margins, ws.protection
    view = ws.sheet_view
    return {
        "title": ws.title,
        "state": ws.sheet_state,
        "cells": cells,
        "mergedBorders": merged_styles,
        "merges": sorted(r.coord for r in ws.merged_cells.ranges),
        "validations": validations(ws),
        "columns": columns,
        "rows": {str(k): v for k, v in sorted(rows.items())},
        "view": [view.tabSelected, view.showGridLines, ws.freeze_panes, view.pane.activePane if view.pane else None],
        "page": [ps.paperSize, ps.orientation, ps.fitToWidth, ps.fitToHeight, ps.scale, ps.blackAndWhite, ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None],
        "printOptions": [po.horizontalCentered, po.verticalCentered, po.gridLines, po.headings],
        "margins": [pm.left, pm.right, pm.top, pm.bottom, pm.header, pm.footer],
        "printTitles": [ws.print_title_rows, ws.print_title_cols],
        "printArea": ws.print_area,
        "footer": [ws.oddFooter.left.text, ws.oddFooter.center.text, ws.oddFooter.right.text, ws.oddFooter.center.font, ws.oddFooter.center.size],
        "rowBreaks": [[b.id, b.max, b.man] for b in ws.row_breaks.brk],
        "protection": [pr.sheet, pr.formatColumns, pr.formatRows, pr.autoFilter, pr.objects, pr.scenarios, pr.selectLockedCells, pr.selectUnlockedCells, pr.formatCells, pr.password],
        "autoFilter": ws.auto_filter.ref,
    }


def dump(path):
    wb = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    names = sorted([n.name, n.attr_text, n.localSheetId, bool(n.hidden)] for n in wb.defined_names.definedName)
    return {
        "sheets": [sheet(ws, values[ws.title]) for ws in wb.worksheets],
        "active": wb.index(wb.active),
        "names": names,
        "properties": [wb.properties.title, wb.properties.creator, wb.properties.lastModifiedBy],
    }


print(json.dumps([dump(p) for p in sys.argv[1:]], ensure_ascii=False, default=str))
