/**
 * JSON Schema (draft 2020-12) of the `kic/1` document, printed by
 * `kic schema` and used by the tests to validate every output.
 */
const nullable = (type: string | string[]) => ({type: [...(Array.isArray(type) ? type : [type]), 'null']})
const string = {type: 'string'}
const integer = {type: 'integer'}
const lang = {enum: ['ko', 'zh', 'en', 'und']}
const ref = (name: string) => ({$ref: `#/$defs/${name}`})
const object = (properties: Record<string, unknown>, extra = false) => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  additionalProperties: extra
})

/** An object whose `names` properties may be absent. */
const optional = (names: string[], properties: Record<string, unknown>) => {
  const value = object(properties)
  return {...value, required: value.required.filter((name) => !names.includes(name))}
}

const block = (type: string, properties: Record<string, unknown>) =>
  object({id: string, type: {const: type}, ...properties, lang, position: ref('position')})

export const documentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://kicchina.org/schema/kic-1.json',
  title: 'kic/1 document: one issue of 주간 중국 창업',
  ...object({
    schema: {const: 'kic/1'},
    tool: object({name: {const: 'kic'}, version: string}),
    source: {
      oneOf: [
        {type: 'null'},
        optional(['format', 'pages'], {
          path: string,
          bytes: integer,
          sha256: {type: 'string', pattern: '^[0-9a-f]{64}$'},
          encoding: {enum: ['utf-8', 'utf-16le', 'utf-16be', 'euc-kr']},
          bom: {type: 'boolean'},
          newline: {enum: ['lf', 'crlf', 'cr', 'mixed', 'none']},
          format: {const: 'pdf', description: 'present when the text was rebuilt from a PDF'},
          pages: {type: 'integer', minimum: 1, description: 'PDF input only: its page count'}
        })
      ]
    },
    issue: object({
      title: nullable('string'),
      number: nullable('integer'),
      date: {oneOf: [{type: 'null'}, {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$'}]},
      publisher: nullable('string'),
      director: nullable('string'),
      phone: nullable('string'),
      email: nullable('string'),
      web: nullable('string'),
      notices: {type: 'array', items: string},
      position: {oneOf: [{type: 'null'}, ref('position')]}
    }),
    toc: {
      type: 'array',
      items: object({
        id: string,
        group: nullable('string'),
        section: nullable('string'),
        title: string,
        category: nullable('string'),
        page: nullable('integer'),
        articleId: nullable('string'),
        position: ref('position')
      })
    },
    sections: {
      type: 'array',
      items: object({id: string, title: nullable('string'), position: ref('position'), articles: {type: 'array', items: ref('article')}})
    },
    colophon: {oneOf: [{type: 'null'}, object({id: string, lines: {type: 'array', items: string}, position: ref('position')})]},
    terms: {type: 'array', items: ref('term')},
    figures: {type: 'array', items: ref('figure')},
    diagnostics: {type: 'array', items: ref('diagnostic')}
  }),
  $defs: {
    point: object({line: {type: 'integer', minimum: 1}, column: {type: 'integer', minimum: 1}, offset: {type: 'integer', minimum: 0}}),
    position: {
      type: 'object',
      description:
        'Where a record is. `start`/`end` line and column refer to the text kic read; for a PDF that is the text rebuilt from the page (one line per paragraph, tab-separated table rows), and `page` (1-based) and `box` locate the record on the page.',
      required: ['start', 'end'],
      properties: {
        start: ref('point'),
        end: ref('point'),
        page: {type: 'integer', minimum: 1, description: 'PDF input only: the page the record starts on'},
        box: {
          description: 'PDF input only: the box around the record on that page, in PDF points, origin at the bottom left',
          ...object({x: {type: 'number'}, y: {type: 'number'}, width: {type: 'number', minimum: 0}, height: {type: 'number', minimum: 0}})
        }
      },
      additionalProperties: false
    },
    article: object({
      id: string,
      number: nullable('integer'),
      title: nullable('string'),
      category: nullable('string'),
      source: {
        oneOf: [{type: 'null'}, object({text: string, name: string, chinese: nullable('string'), position: ref('position')})]
      },
      page: nullable('integer'),
      position: ref('position'),
      blocks: {type: 'array', items: ref('block')}
    }),
    block: {
      type: 'object',
      required: ['type'],
      // Lets validators pick the branch by `type` instead of trying each one.
      discriminator: {propertyName: 'type'},
      oneOf: [
        block('heading', {marker: nullable('string'), level: {type: 'integer', minimum: 1}, title: string}),
        block('paragraph', {text: string}),
        block('list', {
          inline: {type: 'boolean'},
          text: nullable('string'),
          lead: nullable('string'),
          items: {type: 'array', items: ref('listItem')}
        }),
        block('table', {
          header: {type: 'boolean'},
          caption: nullable('string'),
          captionId: nullable('string'),
          rows: {type: 'array', items: {type: 'array', items: ref('cell')}}
        }),
        block('caption', {
          kind: {enum: ['photo', 'table', 'figure']},
          label: string,
          number: nullable('integer'),
          text: string,
          credit: nullable('string'),
          raw: string,
          imageOnly: {type: 'boolean'}
        }),
        block('note', {term: string, text: string}),
        block('sources', {items: {type: 'array', items: ref('sourceItem')}})
      ]
    },
    listItem: object({
      id: string,
      marker: string,
      label: nullable('string'),
      text: string,
      position: ref('position'),
      children: {type: 'array', items: ref('listItem')}
    }),
    cell: {
      type: 'object',
      required: ['id', 'text', 'position'],
      properties: {id: string, text: string, items: {type: 'array', items: string}, position: ref('position')},
      additionalProperties: false
    },
    sourceItem: object({
      id: string,
      number: nullable('integer'),
      text: string,
      url: nullable('string'),
      urls: {type: 'array', items: string},
      position: ref('position')
    }),
    term: object(
      {
        id: string,
        block: string,
        korean: string,
        chinese: nullable('string'),
        english: nullable('string'),
        gloss: nullable('string'),
        role: nullable('string'),
        kind: {enum: ['transliteration', 'sino-korean', 'translation', 'mixed']},
        category: {enum: ['person', 'organization', 'place', 'media', 'product', 'policy', 'other']},
        confidence: {type: 'number', minimum: 0, maximum: 1},
        flags: {type: 'array', items: string},
        standard: nullable('string'),
        source: {enum: ['inline', 'note']},
        position: ref('position')
      },
      true
    ),
    figure: object(
      {
        id: string,
        block: string,
        text: string,
        value: {type: ['number', 'string']},
        unit: nullable('string'),
        kind: {
          enum: ['money', 'count', 'percent', 'percentage_point', 'ratio', 'measure', 'index', 'date', 'date_range', 'year', 'period', 'duration', 'ordinal']
        },
        qualifier: {enum: ['gte', 'gt', 'lte', 'lt', 'approx', null]},
        change: {enum: ['increase', 'decrease', null]},
        basis: {enum: ['yoy', 'mom', 'qoq', null]},
        subject: nullable('string'),
        position: ref('position')
      },
      true
    ),
    diagnostic: object({
      severity: {enum: ['error', 'warning', 'info']},
      ruleId: string,
      message: string,
      line: nullable('integer'),
      column: nullable('integer'),
      endLine: nullable('integer'),
      endColumn: nullable('integer')
    })
  }
}
