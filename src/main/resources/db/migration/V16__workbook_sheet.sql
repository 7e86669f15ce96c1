-- A file of a batch may be a workbook (.xlsx, .xls): the sheet its rows were read from,
-- null for a CSV file or a workbook's first sheet. A restarted step reads the same sheet.
ALTER TABLE source_file ADD COLUMN sheet TEXT;
