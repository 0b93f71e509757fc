"""An independent reader of a summary we wrote: openpyxl opens it and reports, per sheet,
every text longer than Excel's limit, every cell ending with the cut mark and any number
that is not finite. Usage: read-summary.py FILE; prints JSON."""
import json
import math
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "tooLong": [], "cut": [], "notFinite": [], "texts": {}}
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            v = c.value
            where = f"{ws.title}!{c.coordinate}"
            if isinstance(v, str):
                if len(v.encode("utf-16-le")) // 2 > 32767:
                    out["tooLong"].append(where)
                if v.endswith("…[đã cắt]"):
                    out["cut"].append(where)
            elif isinstance(v, float) and not math.isfinite(v):
                out["notFinite"].append(where)
print(json.dumps(out))
