/**
 * The pane at 320 px (Excel's default task pane) and 450 px, keyboard only, in both modes:
 * on every tab, before and after its actions, Tab stops at every control in reading order,
 * Enter works them, nothing scrolls sideways, and axe-core finds no serious or critical
 * violation. The files and sheets are real forms, so the tabs carry real results.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "./support/chromium";
import { cellValue, selection, sheetNames } from "./support/fake";
import { expectedStops, focusedName, focusTabStrip, horizontalOverflow, openTabByKeyboard, seriousViolations, tabThroughPanel, tabTo } from "./support/keyboard";
import { downloadOf, openPane, panel, screenshot, settled } from "./support/pane";
import { cellOf, makeSchoolFiles, statsWorkbook, valuesFor, type SchoolFile, type Values } from "./support/schools";
import { serveDirectory, type StaticServer } from "./support/static-server";

let browser: Browser;
let server: StaticServer;
let files: SchoolFile[];
const work = mkdtempSync(join(tmpdir(), "htsd-e2e-keyboard-"));
const FORM = "Số liệu Tuần lễ";

const school: Values = valuesFor(21);
school["10.1"] = { amount: 1_500_000 };
school["10.2"] = { amount: 2_750_000 };

beforeAll(async () => {
  [browser, server, files] = await Promise.all([launchChromium(), serveDirectory(process.env.HTSD_E2E_DIST!), makeSchoolFiles(join(work, "inbox"))]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** From the tab strip through the visible panel: every control, in order; no sideways scroll; axe clean. */
async function audit(page: Page, what: string): Promise<void> {
  await focusTabStrip(page);
  const stops = await expectedStops(page);
  expect({ what, stops: await tabThroughPanel(page, stops) }).toEqual({ what, stops });
  const { scrollWidth, clientWidth } = await horizontalOverflow(page);
  expect({ what, scrollWidth }).toEqual({ what, scrollWidth: clientWidth });
  expect({ what, violations: await seriousViolations(page) }).toEqual({ what, violations: [] });
}

async function chooseByKeyboard(page: Page, paths: string[]): Promise<void> {
  await tabTo(page, "Chọn tệp…");
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
  await chooser.setFiles(paths);
}

describe.each([320, 450])("at %i px", (width) => {
  it("standalone: download the form, check files and consolidate them with the keyboard alone", async () => {
    const { page, errors } = await openPane(browser.context, server.url, { width });
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe("Chèn mẫu");
    await audit(page, "Chèn mẫu");
    await focusTabStrip(page);
    await tabTo(page, "Tên cơ quan, tổ chức báo cáo");
    await page.keyboard.type("Trường THCS Kim Đồng");
    await tabTo(page, "Tải tệp mẫu (.xlsx)");
    const form = await downloadOf(page, () => page.keyboard.press("Enter"));
    expect(form.name).toBe("bang-so-lieu-2025.xlsx");
    await panel(page).getByText("Đã tải tệp bang-so-lieu-2025.xlsx.").waitFor();
    // Focus stays where the user pressed Enter, not thrown back to the top of the page.
    expect(await focusedName(page)).toBe("Tải tệp mẫu (.xlsx)");
    await audit(page, "Chèn mẫu, downloaded");

    await openTabByKeyboard(page, "Kiểm tra");
    await audit(page, "Kiểm tra");
    await focusTabStrip(page);
    await chooseByKeyboard(page, files.map((f) => f.path));
    await panel(page).getByRole("region", { name: `Kết quả kiểm tra “${files.at(-1)!.name}”` }).waitFor();
    expect(await focusedName(page)).toBe("Chọn tệp…");
    await audit(page, "Kiểm tra, files checked");

    await openTabByKeyboard(page, "Tổng hợp");
    await audit(page, "Tổng hợp");
    await focusTabStrip(page);
    await chooseByKeyboard(page, files.map((f) => f.path));
    await tabTo(page, "Tổng hợp", "button");
    const summary = await downloadOf(page, () => page.keyboard.press("Enter"));
    expect(summary.name).toBe("tong-hop.xlsx");
    await panel(page).getByRole("region", { name: /^Kết quả: / }).waitFor();
    expect(await focusedName(page)).toBe("Tổng hợp");
    await tabTo(page, /^Tệp không được tổng hợp/);
    await page.keyboard.press("Enter");
    await expect(panel(page).locator("details").getAttribute("open")).resolves.toBe("");
    await audit(page, "Tổng hợp, consolidated");
    expect(errors).toEqual([]);
  });

  it("in Excel: insert, check, go to a problem, fix and consolidate with the keyboard alone", async () => {
    const workbook = Buffer.from(await statsWorkbook("Trường THCS Kim Đồng", school, "2025-10-08", ["10.1/amount", "10.2/amount"])).toString("base64");
    const { page, errors } = await openPane(browser.context, server.url, { width, excel: { sheets: [{ name: "Trang 1" }], openWorkbooks: [workbook], activeSheet: FORM } });
    await audit(page, "Chèn mẫu");
    await focusTabStrip(page);
    await tabTo(page, "Tên cơ quan, tổ chức báo cáo");
    await page.keyboard.type("Trường Mầm non Hoa Ban");
    await tabTo(page, "Chèn mẫu");
    await page.keyboard.press("Enter");
    await panel(page).getByText(`Đã chèn trang tính “${FORM} (2)”.`).waitFor();
    expect(await focusedName(page)).toBe("Chèn mẫu");
    expect(await sheetNames(page)).toEqual(["Trang 1", FORM, `${FORM} (2)`]);
    await audit(page, "Chèn mẫu, inserted");

    await openTabByKeyboard(page, "Kiểm tra");
    await panel(page).getByRole("combobox", { name: "Trang tính cần kiểm tra" }).waitFor();
    await audit(page, "Kiểm tra");
    // The new sheet is the active one now; the school's own is one up the list.
    await focusTabStrip(page);
    await tabTo(page, "Trang tính cần kiểm tra");
    await expect(panel(page).getByRole("combobox").inputValue()).resolves.toBe(`${FORM} (2)`);
    await page.keyboard.press("ArrowUp");
    await expect(panel(page).getByRole("combobox").inputValue()).resolves.toBe(FORM);
    await tabTo(page, "Kiểm tra");
    await page.keyboard.press("Enter");
    await panel(page).getByRole("region", { name: `Kết quả kiểm tra “${FORM}”` }).waitFor();
    // Focus lands on the result's heading, so a screen reader reads the result next.
    await settled(() => focusedName(page), `Kết quả kiểm tra “${FORM}”`);
    expect(await focusedName(page)).toBe(`Kết quả kiểm tra “${FORM}”`);
    // The picture is of the pane, not of the keyboard's focus ring on the heading.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await screenshot(page, width === 320 ? "hep-320.png" : "rong-450.png");
    await audit(page, "Kiểm tra, problems listed");

    await focusTabStrip(page);
    await tabTo(page, /^Ô D53 · dòng 10\.2/);
    await page.keyboard.press("Enter");
    const d53 = { sheet: FORM, address: cellOf("10.2", "amount") };
    expect(await settled(() => selection(page), d53)).toEqual(d53);
    expect(await focusedName(page)).toMatch(/^Ô D53 · dòng 10\.2/);
    // On to the next problem with Tab alone: its Sửa button, then the problem after it.
    await tabTo(page, `Sửa ô ${cellOf("10.2", "amount")}: ghi số 2.750.000`);
    await focusTabStrip(page);
    await tabTo(page, "Sửa tất cả (2)");
    await page.keyboard.press("Enter");
    await panel(page).getByText("Đã sửa 2 ô rồi kiểm tra lại.").waitFor();
    expect(await settled(() => focusedName(page), `Kết quả kiểm tra “${FORM}”`)).toBe(`Kết quả kiểm tra “${FORM}”`);
    expect(await cellValue(page, FORM, cellOf("10.1", "amount"))).toBe(1_500_000);
    await audit(page, "Kiểm tra, fixed");

    await openTabByKeyboard(page, "Tổng hợp");
    await panel(page).getByRole("checkbox", { name: FORM, exact: true }).waitFor();
    await audit(page, "Tổng hợp");
    await focusTabStrip(page);
    await tabTo(page, FORM);
    await page.keyboard.press("Space");
    await tabTo(page, "Tổng hợp", "button");
    await page.keyboard.press("Enter");
    await panel(page).getByText("Đã chèn các trang tính “Tổng hợp”, “Chi tiết”, “Nhật ký”.").waitFor();
    expect(await focusedName(page)).toBe("Tổng hợp");
    await audit(page, "Tổng hợp, consolidated");

    // Again: the sheets exist now, and the question comes as a modal dialog that holds the focus.
    await focusTabStrip(page);
    await tabTo(page, "Tổng hợp", "button");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog", { name: "Đã có trang tính cùng tên" });
    await dialog.waitFor();
    const inDialog: string[] = [];
    for (let i = 0; i < 4; i++) {
      inDialog.push(await focusedName(page));
      await page.keyboard.press("Tab");
    }
    expect(inDialog).toEqual(["Tạo tên mới", "Ghi đè", "Hủy, không ghi", "Tạo tên mới"]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await panel(page).getByText("Không ghi kết quả vào sổ làm việc.").waitFor();
    // Closing the dialog puts the focus back on the button that led to it.
    expect(await settled(() => focusedName(page), "Tổng hợp")).toBe("Tổng hợp");
    expect(await sheetNames(page)).toHaveLength(6);
    expect(errors).toEqual([]);
  });
});

