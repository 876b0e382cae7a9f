// Runs axe-core (WCAG 2.1 A/AA and best practices) in headless Chromium on the given pages, at a desktop
// and a phone width, and prints every violation. Exits 1 if there is any.
// Usage: node axe-check.js http://localhost:7070 /en/ /fr/news ...
const { chromium } = require('playwright-core');
const fs = require('fs');

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

(async () => {
  const [base, ...paths] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumFlags });
  let violations = 0;
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
    // The site's CSP forbids inline script, axe's included: let the audit in, and only it.
    const page = await browser.newPage({ viewport, bypassCSP: true });
    for (const path of paths) {
      await page.goto(base + path);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] }));
      for (const v of result.violations) {
        violations++;
        const where = v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ');
        console.log(`${viewport.width}px ${path}: ${v.id} (${v.impact}) ${v.help} -> ${where}`);
      }
    }
    await page.close();
  }
  await browser.close();
  console.log(`${paths.length * 2} page views, ${violations} violations`);
  process.exit(violations === 0 ? 0 : 1);
})();
