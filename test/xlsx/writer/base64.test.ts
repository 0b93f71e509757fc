import { renderWorkbook, toBase64 } from "../../../src/xlsx/writer";
import { tiny } from "./tiny";

describe("toBase64", () => {
  it("matches Node's encoder on every padding case", () => {
    for (const bytes of [[], [0], [0, 255], [1, 2, 3], [251, 255, 191, 0, 128], Array.from({ length: 256 }, (_, i) => i)]) {
      const u8 = Uint8Array.from(bytes);
      expect(toBase64(u8)).toBe(Buffer.from(u8).toString("base64"));
    }
  });

  it("encodes a rendered workbook so it decodes to the same bytes", async () => {
    const bytes = await renderWorkbook([tiny([{ row: 1, col: 1, value: "Tuần lễ học tập suốt đời" }])]);
    const decoded = Uint8Array.from(Buffer.from(toBase64(bytes), "base64"));
    expect(decoded).toEqual(bytes);
  });
});
