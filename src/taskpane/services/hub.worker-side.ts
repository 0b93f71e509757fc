/**
 * The consolidation worker's side of hub-protocol.ts: a SummaryHub driven by messages.
 * Loaded by the pane's worker script on the first hub message, so check workers never load it.
 */
import { DeflateRelay, localRelay } from "./deflate-relay";
import type { FromHub, HubResults, ToHub } from "./hub-protocol";
import { renderSummary } from "./render-summary";
import { SummaryHub, type SummaryWriter } from "./summary-hub";
import { rehearse } from "./warm-hub";

export type Post = (message: FromHub, transfer?: Transferable[]) => void;

export function hubHandler(post: Post): (message: ToHub) => void {
  let hub = new SummaryHub(0);
  /** A run began: a rehearsal still going ends. */
  let running = false;
  let relay: DeflateRelay | undefined;
  let here: DeflateRelay | undefined;
  // With a deflater, the summary is written on two cores; without one, or once it failed, here
  // alone, the same bytes; fflate's writer only should the deflating code itself fail here.
  const write: SummaryWriter = async (sheets, options = {}) => {
    const helped = relay?.usable ? await relay.write(sheets, options) : undefined;
    if (helped) return helped;
    here ??= localRelay();
    return (here.usable ? await here.write(sheets, options) : undefined) ?? renderSummary(sheets, options);
  };
  const failed = (e: unknown) => post({ type: "hub-failed", message: e instanceof Error ? e.message : String(e) });
  return (m) => {
    if (m.type !== "hub-load") running = true;
    switch (m.type) {
      case "hub-load":
        return void rehearse(() => running, write);
      case "hub-open":
        hub = new SummaryHub(m.total);
        return;
      case "hub-port":
        m.port.onmessage = (event: MessageEvent<HubResults>) => {
          for (const r of event.data.results) hub.add(r.index, r.result);
        };
        return;
      case "hub-result":
        return hub.add(m.index, m.result);
      case "hub-sheet":
        return void hub.addSheet(m.index, m.name, m.raw, m.today).catch(failed);
      case "hub-consolidate":
        return void hub.consolidate(m.options, m.expected).then((view) => post({ type: "hub-consolidated", view }), failed);
      case "hub-deflater":
        relay = new DeflateRelay(m.port);
        return;
      case "hub-deflater-lost":
        return relay?.lose();
      case "hub-render":
        return void hub.render(m.req, write).then(async (bytes) => {
          if (m.encoding === "bytes") {
            const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
            return post({ type: "hub-rendered", bytes: whole }, [whole]);
          }
          const { toBase64 } = await import("../../xlsx/writer/base64");
          post({ type: "hub-rendered", base64: toBase64(bytes) });
        }).catch(failed);
    }
  };
}
