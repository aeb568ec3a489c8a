import type {Record as FlatRecord} from '../emit/records.js'
import type {GlossaryEntry, TermOccurrence} from '../terms/glossary.js'

/**
 * The one place `kic batch` meets the glossary: term records in, glossary rows
 * out. This is the only aggregate a batch holds, so it is compact: each
 * distinct term form (korean, chinese, flags, …) is kept once, and an
 * occurrence is five integers (form, file, issue, line, column) in typed
 * arrays. `buildGlossary` gets full occurrences only at the end, after the
 * workers are gone. Switch the row layout here if the glossary command grows
 * its own.
 */
type Form = Omit<TermOccurrence, 'file' | 'issue' | 'line' | 'column'>

const fieldsPerOccurrence = 5
const noIssue = -1

export class GlossarySink {
  private readonly forms: Form[] = []
  private readonly formIndex = new Map<string, number>()
  private readonly files: string[] = []
  private readonly fileIndex = new Map<string, number>()
  private columns = new Int32Array(fieldsPerOccurrence * 1024)
  private count = 0

  add(records: readonly FlatRecord[]): void {
    for (const record of records) {
      if (this.columns.length < (this.count + 1) * fieldsPerOccurrence) {
        const grown = new Int32Array(this.columns.length * 2)
        grown.set(this.columns)
        this.columns = grown
      }
      const at = this.count * fieldsPerOccurrence
      this.columns[at] = this.form(record)
      this.columns[at + 1] = this.file(record.file ?? '')
      this.columns[at + 2] = typeof record.issue === 'number' ? record.issue : noIssue
      this.columns[at + 3] = Number(record.line ?? 0)
      this.columns[at + 4] = Number(record.column ?? 0)
      this.count++
    }
  }

  get size(): number {
    return this.count
  }

  /** Glossary rows, one per entry; loads the glossary module only when there are terms. */
  async rows(): Promise<FlatRecord[]> {
    if (this.count === 0) return []
    const {buildGlossary} = await import('../terms/glossary.js')
    const occurrences: TermOccurrence[] = []
    for (let index = 0; index < this.count; index++) {
      const at = index * fieldsPerOccurrence
      const issue = this.columns[at + 2]!
      occurrences.push({
        ...this.forms[this.columns[at]!]!,
        file: this.files[this.columns[at + 1]!]!,
        issue: issue === noIssue ? null : issue,
        line: this.columns[at + 3]!,
        column: this.columns[at + 4]!
      })
    }
    return buildGlossary(occurrences).map(glossaryRecord)
  }

  private file(path: string): number {
    let index = this.fileIndex.get(path)
    if (index === undefined) {
      index = this.files.push(path) - 1
      this.fileIndex.set(path, index)
    }
    return index
  }

  /** The fields `buildGlossary` reads besides the place (offsets, role and confidence are not kept). */
  private form(record: FlatRecord): number {
    const text = (field: string) => (record[field] as string | null | undefined) ?? null
    const flags = Array.isArray(record.flags) ? (record.flags as string[]).join(';') : typeof record.flags === 'string' ? record.flags : ''
    const simplified = text('simplified')
    const form: Form = {
      start: 0,
      end: 0,
      korean: String(record.korean ?? ''),
      chinese: text('chinese'),
      english: text('english'),
      gloss: text('gloss'),
      role: null,
      kind: text('kind') as Form['kind'],
      category: text('category') as Form['category'],
      confidence: 0,
      flags: flags ? flags.split(';') : [],
      standard: text('standard'),
      source: text('source') as Form['source'],
      ...(simplified === null ? {} : {simplified})
    }
    const key = JSON.stringify(form)
    let index = this.formIndex.get(key)
    if (index === undefined) {
      index = this.forms.push(form) - 1
      this.formIndex.set(key, index)
    }
    return index
  }
}

/** A glossary entry as a flat CSV row (lists joined, first occurrence spread out). */
export function glossaryRecord(entry: GlossaryEntry): FlatRecord {
  return {
    record: 'glossary',
    issue: entry.firstSeen.issue,
    file: entry.firstSeen.file,
    key: entry.key,
    korean: entry.korean,
    koreanVariants: entry.koreanVariants.map((variant) => `${variant.text}×${variant.count}`).join('; '),
    chinese: entry.chinese,
    chineseForms: entry.chineseForms.join(' '),
    english: entry.english,
    kind: entry.kind,
    category: entry.category,
    count: entry.count,
    issues: entry.issues.join(' '),
    line: entry.firstSeen.line,
    column: entry.firstSeen.column,
    flags: entry.flags.join(';'),
    homographs: entry.homographs.join(' '),
    explanation: entry.explanation,
    standard: entry.standard
  }
}
