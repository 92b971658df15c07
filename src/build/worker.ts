/** A worker thread of a large build: builds the municipalities it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { buildMunicipality, type MunicipalityTask } from './municipality.js';

parentPort?.on('message', (task: MunicipalityTask) => {
  void buildMunicipality(task).then(
    (result) => parentPort?.postMessage({ result }),
    (error: unknown) => parentPort?.postMessage({ error: String((error as Error)?.message ?? error) }),
  );
});
