#!/usr/bin/python3
"""Fills `htsd template` forms in LibreOffice, as a school using LibreOffice would, and
saves them as .xlsx. Usage: fill-form.py JOBS.json  (needs /usr/bin/python3 and python3-uno).

JOBS.json is a list of jobs, all done by one headless LibreOffice (each start costs
seconds):

    [{"source": "form.xlsx", "target": "filled.xlsx", "reportDate": "2025-10-08",
      "entries": [{"row": "1.1", "measure": "count", "value": 2},
                  {"row": "10.2", "measure": "amount", "text": "1.500.000"}]}]

The input cells are found the way the checker finds them, never by fixed addresses: the
row by its code in the hidden code column (the sheet's hidden column whose cells hold the
form's codes), the column by its header ("Số lớp/số cuộc thi" for count and money, "Người"
for people), the report date to the right of "Ngày báo cáo:". `value` is typed with
setValue (a number), `text` with setString (a number typed as text, as a cell formatted
as Text or a paste leaves it); a report date becomes the date's serial number.

Whether LibreOffice's own validation refuses an entry: UNO's setValue/setString bypass
data validation (validation runs only in the view's input handler), so the entries are
judged afterwards by Tools > Detective > Mark Invalid Data. On LibreOffice 7.4 that
command is reachable without a view or a dispatcher through the sheet's XSheetAuditing
interface: `sheet.showInvalid()` runs ScDocFunc::DetectiveMarkInvalid, which tests every
validated cell's value with ScValidationData::IsDataValid (the same test the input
handler applies to typing) and draws one red ellipse per invalid cell on the sheet's draw
page, anchored to that cell, so the shape's `Anchor` names it. Dispatching
`.uno:ShowInvalid` on the hidden frame draws the same ellipses, but needs the sheet to be
the view's current one; the API call does not. The ellipses are then removed
(`clearArrows()` deletes every detective object) so that the saved file carries no
drawing the form did not have.

Prints one JSON object per job, in order, as a JSON list on stdout:
    {"target": ..., "cells": {"1.1/count": "D15", ...}, "invalid": ["D34", ...],
     "drawingsLeft": 0}
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

HEADERS = {"count": "Số lớp/số cuộc thi", "amount": "Số lớp/số cuộc thi", "people": "Người"}
DATE_LABEL = "Ngày báo cáo:"
# Enough for the form (57 rows, 7 columns) and anything a school adds below it.
SCAN_ROWS, SCAN_COLS = 200, 12


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def a1(col, row):
    """0-based column and row to "D15"."""
    name = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        name = chr(65 + rem) + name
    return "%s%d" % (name, row + 1)


def start_office():
    profile = tempfile.mkdtemp(prefix="lo-fill-")
    pipe = "fill%d" % os.getpid()
    office = subprocess.Popen(["soffice", "--headless", "--norestore", "--nolockcheck",
                               "-env:UserInstallation=file://" + profile,
                               "--accept=pipe,name=%s;urp;" % pipe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return office, profile, ctx
        except Exception:
            if office.poll() is not None:
                break
            time.sleep(0.25)
    office.kill()
    subprocess.run(["rm", "-rf", profile])
    raise SystemExit("LibreOffice did not start")


def grid(sheet):
    """The strings of the sheet's top-left area, read in one call."""
    rows = sheet.getCellRangeByPosition(0, 0, SCAN_COLS - 1, SCAN_ROWS - 1).getDataArray()
    return [[v if isinstance(v, str) else "" for v in row] for row in rows]


def find_text(cells, text):
    for r, row in enumerate(cells):
        for c, v in enumerate(row):
            if v.strip() == text:
                return c, r
    raise SystemExit("no cell reads %r" % text)


def code_rows(sheet, cells):
    """Row of each code, from the hidden column that holds the form's codes."""
    columns = sheet.getColumns()
    for c in range(SCAN_COLS):
        if columns.getByIndex(c).IsVisible:
            continue
        rows = {row[c].strip(): r for r, row in enumerate(cells) if row[c].strip()}
        if "1.1" in rows:
            return rows
    raise SystemExit("no hidden code column")


def fill(desktop, job):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(job["source"])), "_blank", 0, (prop("Hidden", True),))
    try:
        sheet = doc.Sheets.getByIndex(0)
        cells = grid(sheet)
        rows = code_rows(sheet, cells)
        typed = {}
        for e in job["entries"]:
            col, _ = find_text(cells, HEADERS[e["measure"]])
            row = rows[e["row"]]
            cell = sheet.getCellByPosition(col, row)
            if "text" in e:
                cell.setString(e["text"])
            else:
                cell.setValue(e["value"])
            typed["%s/%s" % (e["row"], e["measure"])] = a1(col, row)
        if "reportDate" in job:
            col, row = find_text(cells, DATE_LABEL)
            day = datetime.date.fromisoformat(job["reportDate"])
            sheet.getCellByPosition(col + 1, row).setValue((day - datetime.date(1899, 12, 30)).days)

        page = sheet.getDrawPage()
        before = page.getCount()
        sheet.showInvalid()
        invalid = []
        for i in range(before, page.getCount()):
            shape = page.getByIndex(i)
            if shape.ShapeType != "com.sun.star.drawing.EllipseShape":
                continue
            anchor = shape.Anchor
            if not hasattr(anchor, "CellAddress"):
                raise SystemExit("a validation circle is not anchored to a cell")
            invalid.append(a1(anchor.CellAddress.Column, anchor.CellAddress.Row))
        sheet.clearArrows()

        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["target"])), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        return {"target": job["target"], "cells": typed, "invalid": sorted(invalid), "drawingsLeft": page.getCount()}
    finally:
        doc.close(True)


def main(jobs_path):
    with open(jobs_path, encoding="utf-8") as f:
        jobs = json.load(f)
    office, profile, ctx = start_office()
    try:
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        results = [fill(desktop, job) for job in jobs]
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge drops as LibreOffice exits
        office.wait(timeout=30)
    finally:
        if office.poll() is None:
            office.kill()
        subprocess.run(["rm", "-rf", profile])
    json.dump(results, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
