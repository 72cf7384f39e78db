/**
 * @module version
 *
 * sitrep's version, from package.json: the analyzer's version in every
 * analysis, the API's in its OpenAPI document, `sitrep --version`.
 */
import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
