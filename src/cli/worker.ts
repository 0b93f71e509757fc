/**
 * A worker thread of `htsd consolidate --jobs N`: it reads and checks the files it is
 * sent, one message each, and answers with the checked report only (plain data), so
 * the main thread never holds another file's bytes.
 */
import { parentPort } from "node:worker_threads";
import { checkOne } from "./commands/check";

export interface WorkerRequest {
  id: number;
  file: string;
  today: string;
}

if (parentPort) {
  const port = parentPort;
  port.on("message", (req: WorkerRequest) => {
    checkOne(req.file, req.today).then(
      (result) => port.postMessage({ id: req.id, result }),
      (e: unknown) => port.postMessage({ id: req.id, error: String((e as Error).stack ?? e) }),
    );
  });
}
