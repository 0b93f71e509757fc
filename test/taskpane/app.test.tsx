/** @jest-environment jsdom */
import "./polyfills";
import { screen } from "@testing-library/react";
import { renderApp } from "./render-app";

describe("the pane's tabs", () => {
  it("shows one panel at a time; the others stay mounted but hidden", async () => {
    const { user } = renderApp();
    expect(screen.getAllByRole("tab")).toEqual(["Chèn mẫu", "Kiểm tra", "Tổng hợp"].map((name) => screen.getByRole("tab", { name })));
    const download = screen.getByRole("button", { name: "Tải tệp mẫu (.xlsx)" });
    expect(download).toBeVisible();

    await user.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    expect(screen.getByRole("tab", { name: "Tổng hợp" })).toHaveAttribute("aria-selected", "true");
    expect(download).not.toBeVisible();
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Tổng hợp");
    expect(screen.getByRole("tabpanel")).toContainElement(screen.getByRole("button", { name: "Tổng hợp" }));
  });

  // Arrow keys between tabs are tabster's, which needs a real layout: the browser tests cover them.
  it("is reached by Tab first, and Enter on a tab shows its panel", async () => {
    const { user } = renderApp();
    await user.tab();
    expect(screen.getByRole("tab", { name: "Chèn mẫu" })).toHaveFocus();
    screen.getByRole("tab", { name: "Kiểm tra" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Kiểm tra");
  });
});
