/**
 * @module store/layer-tables
 *
 * How each annotation layer of an Analysis maps to a table of its own, one
 * row a span, so that later work can query mentions, times or quotes with
 * SQL rather than unpack JSON. The mapping is data: one entry a layer, one
 * line a field; the same table serves writing, reading back and the schema.
 * Shared by every backend.
 */

/** How a field is kept: a scalar column, a `[start, end]` pair in two columns, or JSON text. */
export type ColumnKind = 'int' | 'real' | 'text' | 'bool' | 'pair' | 'json';

export interface LayerColumn {
  field: string;
  column: string;
  kind: ColumnKind;
  /** Present in the item only where known: a NULL reads back as an absent field. */
  optional?: true;
  /** The migration that added the column to a table made before it (the table's own when not given). */
  since?: number;
}

/** The layers of an Analysis that are arrays of records (sentences, plain pairs, have their own table). */
export type TableLayer = 'metadata' | 'entities' | 'mentions' | 'places' | 'times' | 'quantities' | 'quotes' | 'events';

export interface LayerTable {
  layer: TableLayer;
  table: string;
  columns: LayerColumn[];
  /** The migration that created the table (1 when not given): `layerTablesDdl(version)` makes that migration's tables. */
  since?: number;
}

const span: LayerColumn[] = [
  { field: 'start', column: 'start', kind: 'int' },
  { field: 'end', column: 'end', kind: 'int' },
];

export const LAYER_TABLES: LayerTable[] = [
  { layer: 'metadata', table: 'metadata_spans', columns: [...span, { field: 'text', column: 'text', kind: 'text' }, { field: 'field', column: 'field', kind: 'text' }, { field: 'value', column: 'value', kind: 'text' }, { field: 'rule', column: 'rule', kind: 'text' }] },
  {
    layer: 'entities',
    table: 'entities',
    columns: [
      { field: 'id', column: 'entity_id', kind: 'text' },
      { field: 'name', column: 'name', kind: 'text' },
      { field: 'type', column: 'type', kind: 'text' },
      { field: 'aliases', column: 'aliases', kind: 'json' },
      { field: 'geo', column: 'geo', kind: 'json' },
      { field: 'wikidata', column: 'wikidata', kind: 'text' },
    ],
  },
  { layer: 'mentions', table: 'mentions', columns: [...span, { field: 'text', column: 'text', kind: 'text' }, { field: 'type', column: 'type', kind: 'text' }, { field: 'entity', column: 'entity_id', kind: 'text' }] },
  {
    // Format 1.2: one row per GPE, LOC or FAC mention; an article stored before has none (articles.has_places = 0).
    layer: 'places',
    table: 'places',
    since: 3,
    columns: [
      ...span,
      { field: 'entity', column: 'entity_id', kind: 'text' },
      { field: 'role', column: 'role', kind: 'text' },
      { field: 'rule', column: 'rule', kind: 'text' },
      { field: 'lat', column: 'lat', kind: 'real', optional: true },
      { field: 'lon', column: 'lon', kind: 'real', optional: true },
      { field: 'geonamesId', column: 'geonames_id', kind: 'int', optional: true },
      { field: 'country', column: 'country', kind: 'text', optional: true },
      { field: 'featureClass', column: 'feature_class', kind: 'text', optional: true },
    ],
  },
  {
    layer: 'times',
    table: 'times',
    columns: [
      ...span,
      { field: 'text', column: 'text', kind: 'text' },
      { field: 'type', column: 'type', kind: 'text' },
      { field: 'value', column: 'value', kind: 'text' },
      // What a relative value was resolved against (migration 4); an article stored before has none.
      { field: 'anchor', column: 'anchor', kind: 'text', optional: true, since: 4 },
      // TIMEX3's mod, format 1.4 (migration 7): START of "early 2023", MORE_THAN of "more than 1,000 days".
      { field: 'mod', column: 'mod', kind: 'text', optional: true, since: 7 },
    ],
  },
  {
    layer: 'quantities',
    table: 'quantities',
    columns: [
      ...span,
      { field: 'text', column: 'text', kind: 'text' },
      { field: 'value', column: 'value', kind: 'real' },
      { field: 'unit', column: 'unit', kind: 'text' },
      { field: 'dimension', column: 'dimension', kind: 'text' },
      { field: 'approx', column: 'approx', kind: 'bool' },
      { field: 'attributedTo', column: 'attributed_to', kind: 'text' },
      // Format 1.3's optional extras (migration 6); an article stored before has none.
      { field: 'range', column: 'value_range', kind: 'json', optional: true, since: 6 },
      { field: 'noun', column: 'noun', kind: 'pair', optional: true, since: 6 },
      { field: 'conversionOf', column: 'conversion_of', kind: 'int', optional: true, since: 6 },
    ],
  },
  {
    layer: 'quotes',
    table: 'quotes',
    columns: [
      ...span,
      { field: 'text', column: 'text', kind: 'text' },
      { field: 'kind', column: 'kind', kind: 'text' },
      { field: 'speaker', column: 'speaker', kind: 'text' },
      { field: 'cue', column: 'cue', kind: 'pair' },
      // An unnamed source's description, or the pronoun that stands for the speaker (format 1.3, migration 5).
      { field: 'speakerText', column: 'speaker_text', kind: 'text', optional: true, since: 5 },
    ],
  },
  {
    layer: 'events',
    table: 'events',
    columns: [
      ...span,
      { field: 'type', column: 'type', kind: 'text' },
      { field: 'trigger', column: 'trigger', kind: 'pair' },
      { field: 'actor', column: 'actor', kind: 'text' },
      { field: 'target', column: 'target', kind: 'text' },
      { field: 'place', column: 'place', kind: 'text' },
      { field: 'time', column: 'time', kind: 'text' },
      { field: 'modality', column: 'modality', kind: 'text' },
      { field: 'source', column: 'source', kind: 'text' },
      { field: 'quantities', column: 'quantities', kind: 'json' },
    ],
  },
];

const SQL_TYPES: Record<Exclude<ColumnKind, 'pair'>, string> = { int: 'INTEGER', real: 'REAL', text: 'TEXT', bool: 'INTEGER', json: 'TEXT' };

/** The SQL column names of a column (a pair takes two). */
export function sqlColumns(column: LayerColumn): string[] {
  return column.kind === 'pair' ? [`${column.column}_start`, `${column.column}_end`] : [column.column];
}

/** CREATE TABLE statements for the layer tables a migration makes (by default the first, which made most of them). */
export function layerTablesDdl(version = 1): string {
  return LAYER_TABLES.filter((t) => (t.since ?? 1) === version).map(({ table, columns }) => {
    // A column added by a later migration is that migration's (ALTER TABLE), not part of the table as first made.
    const defs = columns.filter((c) => (c.since ?? version) <= version).flatMap((c) =>
      c.kind === 'pair' ? sqlColumns(c).map((name) => `"${name}" INTEGER`) : [`"${c.column}" ${SQL_TYPES[c.kind]}`],
    );
    return [
      `CREATE TABLE ${table} (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL, ${defs.join(', ')}, PRIMARY KEY (article_id, idx));`,
      ...(columns.some((c) => c.column === 'entity_id') ? [`CREATE INDEX ${table}_entity ON ${table}(entity_id);`] : []),
    ].join('\n');
  }).join('\n');
}

/** One layer item to the values of its row, in column order. */
export function toRow(table: LayerTable, item: Record<string, unknown>): unknown[] {
  return table.columns.flatMap((c) => {
    const value = item[c.field];
    switch (c.kind) {
      case 'pair':
        return Array.isArray(value) ? [value[0], value[1]] : [null, null];
      case 'json':
        return [value === undefined || value === null ? null : JSON.stringify(value)];
      case 'bool':
        return [value === undefined || value === null ? null : value ? 1 : 0];
      default:
        return [value ?? null];
    }
  });
}

/** A row back to the layer item it was made from; absent optional fields stay absent. */
export function fromRow(table: LayerTable, row: Record<string, unknown>): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const c of table.columns) {
    if (c.kind === 'pair') {
      const [s, e] = sqlColumns(c);
      if (row[s!] !== null) item[c.field] = [row[s!], row[e!]];
      else if (!c.optional) item[c.field] = null;
    } else if (c.kind === 'json') {
      const raw = row[c.column];
      if (raw !== null) item[c.field] = JSON.parse(String(raw));
      else if (c.field === 'quantities' || c.field === 'aliases') item[c.field] = [];
    } else if (c.kind === 'bool') {
      item[c.field] = row[c.column] === null ? null : row[c.column] === 1;
    } else if (row[c.column] !== null || !(c.optional || OPTIONAL_FIELDS.has(c.field))) {
      item[c.field] = row[c.column];
    }
  }
  return item;
}

/** Fields FORMAT.md marks as present only where known. */
const OPTIONAL_FIELDS = new Set(['wikidata']);
