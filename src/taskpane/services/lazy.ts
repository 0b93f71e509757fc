/**
 * Everything heavy the pane needs only after a click: ExcelJS (the writer), the forms'
 * data, the checks and consolidation. Each `import()` becomes its own chunk, fetched once
 * on first use, so the pane opens on React and Fluent alone.
 */
export const loadWriter = () => import("../../xlsx/writer");
export const loadForms = () => import("../../core/forms");
export const loadPipeline = () => import("../../core/pipeline");
