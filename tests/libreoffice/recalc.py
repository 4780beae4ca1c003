#!/usr/bin/env python3
"""Recalculates xlsx files in LibreOffice and prints every formula cell's value as JSON.

    python3 tests/libreoffice/recalc.py FILE.xlsx [FILE.xlsx ...]

LibreOffice shows the cached values of an xlsx file as they are unless told otherwise, which would
prove nothing about the formulas. This script starts a headless soffice of its own (a fresh
profile, a private pipe), loads each file hidden, calls calculateAll() and reads every formula
cell of every sheet. Output, one JSON object on stdout:

    { "FILE.xlsx": { "Sheet": { "B5": {"formula": "=...", "value": 123.0 | "text" | {"error": 502}} } } }
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

FORMULA = uno.Enum("com.sun.star.table.CellContentType", "FORMULA")
TEXT_RESULT = 2  # com.sun.star.sheet.FormulaResult.STRING


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def read_sheet(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_col = cursor.RangeAddress.EndColumn
    last_row = cursor.RangeAddress.EndRow
    cells = {}
    for r in range(last_row + 1):
        for c in range(last_col + 1):
            cell = sheet.getCellByPosition(c, r)
            if cell.getType() != FORMULA:
                continue
            error = cell.getError()
            if error:
                value = {"error": error}
            elif cell.FormulaResultType2 == TEXT_RESULT:
                value = cell.getString()
            else:
                value = cell.getValue()
            cells[f"{column_name(c)}{r + 1}"] = {"formula": cell.getFormula(), "value": value}
    return cells


def main(files):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found", file=sys.stderr)
        return 3
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    pipe = f"budgetnotat-{os.getpid()}"
    proc = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = {}
    try:
        ctx = connect(pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for path in files:
            url = uno.systemPathToFileUrl(os.path.abspath(path))
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
            if doc is None:
                raise RuntimeError(f"LibreOffice could not open {path}")
            try:
                doc.calculateAll()
                sheets = doc.Sheets
                out[path] = {sheets.getByIndex(i).Name: read_sheet(sheets.getByIndex(i)) for i in range(sheets.Count)}
            finally:
                doc.close(True)
        try:
            desktop.terminate()
        except Exception:  # the bridge drops as soffice exits
            pass
    finally:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
