"""Writing the tables: an XLSX workbook (openpyxl) and CSV files that Excel opens with Thai intact.

The workbook has a sheet per table with a frozen, filterable header and due dates as real dates; its document
properties name no person. CSV is UTF-8 with a byte-order mark, which Excel needs to read Thai correctly.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from hria_app.report.tables import Table, as_text

_WIDEST = 80  # characters: long notes wrap rather than make a column a screen wide


def render_xlsx(tables: tuple[Table, ...], title: str, when: dt.datetime) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(table.name)
        sheet.append(list(table.header))
        for row in table.rows:
            sheet.append(list(row))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        if table.rows:
            sheet.auto_filter.ref = sheet.dimensions
        for column in table.date_columns:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
                cell.number_format = "yyyy-mm-dd"
        _fit_columns(sheet, table)
    props = workbook.properties
    props.creator = ""  # openpyxl writes its own name otherwise
    props.lastModifiedBy = ""
    props.title = title
    props.created = props.modified = when.replace(tzinfo=None)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _fit_columns(sheet: object, table: Table) -> None:
    for index, heading in enumerate(table.header):
        longest = max([len(heading), *(len(as_text(row[index])) for row in table.rows)], default=8)
        letter = get_column_letter(index + 1)
        sheet.column_dimensions[letter].width = min(max(longest, 6), _WIDEST) + 2  # type: ignore[attr-defined]
        if longest > _WIDEST:
            for (cell,) in sheet.iter_rows(min_col=index + 1, max_col=index + 1):  # type: ignore[attr-defined]
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def render_csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.header)
    for row in table.rows:
        writer.writerow([as_text(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")
