"""A school's spreadsheet program filling the official form: openpyxl opens the template
(the statistics table or the report outline), writes what a spec asks and saves. The
numbers and texts of a test's fixtures come from here, never from our own writer.

Usage: fill-form.py TEMPLATE OUT SPEC_JSON
SPEC_JSON: {"unit": str, "date": "YYYY-MM-DD"?, "marker": str?, "template": bool?,
            "rows": {code: {"count": n, "people": n, "amount": n, "note": str}},
            "fields": {code: str | number | "date:YYYY-MM-DD"}}   (the outline's answers)
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
if "date" in spec:
    ws["D5"] = datetime.datetime.strptime(spec["date"], "%Y-%m-%d")
if "marker" in spec:
    ws["G1"] = spec["marker"]
for code, values in spec.get("rows", {}).items():
    r = rows[code]
    if "count" in values:
        ws.cell(row=r, column=4, value=values["count"])
    if "amount" in values:
        ws.cell(row=r, column=4, value=values["amount"])
    if "people" in values:
        ws.cell(row=r, column=5, value=values["people"])
    if "note" in values:
        ws.cell(row=r, column=6, value=values["note"])
for code, value in spec.get("fields", {}).items():
    if isinstance(value, str) and value.startswith("date:"):
        value = datetime.datetime.strptime(value[5:], "%Y-%m-%d")
    cell = ws.cell(row=rows[code], column=3, value=value)
    # openpyxl reads a leading "=" as a formula: a unit's text that looks like one stays text.
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
if spec.get("template"):
    wb.template = True
wb.save(out)
