/**
 * JSON Schemas printed by `kic schema` (the `kic/2` document) and
 * `kic schema --records` (one JSON Lines record), both derived from the
 * definitions in `src/contract/`. Used by the tests to validate every output.
 */
import {t} from '../contract/define.js'
import {document, documentDefinitions, schemaId} from '../contract/document.js'
import {recordDefinitions} from '../contract/records.js'
import {schemaOf} from '../contract/json-schema.js'

export const documentSchema = schemaOf(document, documentDefinitions, {
  id: 'https://kicchina.org/schema/kic-2.json',
  title: `${schemaId} document: one issue of 주간 중국 창업`
})

export const recordsSchema = schemaOf(
  t.union(
    'record',
    recordDefinitions.map((definition) => definition.type)
  ),
  {},
  {id: 'https://kicchina.org/schema/kic-2-records.json', title: `${schemaId} record: one line of JSON Lines (or one CSV row)`}
)
