import { getForm } from "../../../src/core/kinds";
import { outlineFormAt, reportOutlineSheet } from "../../../src/core/kinds/report-outline";
import { reportOutlineSchema } from "../../../src/core/kinds/report-outline/schema";
import { weekOf } from "../../../src/core/forms";
import outlineJson from "../../../src/core/forms/data/report-outline.v1.json";

describe("report-outline form data", () => {
  const form = getForm("report-outline")!;

  it("has the spec's fields with their types and choices", () => {
    const byCode = Object.fromEntries(form.fields.map((f) => [f.code, f]));
    expect(form.fields.map((f) => f.code)).toEqual(["org.parent", "org.name", "doc.number", "doc.date", "0", "1.1", "1.2", "1.3.time", "1.3.hour", "1.3.place", "1.3.form", "1.3.people", "1.3.assessment", "1.4", "1.5.state", "1.5.other", "2", "3.1", "3.2", "3.3", "3.4"]);
    expect(byCode["org.name"]!.required).toBe(true);
    expect(byCode["1.3.form"]!.choices).toEqual(["Mít tinh", "Hoạt động ngoại khóa", "Hoạt động tập thể khác", "Lồng ghép chào cờ đầu tuần"]);
    expect(byCode["1.3.assessment"]!.choices).toEqual(["Vượt kế hoạch", "Đạt kế hoạch", "Chưa đạt kế hoạch"]);
    expect(byCode["1.3.people"]!.type).toBe("whole");
    expect(byCode["1.5.state"]!.type).toBe("money");
    expect(byCode["1.5.other"]!.type).toBe("money");
    expect(["3.1", "3.2", "3.3", "3.4"].map((c) => byCode[c]!.addressee)).toEqual(["Bộ GDĐT", "UBND tỉnh", "Sở GDĐT", "UBND xã, phường"]);
  });

  it("keeps version 1 as it was, so files made with it read as before", () => {
    expect(outlineFormAt(1).fields.map((f) => f.code)).toEqual(["org.parent", "org.name", "doc.number", "doc.date", "1.1", "1.2", "1.3.time", "1.3.place", "1.3.form", "1.3.people", "1.3.assessment", "1.4", "1.5.state", "1.5.other", "2", "3.1", "3.2", "3.3", "3.4"]);
    expect(outlineFormAt(1).remarks).toBeUndefined();
  });

  it("version 2 adds what the seed's outline has: section I, the ceremony's hour, the note about photos", () => {
    expect(form.version).toBe(2);
    expect(form.sections.map((s) => s.label)).toContain("I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC TRIỂN KHAI THỰC HIỆN");
    expect(form.fields.find((f) => f.code === "1.3.hour")!.label).toContain("7h30");
    const sheet = reportOutlineSheet({ form: outlineFormAt(2), year: 2025, sheetName: "Báo cáo" });
    expect(sheet.cells.some((c) => typeof c.value === "string" && c.value.startsWith("* Ghi chú: gửi kèm theo một số hình ảnh tiêu biểu"))).toBe(true);
    // Every prompt is titled for its own field, never another field's ("Ngày báo cáo" over a ceremony date).
    const titles = sheet.cells.flatMap((c) => (c.validation && "prompt" in c.validation && c.validation.prompt ? [c.validation.prompt.title] : []));
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((t) => t === "Ngày báo cáo")).toHaveLength(1); // the header's report date, and only it
    expect(titles).toContain("Thời gian tổ chức (khai…");
  });

  it("refuses a choice field without choices", () => {
    const broken = JSON.parse(JSON.stringify(outlineJson));
    delete broken.fields.find((f: { code: string }) => f.code === "1.3.form").choices;
    expect(reportOutlineSchema.safeParse(broken).success).toBe(false);
  });

  it("knows the Week of the seed years and falls back for others", () => {
    expect(weekOf(2025)).toMatchObject({ start: "2025-10-01", end: "2025-10-07" });
    expect(weekOf(2023)).toMatchObject({ start: "2023-10-02", end: "2023-10-08" });
    expect(weekOf(2030)).toMatchObject({ start: "2030-10-01", end: "2030-10-07" });
  });
});
