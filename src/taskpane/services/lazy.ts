/**
 * Everything heavy the pane needs only after a click: ExcelJS (the writer), the form
 * layouts and data, the checks and consolidation. Each `import()` becomes its own chunk,
 * fetched once on first use, so the pane opens on React and Fluent alone.
 */
export const loadWriter = () => import("../../xlsx/writer");
export const loadLayout = () => import("../../core/layout");
export const loadForms = () => import("../../core/forms");
export const loadChecks = () => import("../../core/check");
export const loadConsolidate = () => import("../../core/consolidate");
