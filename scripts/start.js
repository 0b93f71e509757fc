#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process, console, __dirname */
// `npm start`: dev certificates, then the dev server, then how to load the add-in in Excel.
// Certificates are best effort: without them the server runs over http, which a browser
// accepts (useful for the standalone pane and e2e tests) and Office does not.
"use strict";
const path = require("path");
const { spawn } = require("child_process");

const root = path.resolve(__dirname, "..");
const port = 3000;

async function ensureCertificates() {
  if (process.env.HTSD_DEV_HTTP === "1") return false;
  try {
    const devCerts = require("office-addin-dev-certs");
    await devCerts.ensureCertificatesAreInstalled();
    return true;
  } catch (error) {
    const reason = error && error.message ? error.message.split("\n")[0] : String(error);
    console.warn(
      [
        "",
        "⚠ Không cài được chứng chỉ phát triển cho https://localhost; máy chủ thử sẽ chạy bằng http.",
        "  Trình duyệt vẫn mở được ngăn tác vụ, nhưng Excel chỉ nạp add-in qua https.",
        "  Sửa: chạy `npx office-addin-dev-certs install` (cần quyền quản trị), rồi `npm start` lại.",
        "⚠ Could not install the development certificates for https://localhost; the dev server runs over http.",
        "  A browser still opens the task pane, but Excel loads add-ins over https only.",
        "  Fix: run `npx office-addin-dev-certs install` (needs admin rights), then `npm start` again.",
        `  (${reason})`,
        "",
      ].join("\n"),
    );
    return false;
  }
}

function sideloadHelp(base) {
  const manifest = path.join(root, "manifest.xml");
  return [
    "",
    "────────────────────────────────────────────────────────────────────────",
    `Ngăn tác vụ / task pane:  ${base}taskpane.html   (mở được trong mọi trình duyệt / opens in any browser)`,
    `Manifest:                 ${manifest}`,
    "",
    "Nạp thử add-in vào Excel / sideload the add-in:",
    "  Windows (shared folder catalog):",
    "    1. Share the folder that holds manifest.xml (e.g. \\\\MY-PC\\htsd).",
    "    2. Excel → File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs:",
    "       add the share's network path, tick \"Show in Menu\", OK, then restart Excel.",
    "    3. Home → Add-ins → More Add-ins (or Insert → My Add-ins) → SHARED FOLDER → HTSĐ Tổng hợp → Add.",
    "  Mac:",
    "    1. mkdir -p ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef",
    `    2. cp "${manifest}" ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/`,
    "    3. Restart Excel → Insert → My Add-ins (▾) → HTSĐ Tổng hợp.",
    "  Excel on the web:",
    "    Open a workbook → Insert → Add-ins (or Home → Add-ins) → More Settings / Advanced →",
    "    Upload My Add-in → choose manifest.xml → Upload.",
    "  Then: Home tab → HTSĐ group → \"Tổng hợp số liệu\" opens the pane.",
    base.startsWith("http:")
      ? "  ⚠ http only: Excel will refuse the pane until the certificates are installed (see above)."
      : "",
    "────────────────────────────────────────────────────────────────────────",
    "",
  ].join("\n");
}

async function main() {
  const https = await ensureCertificates();
  const env = { ...process.env };
  if (!https) env.HTSD_DEV_HTTP = "1";
  const base = `${https ? "https" : "http"}://localhost:${port}/`;

  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  console.log(sideloadHelp(base));

  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exitCode = 1;
});
