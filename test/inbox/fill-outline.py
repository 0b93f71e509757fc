"""A unit's spreadsheet program filling the official report outline: openpyxl opens the
template, types each answer beside its field (found by the hidden code column) and saves.

Usage: fill-outline.py TEMPLATE OUT SPEC_JSON
SPEC_JSON: {"unit": str?, "fields": {code: str | number | "date:YYYY-MM-DD"}}
"""
import datetime
import json
import sys

import openpyxl

template, out, spec_path = sys.argv[1:4]
with open(spec_path, encoding="utf-8") as f:
    spec = json.load(f)

wb = openpyxl.load_workbook(template)
ws = wb.worksheets[0]
rows = {}
for r in range(1, ws.max_row + 1):
    code = ws.cell(row=r, column=7).value
    if isinstance(code, str) and code and not code.startswith("HTSD|"):
        rows[code] = r
if "unit" in spec:
    ws["A4"] = spec["unit"]
for code, value in spec.get("fields", {}).items():
    if isinstance(value, str) and value.startswith("date:"):
        value = datetime.datetime.strptime(value[5:], "%Y-%m-%d")
    cell = ws.cell(row=rows[code], column=3, value=value)
    # openpyxl reads a leading "=" as a formula: a unit's text that looks like one stays text.
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
wb.save(out)
