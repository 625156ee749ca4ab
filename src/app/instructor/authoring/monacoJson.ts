/**
 * Monaco with the JSON language service, for the authoring editor: validation and completion against the
 * JSON Schemas generated from zod. The JSON worker is bundled from the app's own files like the editor worker
 * (the CSP allows workers from 'self' only, and the service worker precaches both); the editor features it
 * uses are registered in `../../editor/monaco`, before Monaco's services start. Imported only by
 * `JsonDocEditor`, so it stays out of the first screen and out of the `nano` editor's chunk.
 */
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import { jsonSchemaOf } from '../../../content/authored';
import { monaco } from '../../editor/monaco';

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

/** Where each kind of document lives in Monaco: the schema applies to these URIs only. */
export const DOC_URIS = {
  scenario: 'inmemory://driftlab/scenario.json',
  mission: 'inmemory://driftlab/mission.json',
} as const;

function withoutDraft(schema: unknown): object {
  // The language service reads draft-07-style keywords; the 2020-12 `$schema` URL would only add a warning.
  const { $schema: _drop, ...rest } = schema as Record<string, unknown>;
  return rest;
}

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  trailingCommas: 'error',
  schemaValidation: 'error',
  // Never fetch a schema from the network: both are here.
  enableSchemaRequest: false,
  schemas: (['scenario', 'mission'] as const).map((kind) => ({
    uri: `https://driftlab.invalid/schemas/${kind}.json`,
    fileMatch: [DOC_URIS[kind]],
    schema: withoutDraft(jsonSchemaOf(kind)),
  })),
});

export { monaco };
