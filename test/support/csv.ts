/** A small RFC 4180 reader for tests: rows of fields; a leading BOM is dropped. */
export function readCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && input[i + 1] === '\n') {
      // CRLF ends the row at the \n
    } else if (char === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** CSV text → objects keyed by the header row. */
export function readCsvObjects(text: string): Array<Record<string, string>> {
  const [header, ...rows] = readCsv(text)
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])))
}
