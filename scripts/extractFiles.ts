/**
 * Developer loop: convert and extract files, print JSON Lines records as `eia export` does.
 * `node dist/scripts/extractFiles.js FILE... > out.jsonl`
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { convertDocument } from '../src/convert/convertDocument.js';
import { DEFAULT_CONVERT_LIMITS } from '../src/convert/limits.js';
import { CalibrationModel } from '../src/extract/confidence/confidenceModel.js';
import calibration from '../src/extract/confidence/calibration.json' with { type: 'json' };
import { compileTemplate } from '../src/extract/engine/extractWithTemplate.js';
import { extractDocument } from '../src/extract/extractDocument.js';
import { TEMPLATES } from '../extractors/index.js';
import { generic } from '../extractors/generic.js';

const options = {
  templates: TEMPLATES.map(compileTemplate),
  generic: compileTemplate(generic),
  model: CalibrationModel.parse(calibration),
  reviewThreshold: 0.8,
};
for (const file of process.argv.slice(2)) {
  const bytes = new Uint8Array(readFileSync(file));
  try {
    const layout = await convertDocument(file, bytes, DEFAULT_CONVERT_LIMITS);
    const outcome = extractDocument(layout, options);
    if (outcome.status !== 'extracted') console.error(`${file}: ${outcome.status} ${outcome.reason}`);
    for (const r of outcome.records) {
      const { indexInFile, ...rest } = r;
      console.log(JSON.stringify({
        schemaVersion: 1,
        document: { file, sha256: createHash('sha256').update(bytes).digest('hex'), format: layout.format, pages: layout.pages || null, indexInFile },
        ...rest,
      }));
    }
  } catch (e) {
    console.error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
